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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
