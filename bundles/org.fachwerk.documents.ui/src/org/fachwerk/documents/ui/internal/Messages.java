package org.fachwerk.documents.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the documents module; German in messages_de.properties, English in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.documents.ui.internal.messages";

    public static String Filter_hint;
    public static String Column_fileNumber;
    public static String Column_title;
    public static String Column_fileName;
    public static String Column_project;
    public static String Column_created;
    public static String Column_versions;
    public static String Column_lockedBy;
    public static String Column_retention;
    public static String Column_number;
    public static String Column_author;
    public static String Column_size;
    public static String Column_mediaType;
    public static String Column_comment;
    public static String Column_sha256;
    public static String Scope_all;
    public static String Scope_none;
    public static String Scope_of;
    public static String Action_attach;
    public static String Action_newVersion;
    public static String Action_open;
    public static String Action_saveCopy;
    public static String Action_checkOut;
    public static String Action_checkIn;
    public static String Action_breakLock;
    public static String Action_delete;
    public static String Action_restore;
    public static String Versions_title;
    public static String Size_kilobytes;
    public static String Size_megabytes;
    public static String Title;
    public static String Index_job;
    public static String Upload_job;
    public static String Upload_failed;
    public static String Copy_failed;
    public static String Open_noProgram;
    public static String Delete_question;
    public static String Scope_disposal;
    public static String Action_file;
    public static String Action_importPlan;
    public static String File_title;
    public static String File_message;
    public static String File_years;
    public static String File_noPlan;
    public static String Plan_failed;

    public static String Rights_guest;
    public static String Rights_document;
    public static String Rights_breakLock;
    public static String Rights_recordPlan;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
