package org.fachwerk.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the administration commands; German in messages_de.properties, English in messages.properties. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.cli.internal.messages";

    public static String Usage;
    public static String UnknownCommand;
    public static String Failed;
    public static String Holidays_usage;
    public static String Holidays_unknownOption;
    public static String Holidays_unknownState;
    public static String Holidays_noState;
    public static String Holidays_badYear;
    public static String Password_usage;
    public static String Password_new;
    public static String Password_repeat;
    public static String Password_notRepeated;
    public static String Password_changed;
    public static String Account_noPerson;
    public static String Reset_usage;
    public static String Reset_notAdministrator;
    public static String Reset_done;
    public static String Compact_usage;
    public static String Compact_noOptions;
    public static String Compact_notOnServer;
    public static String Compact_done;

    public static String Encrypt_usage;
    public static String Encrypt_noOptions;
    public static String Encrypt_notOnServer;
    public static String Encrypt_noDatabase;
    public static String Encrypt_password;
    public static String Encrypt_done;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
