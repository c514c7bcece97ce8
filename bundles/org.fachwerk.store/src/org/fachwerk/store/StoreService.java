package org.fachwerk.store;

/** Opens stores. Implementations are OSGi services. */
public interface StoreService {

    /**
     * Opens the store at the location, creating an empty database where an embedded or in-memory one does not
     * exist yet. A location {@link StoreLocation#readOnly() opened to read} is never created, migrated or written.
     *
     * @throws StoreException naming the location and the reason when it cannot be opened
     */
    Store open(StoreLocation location);

    /**
     * Whether there is a database at the location, without opening or creating it: an embedded database's file; a
     * server's database is taken to be there (opening it says otherwise), one in memory not.
     */
    boolean exists(StoreLocation location);

    /**
     * Rewrites an embedded database so that its file holds only live data, while no store has it open. (Stores also
     * compact a file when they close and find most of it unused.)
     *
     * @throws StoreException when it is open elsewhere, not embedded, or cannot be read or written
     */
    Compaction compact(StoreLocation location);

    /**
     * Whether an embedded database's file is encrypted, so that it opens only with its password
     * ({@link StoreLocation#encryptedWith}); false for other locations and where there is no file yet.
     */
    boolean isEncrypted(StoreLocation location);

    /**
     * Encrypts a plain embedded database, while no store has it open: its file and the backups beside it, which
     * from then on open only with the password (see docs/admin.md for what this protects and what not).
     *
     * @throws StoreException when the password is too short, the database is encrypted already, open elsewhere, not
     *         embedded, or cannot be read or written; a database that cannot be encrypted is left as it was
     */
    void encrypt(StoreLocation location, String filePassword);

    /** The size of a database's file before and after it was compacted. */
    record Compaction(long bytesBefore, long bytesAfter) {
    }
}
