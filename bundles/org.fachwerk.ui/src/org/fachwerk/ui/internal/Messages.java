package org.fachwerk.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of this bundle; German in messages_de.properties, English in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.ui.internal.messages";

    public static String Preferences_title;
    public static String Preferences_general;
    public static String Preferences_general_description;
    public static String Preferences_language;
    public static String Preferences_language_system;
    public static String Preferences_confirmExit;
    public static String StatusLine_ready;
    public static String Hours_format;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
