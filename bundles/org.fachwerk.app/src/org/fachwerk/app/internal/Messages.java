package org.fachwerk.app.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the application bundle; German in messages_de.properties, English in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.app.internal.messages";

    public static String Startup_storeFailed_title;
    public static String Startup_storeFailed;
    public static String Login_title;
    public static String Login_prompt;
    public static String Login_account;
    public static String Login_newPassword;
    public static String Login_repeatPassword;
    public static String Login_passwordsDiffer;
    public static String AutoSave_job;
    public static String AutoSave_failed_title;
    public static String AutoSave_failed;
    public static String AutoSave_conflict_title;
    public static String AutoSave_conflict;
    public static String Quit_title;
    public static String Quit_question;
    public static String Quit_unsaved;
    public static String About_title;
    public static String About_version;
    public static String About_data;
    public static String About_java;
    public static String Overview_department;
    public static String Overview_authority;
    public static String Overview_state;
    public static String Overview_people;
    public static String Overview_projects;
    public static String Overview_timeEntries;
    public static String Overview_documents;
    public static String Overview_data;
    public static String Overview_modules;
    public static String Overview_noModules;

    public static String Login_filePassword;
    public static String Login_newFilePassword;
    public static String Login_filePasswordTooShort;
    public static String Startup_encryptExisting;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
