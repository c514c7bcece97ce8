package org.fachwerk.model.validation;

import org.eclipse.osgi.util.NLS;

/** The validator's messages; German in messages_de.properties, English in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.model.validation.messages";

    public static String Required;
    public static String Negative;
    public static String TooLarge;
    public static String EndBeforeStart;
    public static String SelfDependency;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
