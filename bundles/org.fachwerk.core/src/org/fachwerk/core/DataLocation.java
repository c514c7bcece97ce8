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

    /** System property naming a department's database server as {@code host:port/name}; {@code --server}. */
    public static final String SERVER = "fachwerk.server";

    /** System property with the login on the server and in the change log; {@code --user}. */
    public static final String USER = "fachwerk.user";

    /** Environment variable with the server password, so that it appears in no command line. */
    public static final String PASSWORD_VARIABLE = "FACHWERK_PASSWORD";

    /** The server named by {@value #SERVER}, or null for the embedded database. */
    public static String server() {
        String server = System.getProperty(SERVER);
        return server == null || server.isBlank() ? null : server.strip();
    }

    /** The login of the person at the workbench: {@value #USER}, else the operating system's user name. */
    public static String actor() {
        String user = System.getProperty(USER);
        return user == null || user.isBlank() ? System.getProperty("user.name") : user.strip();
    }

    /** Environment variable with the password of an encrypted database file, for commands and scripts. */
    public static final String FILE_PASSWORD_VARIABLE = "FACHWERK_FILE_PASSWORD";

    /** System property asking for a new database to be made encrypted; {@code --encrypt}. */
    public static final String ENCRYPT = "fachwerk.encrypt";

    /** The password of the database file from {@value #FILE_PASSWORD_VARIABLE}, or null when it is not set. */
    public static String filePassword() {
        String password = System.getenv(FILE_PASSWORD_VARIABLE);
        return password == null || password.isEmpty() ? null : password;
    }

    /**
     * System property that, set to {@code false}, opens the whole department instead of a working set: with a
     * working set (the default), bookings are loaded by person and period as the views need them
     * ({@link DepartmentSession#bookings}) and booked hours come from the store's sums.
     */
    public static final String WORKING_SET = "fachwerk.workingSet";

    /** Whether the workbench opens the department as a working set ({@value #WORKING_SET}, on unless false). */
    public static boolean workingSet() {
        return !"false".equalsIgnoreCase(System.getProperty(WORKING_SET));
    }

    /** Whether a new database is to be made encrypted ({@value #ENCRYPT}). */
    public static boolean encryptionRequested() {
        return Boolean.getBoolean(ENCRYPT);
    }

    /** The password from {@value #PASSWORD_VARIABLE}, or null when it is not set. */
    public static String password() {
        return System.getenv(PASSWORD_VARIABLE);
    }

    /**
     * The server's database with the given password when a server is named, else the embedded store in
     * {@link #directory()}.
     */
    public static StoreLocation store(String password) {
        String server = server();
        return server == null ? StoreLocation.embedded(directory())
                : StoreLocation.server(server, actor(), password == null ? "" : password);
    }
}
