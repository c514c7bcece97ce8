package org.fachwerk.core.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the core; German in messages_de.properties, English in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.core.internal.messages";

    public static String AuditTrail_appendOnly;
    public static String Rights_organisation;
    public static String Login_needed;
    public static String Login_changeFirst;
    public static String Command_noDatabase;
    public static String Command_filePassword;
    public static String Command_filePasswordNeeded;
    public static String People_loginRequired;
    public static String People_loginSpace;
    public static String People_loginTaken;
    public static String People_lastNameRequired;
    public static String People_capacityRange;
    public static String People_notAdministrator;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
