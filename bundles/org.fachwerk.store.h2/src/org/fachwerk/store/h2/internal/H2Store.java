package org.fachwerk.store.h2.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.store.Accounts;
import org.fachwerk.store.Contents;
import org.fachwerk.store.KeptSum;
import org.fachwerk.store.Principal;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.UnitOfWork;

/** A store on one H2 database. */
final class H2Store implements Store {

    private final StoreLocation location;
    private final Database database;
    private final TableMapping mapping;
    private final ChangeLog changeLog = new ChangeLog();
    private final KeptSums keptSums;
    private final CommitRules rules;
    private final ReadRules reads;
    private final Consumer<H2Store> closed;
    private final H2Contents contents;
    private final H2Accounts accounts;
    /** The principals this store authenticated, by identity; a principal made elsewhere is not among them. */
    private final Set<Principal> issued = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /**
     * @param rules the rules every commit keeps
     * @param reads the rules that say who may read what
     * @param closed what to do once the store is closed
     */
    H2Store(StoreLocation location, Database database, TableMapping mapping, CommitRules rules, ReadRules reads,
            Consumer<H2Store> closed) {
        this.reads = reads;
        this.location = location;
        this.database = database;
        this.mapping = mapping;
        this.keptSums = new KeptSums(mapping, changeLog);
        this.rules = rules;
        this.closed = closed;
        this.contents = new H2Contents(database);
        this.accounts = new H2Accounts(database, issued::add);
    }

    @Override
    public Contents contents() {
        return contents;
    }

    @Override
    public Accounts accounts() {
        return accounts;
    }

    @Override
    public StoreLocation location() {
        return location;
    }

    @Override
    public UnitOfWork begin(Principal principal) {
        if (!issued.contains(principal)) {
            throw new StoreException(NLS.bind(Messages.NotAuthenticated, principal, location.address()));
        }
        return new H2UnitOfWork(database, mapping, changeLog, keptSums, rules, reads, principal.login());
    }

    @Override
    public UnitOfWork begin(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("A unit of work needs the login of the person acting");
        }
        if (accounts.anyPassword()) {
            throw new StoreException(NLS.bind(Messages.LoginNeeded, location.address()));
        }
        return new H2UnitOfWork(database, mapping, changeLog, keptSums, rules, reads, actor);
    }

    @Override
    public long lastSequence() {
        return database.read(changeLog::last);
    }

    /**
     * Keeps the sum from now on, building it first where the database does not have it complete.
     *
     * @throws StoreException when the database fails; the sum is built when it is next read or updated
     */
    void keep(KeptSum sum) {
        if (location.isReadOnly()) {
            return; // a sum it does not have complete it cannot build: reading it is refused then
        }
        keptSums.keep(database, sum);
    }

    void forget(KeptSum sum) {
        keptSums.forget(sum);
    }

    @Override
    public void close() {
        if (location.kind() == StoreLocation.Kind.IN_MEMORY) {
            database.close(Database.Shutdown.NOW);
        } else if (location.kind() == StoreLocation.Kind.EMBEDDED && !location.isReadOnly()) {
            database.close(Database.Shutdown.COMPACT_WHEN_SPARSE);
            try {
                DatabaseFile.of(location).restrict();
            } catch (IOException e) {
                // it was private before the compaction and stays in the private directory
            }
        } else {
            database.close(Database.Shutdown.NONE);
        }
        closed.accept(this);
    }
}
