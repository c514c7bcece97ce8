package org.fachwerk.store;

import java.time.LocalDate;
import java.util.List;

/**
 * An open database holding departments with everything they contain. Objects are read and written through
 * {@link UnitOfWork units of work}, each bound to the person acting; every commit is numbered and logged, so that
 * other clients can ask what changed since the commit they last saw.
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

    /** Every commit after the given sequence number, oldest first. */
    List<ChangeSet> changesSince(long sequence);

    /**
     * What a {@link KeptSum kept sum} holds on the days from {@code from} to {@code to} (both included), ordered by
     * group and day; days where no object counts are left out. The objects summed are not read.
     *
     * @param name the sum's {@link KeptSum#name() name}
     * @throws IllegalArgumentException when the store keeps no sum of that name
     */
    List<KeptSum.Total> sums(String name, LocalDate from, LocalDate to);

    /** The binary content kept beside the objects, e.g. the files of document versions. */
    Contents contents();

    /** The full-text index, e.g. of what documents say. */
    TextIndex textIndex();

    /** The accounts of the people: logins and passwords, checked by the store. */
    Accounts accounts();

    /** The location this store was opened at. */
    StoreLocation location();

    /** Releases the database; the store cannot be used afterwards. */
    @Override
    void close();
}
