package org.fachwerk.projects.core;

import org.eclipse.osgi.util.NLS;

/** What the projects core tells the user; German in messages_de.properties, English in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.projects.core.messages";

    public static String Cycle;
    public static String NotActive;
    public static String Closed;
    public static String OpenChildren;
    public static String MayNotCreateProjects;
    public static String MayNotManage;
    public static String MayNotEdit;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
