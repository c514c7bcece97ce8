package org.fachwerk.store.h2.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.store.CommitRule;
import org.fachwerk.store.KeptSum;
import org.fachwerk.store.ReadRule;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.h2.api.ErrorCode;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Opens stores on H2 databases. The stores keep every {@link KeptSum}, check every {@link CommitRule} and apply every
 * {@link ReadRule} registered as a service: those there when they open, and those that come later.
 */
@Component(service = StoreService.class)
public class H2StoreService implements StoreService {

    private static final String EMBEDDED_USER = "fachwerk";

    private final List<KeptSum> sums = new ArrayList<>();
    private final List<H2Store> open = new ArrayList<>();
    private final CommitRules rules = new CommitRules();
    private final ReadRules reads = new ReadRules();

    /**
     * Has the stores open and those opened from now on keep the sum. Outside OSGi, e.g. in a benchmark, call it
     * before opening a store.
     */
    @Reference(name = "sums", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "forget")
    public void keep(KeptSum sum) {
        List<H2Store> stores;
        synchronized (this) {
            sums.add(sum);
            stores = List.copyOf(open);
        }
        for (H2Store store : stores) {
            try {
                store.keep(sum);
            } catch (StoreException e) {
                // that store builds the sum when it next reads or updates it, and reports the failure then
            }
        }
    }

    /** Has every store check the rule in every commit from now on. */
    @Reference(name = "rules", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "drop")
    public void obey(CommitRule rule) {
        rules.add(rule);
    }

    /** The stores no longer check the rule. */
    public void drop(CommitRule rule) {
        rules.remove(rule);
    }

    /** Has every store apply the rule to every read of a unit of work from now on. */
    @Reference(name = "reads", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "unrestrict")
    public void restrict(ReadRule rule) {
        reads.add(rule);
    }

    /** The stores no longer apply the rule. */
    public void unrestrict(ReadRule rule) {
        reads.remove(rule);
    }

    /** The stores no longer keep the sum. */
    public void forget(KeptSum sum) {
        List<H2Store> stores;
        synchronized (this) {
            sums.remove(sum);
            stores = List.copyOf(open);
        }
        stores.forEach(store -> store.forget(sum));
    }

    @Override
    public Store open(StoreLocation location) {
        Migrations migrations = new Migrations();
        String url = prepare(location, migrations);
        Connections connections = new Connections(url, user(location), password(location));
        Connection connection = null;
        try {
            connection = connections.take();
            if (location.kind() == StoreLocation.Kind.SERVER && !location.isReadOnly()) {
                new ServerMigration(connection, location.address(), migrations).migrate();
            } else if (location.kind() == StoreLocation.Kind.IN_MEMORY && !location.isReadOnly()) {
                migrations.migrate(connection, location.address(), migrations.latest());
            }
            TableMapping mapping = new TableMapping(FachwerkPackage.eINSTANCE);
            List<String> differences = mapping.schemaDifferences(connection);
            if (!differences.isEmpty()) {
                throw new StoreException(NLS.bind(Messages.SchemaMismatch, location.address(),
                        String.join("; ", differences)));
            }
            // kept open, so that an embedded database stays open between pieces of work
            connections.giveBack(connection, true);
            connection = null;
            return opened(new H2Store(location, new Database(location.address(), connections,
                    location.isReadOnly()), mapping, rules, reads, this::closed));
        } catch (SQLException e) {
            closeAll(connections, connection);
            throw new StoreException(describeFailure(location, e), e);
        } catch (RuntimeException e) {
            closeAll(connections, connection);
            throw e instanceof StoreException ? e
                    : new StoreException(NLS.bind(Messages.CannotOpen, location.address(), e.toString()), e);
        }
    }

    /**
     * The JDBC URL of a location, its database made ready: an embedded file checked and created or migrated (see
     * {@link DatabaseFile}), or only checked when the store only reads. A commit waits up to ten seconds for rows
     * another commit holds. Each session keeps the store's statements parsed (it uses a few dozen; H2 keeps eight by
     * default, and parsing costs more than reading a project's rows).
     */
    static String prepare(StoreLocation location, Migrations migrations) {
        String settings = ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=100";
        switch (location.kind()) {
        case EMBEDDED:
            DatabaseFile file = DatabaseFile.of(location);
            if (location.isReadOnly()) {
                file.inspect(migrations);
            } else {
                file.prepare(migrations);
            }
            return file.url(location.isReadOnly()) + settings;
        case IN_MEMORY:
            return "jdbc:h2:mem:" + location.address() + ";DB_CLOSE_DELAY=-1" + settings;
        case SERVER:
            if (location.address().indexOf(';') >= 0) {
                throw new StoreException(NLS.bind(Messages.SemicolonInPath, location.address()));
            }
            // a read-only store on a server refuses to write by itself (the server's database is open for writing)
            return "jdbc:h2:tcp://" + location.address() + ";IFEXISTS=TRUE" + settings;
        default:
            throw new IllegalArgumentException(location.kind().toString());
        }
    }

    @Override
    public boolean exists(StoreLocation location) {
        return switch (location.kind()) {
        case EMBEDDED -> Files.exists(DatabaseFile.of(location).path());
        case SERVER -> true;
        case IN_MEMORY -> false;
        };
    }

    @Override
    public Compaction compact(StoreLocation location) {
        if (location.kind() != StoreLocation.Kind.EMBEDDED || location.isReadOnly()) {
            throw new StoreException(NLS.bind(Messages.CompactEmbeddedOnly, location.address()));
        }
        return DatabaseFile.of(location).compact(new Migrations());
    }

    @Override
    public boolean isEncrypted(StoreLocation location) {
        return location.kind() == StoreLocation.Kind.EMBEDDED && DatabaseFile.of(location).isEncrypted();
    }

    @Override
    public void encrypt(StoreLocation location, String filePassword) {
        if (location.kind() != StoreLocation.Kind.EMBEDDED || location.isReadOnly()) {
            throw new StoreException(NLS.bind(Messages.EncryptEmbeddedOnly, location.address()));
        }
        synchronized (this) {
            // in this process H2 would share the open database instead of finding its file locked
            if (open.stream().anyMatch(store -> store.location().address().equals(location.address()))) {
                throw new StoreException(NLS.bind(Messages.AlreadyOpen, location.address()));
            }
        }
        FileEncryption.encrypt(Path.of(location.address()), filePassword, new Migrations());
    }

    /** Has the new store keep the sums (built before any commit uses them) and follow those that come and go. */
    private H2Store opened(H2Store store) {
        List<KeptSum> kept;
        synchronized (this) {
            open.add(store);
            kept = List.copyOf(sums);
        }
        try {
            kept.forEach(store::keep);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private synchronized void closed(H2Store store) {
        open.remove(store);
    }

    private static void closeAll(Connections connections, Connection connection) {
        if (connection != null) {
            connections.giveBack(connection, false);
        }
        connections.close();
    }

    private static String user(StoreLocation location) {
        return location.kind() == StoreLocation.Kind.SERVER ? location.user() : EMBEDDED_USER;
    }

    private static String password(StoreLocation location) {
        return switch (location.kind()) {
        case SERVER -> location.password();
        case EMBEDDED -> DatabaseFile.of(location).password();
        case IN_MEMORY -> "";
        };
    }

    private static String describeFailure(StoreLocation location, SQLException e) {
        switch (e.getErrorCode()) {
        case ErrorCode.DATABASE_ALREADY_OPEN_1:
            return NLS.bind(Messages.AlreadyOpen, location.address());
        case ErrorCode.WRONG_USER_OR_PASSWORD:
            return NLS.bind(Messages.WrongPassword, location.address());
        case ErrorCode.FILE_ENCRYPTION_ERROR_1:
            return NLS.bind(Messages.WrongFilePassword, location.address());
        case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1:
        case ErrorCode.DATABASE_NOT_FOUND_1:
            return NLS.bind(Messages.NoSuchDatabase, location.address());
        case ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE:
            return NLS.bind(Messages.BeingMigrated, location.address());
        case ErrorCode.CONNECTION_BROKEN_1:
            return NLS.bind(Messages.ServerUnreachable, location.address(), e.getMessage());
        default:
            return NLS.bind(Messages.CannotOpen, location.address(), e.getMessage());
        }
    }
}
