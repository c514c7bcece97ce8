package org.fachwerk.projects.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the projects module; German in messages_de.properties, English in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.projects.ui.internal.messages";

    public static String Column_name;
    public static String Column_status;
    public static String Column_start;
    public static String Column_end;
    public static String Column_effort;
    public static String Column_people;
    public static String Filter_hint;
    public static String NewProject_title;
    public static String NewProject_prompt;
    public static String NewProject_nameRequired;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
