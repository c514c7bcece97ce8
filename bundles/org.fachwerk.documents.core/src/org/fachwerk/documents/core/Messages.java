package org.fachwerk.documents.core;

import org.eclipse.osgi.util.NLS;

/** What the documents core tells the user; German in messages_de.properties, English in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.documents.core.messages";

    public static String Plan_columns;
    public static String Plan_years;
    public static String Plan_duplicate;
    public static String Plan_imported;
    public static String Plan_failed;
    public static String ImportPlan_usage;
    public static String ImportPlan_noFile;
    public static String ImportPlan_departments;
    public static String Plan_tooLarge;
    public static String Plan_encoding;
    public static String Plan_unreadable;
    public static String Plan_title;
    public static String Plan_code;
    public static String Plan_noParent;
    public static String Plan_import;
    public static String Plan_file;
    public static String Document_newVersion;
    public static String Document_restored;
    public static String Document_checkOut;
    public static String Document_checkIn;
    public static String Document_breakLock;
    public static String Document_notAdministrator;
    public static String Document_locked;
    public static String Document_retained;
    public static String Document_delete;
    public static String Verify_task;
    public static String Verify_missing;
    public static String Verify_corrupted;
    public static String Verify_usage;
    public static String Compact_orphans;
    public static String Verify_noOptions;
    public static String Verify_fine;
    public static String Verify_problems;
    public static String Search_indexing;
    public static String Search_unreadable;

    public static String Rights_guest;
    public static String Rights_document;
    public static String Rights_taskOfOtherProject;
    public static String Rights_recordPlan;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
