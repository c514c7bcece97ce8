package org.fachwerk.core;

import java.nio.file.Path;

import org.fachwerk.store.StoreLocation;

/** Where the workbench keeps its database when nothing else is said. */
public final class DataLocation {

    /** System property naming the data directory; the start script sets it from {@code --data DIR}. */
    public static final String PROPERTY = "fachwerk.data";

    private DataLocation() {
    }

    /** The directory named by {@value #PROPERTY}, else {@code ~/.fachwerk/data}. */
    public static Path directory() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".fachwerk", "data");
    }

    /** The embedded store in {@link #directory()}. */
    public static StoreLocation store() {
        return StoreLocation.embedded(directory());
    }
}
