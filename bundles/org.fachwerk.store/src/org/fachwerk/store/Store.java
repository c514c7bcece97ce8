package org.fachwerk.store;

/**
 * An open database holding departments with everything they contain. Objects are read and written through
 * {@link UnitOfWork units of work}, each bound to the person acting; every commit is numbered and logged, so that
 * other clients can ask what changed since the commit they last saw. Everything a person reads (objects, the change
 * log, kept sums, the full-text index) is read through their unit of work, which leaves out what they may not read.
 */
public interface Store extends AutoCloseable {

    /**
     * Starts a unit of work for a person the store has authenticated: what it loads is tracked, and its commit writes
     * what changed under that person's login.
     *
     * @throws StoreException when the principal was not issued by this store
     */
    UnitOfWork begin(Principal principal);

    /**
     * Starts a unit of work for the acting person named by login, as long as no account of the store has a password
     * (a database of one person, or one before any password was set). Once one has, every unit of work needs a
     * {@link Principal}: this is refused.
     *
     * @param actor the login of the person acting
     * @throws StoreException when an account has a password
     */
    UnitOfWork begin(String actor);

    /** The sequence number of the newest commit; 0 before the first. */
    long lastSequence();

    /** The binary content kept beside the objects, e.g. the files of document versions. */
    Contents contents();

    /** The accounts of the people: logins and passwords, checked by the store. */
    Accounts accounts();

    /** The location this store was opened at. */
    StoreLocation location();

    /** Releases the database; the store cannot be used afterwards. */
    @Override
    void close();
}
