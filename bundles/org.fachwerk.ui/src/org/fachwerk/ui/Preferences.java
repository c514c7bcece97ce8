package org.fachwerk.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.PreferenceStore;
import org.osgi.framework.FrameworkUtil;

/** The user's settings of the workbench, kept in the instance area (by default under ~/.fachwerk). */
public final class Preferences {

    /** "" for the system's language, else a language code such as "de" or "en". */
    public static final String LANGUAGE = "language";
    public static final String CONFIRM_EXIT = "confirmExit";

    private static PreferenceStore store;

    private Preferences() {
    }

    /** The settings, read on first use. */
    public static synchronized PreferenceStore store() {
        if (store == null) {
            Path file = Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(Preferences.class)).toOSString(),
                    "preferences.properties");
            store = new PreferenceStore(file.toString());
            store.setDefault(LANGUAGE, "");
            store.setDefault(CONFIRM_EXIT, true);
            try {
                if (file.toFile().exists()) {
                    store.load();
                }
            } catch (IOException e) {
                Platform.getLog(Preferences.class).warn("The settings in " + file + " cannot be read; the defaults apply.", e);
            }
        }
        return store;
    }

    /** Writes the settings; a failure is logged, the settings stay in effect for this session. */
    public static void save() {
        try {
            store().save();
        } catch (IOException e) {
            Platform.getLog(Preferences.class).error("The settings cannot be saved: " + e.getMessage(), e);
        }
    }
}
