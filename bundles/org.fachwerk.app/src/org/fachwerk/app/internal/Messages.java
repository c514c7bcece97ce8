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
    public static String People_readOnly;
    public static String People_filter;
    public static String People_new;
    public static String People_edit;
    public static String People_disable;
    public static String People_enable;
    public static String People_reset;
    public static String People_login;
    public static String People_name;
    public static String People_role;
    public static String People_account;
    public static String People_capacity;
    public static String People_state;
    public static String People_ruleSet;
    public static String People_qualifications;
    public static String People_accountEnabled;
    public static String People_accountDisabled;
    public static String People_accountLocked;
    public static String People_project;
    public static String People_access;
    public static String People_memberships;
    public static String People_membershipsNone;
    public static String People_addMembership;
    public static String People_changeAccess;
    public static String People_removeMembership;
    public static String People_disable_title;
    public static String People_disable_question;
    public static String People_reset_title;
    public static String People_reset_question;
    public static String People_failed_title;
    public static String People_failed;
    public static String Person_newTitle;
    public static String Person_editTitle;
    public static String Person_message;
    public static String Person_login;
    public static String Person_loginFixed;
    public static String Person_firstName;
    public static String Person_lastName;
    public static String Person_role;
    public static String Person_capacity;
    public static String Person_state;
    public static String Person_ruleSet;
    public static String Person_qualifications;
    public static String Person_none;
    public static String Person_notHours;
    public static String Membership_addTitle;
    public static String Membership_changeTitle;
    public static String Membership_message;
    public static String Membership_project;
    public static String Membership_access;
    public static String Membership_noProject;
    public static String OneTime_title;
    public static String OneTime_heading;
    public static String OneTime_message;
    public static String OneTime_copy;
    public static String OneTime_copied;
    public static String OneTime_mustChange;

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
