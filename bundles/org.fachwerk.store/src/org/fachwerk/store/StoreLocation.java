package org.fachwerk.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store keeps its data: a database file of one user, a database in memory (tests, trials) or a department's
 * database server.
 */
public final class StoreLocation {

    /** The kinds of location. */
    public enum Kind {
        /** A database file on this computer. */
        EMBEDDED,
        /** A database that lives in memory as long as the store is open. */
        IN_MEMORY,
        /** A database server shared by a department. */
        SERVER
    }

    /** The shortest password a database file is encrypted with: it is all that protects the file of a lost laptop. */
    public static final int SHORTEST_FILE_PASSWORD = 12;

    private final Kind kind;
    private final String address;
    private final String user;
    private final String password;
    private final boolean readOnly;

    private StoreLocation(Kind kind, String address, String user, String password, boolean readOnly) {
        this.kind = Objects.requireNonNull(kind);
        this.address = Objects.requireNonNull(address);
        this.user = user;
        this.password = password;
        this.readOnly = readOnly;
    }

    /** A database in the given directory, created on first use. */
    public static StoreLocation embedded(Path directory) {
        return new StoreLocation(Kind.EMBEDDED, directory.toAbsolutePath().normalize().toString(), null, null,
                false);
    }

    /** A database in memory under the given name; it is gone when the store is closed. */
    public static StoreLocation inMemory(String name) {
        return new StoreLocation(Kind.IN_MEMORY, name, null, null, false);
    }

    /** A database on a server, as {@code host:port/name}. */
    public static StoreLocation server(String hostPortAndName, String user, String password) {
        return new StoreLocation(Kind.SERVER, hostPortAndName, Objects.requireNonNull(user),
                Objects.requireNonNull(password), false);
    }

    /**
     * The same database, opened only to read it: for checks and reports, which must never change the file they
     * inspect. Nothing is created, migrated or written; a commit on such a store is refused.
     */
    public StoreLocation readOnly() {
        return new StoreLocation(kind, address, user, password, true);
    }

    /**
     * The same embedded database, encrypted with AES under the password: opened only with it, and created
     * encrypted when there is none yet. The password is never shown ({@link #toString()} leaves it out).
     */
    public StoreLocation encryptedWith(String filePassword) {
        if (kind != Kind.EMBEDDED) {
            throw new IllegalArgumentException("Only an embedded database file is encrypted: " + this);
        }
        return new StoreLocation(kind, address, user, Objects.requireNonNull(filePassword), readOnly);
    }

    /** Whether a store on this location only reads. */
    public boolean isReadOnly() {
        return readOnly;
    }

    public Kind kind() {
        return kind;
    }

    /** The directory, memory name or {@code host:port/name}, by kind. */
    public String address() {
        return address;
    }

    public String user() {
        return user;
    }

    /** The server password, or the file password of an {@link #encryptedWith encrypted} embedded database. */
    public String password() {
        return password;
    }

    @Override
    public String toString() {
        return kind + " " + address + (readOnly ? " (read-only)" : "");
    }
}
