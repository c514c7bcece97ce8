package org.fachwerk.timelog.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the time logging module; German in messages_de.properties, English in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.timelog.ui.internal.messages";

    public static String Person_label;
    public static String Person_all;
    public static String Column_date;
    public static String Column_person;
    public static String Column_start;
    public static String Column_end;
    public static String Column_break;
    public static String Column_hours;
    public static String Column_task;
    public static String Column_location;
    public static String Total;
    public static String Minutes;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
