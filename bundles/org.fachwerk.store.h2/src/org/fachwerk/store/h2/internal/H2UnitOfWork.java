package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Entity;
import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.Contents;
import org.fachwerk.store.KeptSum;
import org.fachwerk.store.Query;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.TextIndex;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.h2.internal.TableMapping.ClassTable;
import org.fachwerk.store.h2.internal.TableMapping.JoinTable;

/**
 * A unit of work on an H2 store: loads objects, once each, and tracks them. An {@link EContentAdapter} on everything
 * loaded records which features of which objects changed and which objects were added to or removed from
 * containment; {@link #prepare()} hands that to a {@link CommitRows collection of rows} and an {@link H2Commit} that
 * writes them.
 */
final class H2UnitOfWork implements UnitOfWork, CatchUp.Loaded {

    private final Database database;
    private final TableMapping mapping;
    private final ChangeLog changeLog;
    private final KeptSums keptSums;
    private final CommitRules rules;
    private final String actor;
    private final LoadedRows loaded = new LoadedRows();
    private final Set<EObject> roots = Pending.identitySet();
    /** Aggregates and departments whose contents are loaded completely. */
    private final Set<String> complete = new HashSet<>();
    private final Tracker tracker = new Tracker();
    /** The lists of departments loaded on demand: a query adds to them, a commit leaves the others' places. */
    private final Set<EReference> onDemand = new HashSet<>();
    private Pending pending = new Pending();
    private final ScopedReads scoped;
    /** The sequence numbers of the commits this unit of work wrote: catching up leaves them out. */
    private final Set<Long> ownCommits = new HashSet<>();
    /** Commits being written now; catching up waits for none, it takes in nothing meanwhile. */
    private int writing;

    H2UnitOfWork(Database database, TableMapping mapping, ChangeLog changeLog, KeptSums keptSums, CommitRules rules,
            ReadRules reads, String actor) {
        this.scoped = new ScopedReads(database, mapping, reads, changeLog, keptSums, actor, this::isLoaded);
        this.database = database;
        this.mapping = mapping;
        this.changeLog = changeLog;
        this.keptSums = keptSums;
        this.rules = rules;
        this.actor = actor;
    }

    @Override
    public String actor() {
        return actor;
    }

    // ---------------------------------------------------------------- loading

    @Override
    public synchronized List<Department> loadDepartments() {
        return loadDepartments(Set.of());
    }

    @Override
    public synchronized List<Department> loadDepartments(Set<EReference> onDemand) {
        for (EReference feature : onDemand) {
            if (feature.getEContainingClass() != FachwerkPackage.Literals.DEPARTMENT || !feature.isContainment()
                    || !feature.getEReferenceType().getEAllContainments().isEmpty()) {
                throw new IllegalArgumentException("Not a list of a department whose objects contain nothing: "
                        + feature.getName());
            }
        }
        List<EObject> read = read(connection -> {
            RowReader reader = new RowReader(loaded, onDemand.isEmpty(), visibility(connection));
            for (ClassTable table : mapping.classTables()) {
                reader.readRows(connection, table, TableMapping.notIn(onDemand(onDemand, table)));
            }
            for (JoinTable join : mapping.joinTables()) {
                reader.readJoinRows(connection, join, null);
            }
            return reader;
        });
        this.onDemand.clear();
        this.onDemand.addAll(onDemand);
        List<Department> departments = new ArrayList<>();
        for (EObject object : read) {
            if (object instanceof Department department) {
                departments.add(department);
                complete.add(department.getId());
            }
        }
        departments.sort(Comparator.comparing(Department::getName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Department::getId));
        return departments;
    }

    /** The features loaded on demand whose objects can be rows of the table. */
    private static List<String> onDemand(Set<EReference> onDemand, ClassTable table) {
        return onDemand.stream().filter(feature -> feature.getEReferenceType().isSuperTypeOf(table.eClass()))
                .map(EReference::getName).toList();
    }

    @Override
    public synchronized <T extends Entity> T load(Class<T> type, String id) {
        ClassTable table = mapping.table(Query.of(type).type());
        EObject existing = loaded.object(id);
        if (existing != null && type.isInstance(existing)) {
            LoadedRows.Row row = loaded.row(existing);
            if (row != null && (complete.contains(row.aggregateId) || complete.contains(row.rootId))) {
                return type.cast(existing);
            }
        }
        String[] key = new String[1];
        read(connection -> {
            String[] placement = placement(connection, table, id);
            boolean wholeDepartment = placement[0].equals(id);
            boolean aggregate = placement[1].equals(id);
            String condition = TableMapping.equal(wholeDepartment ? TableMapping.ROOT_ID : TableMapping.AGGREGATE_ID);
            key[0] = wholeDepartment ? placement[0] : placement[1];
            RowReader reader = new RowReader(loaded, wholeDepartment, visibility(connection));
            // an aggregate's rows can only be in the tables of what its class contains; other objects' aggregates
            // are of a class not known here
            EClass within = aggregate && !wholeDepartment ? table.eClass() : null;
            for (ClassTable each : within == null ? mapping.classTables() : mapping.classTablesWithin(within)) {
                reader.readRows(connection, each, condition, key[0]);
            }
            for (JoinTable join : within == null ? mapping.joinTables() : mapping.joinTablesWithin(within)) {
                reader.readJoinRows(connection, join, condition, key[0]);
            }
            return reader;
        });
        EObject object = loaded.object(id);
        if (object == null) {
            // hidden from this person by a read rule: to them, as if there were no such object
            throw new StoreException(NLS.bind(Messages.NotFound, table.eClass().getName(), id));
        }
        complete.add(key[0]);
        return type.cast(object);
    }

    /** What the person of this unit of work may read, asked of the read rules on the read's connection. */
    @Override
    public ReadRules.Visibility visibility(Connection connection) {
        return scoped.visibility(connection);
    }

    private synchronized boolean isLoaded(String id) {
        return loaded.object(id) != null || loaded.proxies.containsKey(id);
    }

    @Override
    public List<ChangeSet> changesSince(long sequence) {
        return scoped.changesSince(sequence);
    }

    @Override
    public List<KeptSum.Total> sums(String name, LocalDate from, LocalDate to) {
        return scoped.sums(name, from, to);
    }

    @Override
    public TextIndex textIndex() {
        return new H2TextIndex(database, scoped);
    }

    @Override
    public Contents contents() {
        return new ScopedContents(new H2Contents(database), scoped);
    }

    /** The department and aggregate ids of a stored object. */
    private static String[] placement(Connection connection, ClassTable table, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(table.selectPlacement())) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new StoreException(NLS.bind(Messages.NotFound, table.eClass().getName(), id));
                }
                return new String[] { rows.getString(1), rows.getString(2) };
            }
        }
    }

    @Override
    public synchronized <T extends Entity> List<T> query(Query<T> query) {
        ClassTable table = mapping.table(query.type());
        TableMapping.Where where = mapping.where(query);
        List<EObject> matched = read(connection -> {
            RowReader reader = new RowReader(loaded, false, visibility(connection));
            reader.readRows(connection, table, where.condition(), where.parameters());
            for (JoinTable join : mapping.joinTables()) {
                if (join.reference().getEContainingClass().isSuperTypeOf(table.eClass())) {
                    reader.readJoinRows(connection, join, table.ownedByRows(where.condition()), where.parameters());
                }
            }
            return reader;
        });
        List<T> result = new ArrayList<>(matched.size());
        matched.forEach(object -> result.add(toType(object)));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> T toType(EObject object) {
        return (T) object;
    }

    /**
     * Reads rows as of one commit (a table at a time, so a commit landing between two queries would leave rows whose
     * container was not read), then links them with tracking paused and tracks the roots of what was read.
     */
    private List<EObject> read(Database.Work<RowReader> work) {
        RowReader reader = database.readConsistent(work, changeLog::last, RowReader::discard);
        List<EObject> newRoots;
        tracker.paused = true;
        try {
            newRoots = reader.link();
            // one adapter per object read, without the content adapter walking each object's contents again
            tracker.attachingEach = true;
            for (EObject object : reader.created()) {
                object.eAdapters().add(tracker);
            }
        } finally {
            tracker.attachingEach = false;
            tracker.paused = false;
        }
        roots.removeIf(root -> root.eContainer() != null);
        roots.addAll(newRoots);
        return reader.matched();
    }

    @Override
    public synchronized void add(Department department) {
        if (loaded.isStored(department)) {
            throw new IllegalArgumentException("The department is stored already");
        }
        roots.add(department);
        pending.added.add(department);
        department.eAdapters().add(tracker);
    }

    @Override
    public synchronized boolean hasChanges() {
        return !pending.isEmpty();
    }

    @Override
    public synchronized void refresh(Entity object) {
        LoadedRows.Row row = loaded.row(object);
        if (row == null) {
            throw new IllegalArgumentException("Only stored objects can be refreshed");
        }
        ClassTable table = mapping.table(object.eClass());
        LoadedRows fresh = new LoadedRows();
        RowReader reader = database.readConsistent(connection -> {
            RowReader read = new RowReader(fresh, false, visibility(connection));
            read.readRows(connection, table, TableMapping.hasId(), object.getId());
            for (JoinTable join : mapping.joinTables()) {
                if (join.reference().getEContainingClass().isSuperTypeOf(table.eClass())) {
                    read.readJoinRows(connection, join, TableMapping.ownedBy(), object.getId());
                }
            }
            return read;
        }, changeLog::last, RowReader::discard);
        reader.link();
        tracker.paused = true;
        try {
            if (reader.matched().isEmpty()) {
                forget(object); // removed by someone else
                return;
            }
            EObject stored = reader.matched().get(0);
            takeStored(object, stored, fresh.row(stored));
            pending.changed.remove(object);
        } finally {
            tracker.paused = false;
        }
    }

    @Override
    public void takeStored(EObject object, EObject stored, LoadedRows.Row storedRow) {
        ClassTable table = mapping.table(object.eClass());
        for (EAttribute attribute : table.attributes()) {
            object.eSet(attribute, stored.eGet(attribute));
        }
        for (EReference reference : table.references()) {
            object.eSet(reference, local((EObject) stored.eGet(reference, false)));
        }
        for (JoinTable join : mapping.joinTables()) {
            if (join.reference().getEContainingClass().isSuperTypeOf(table.eClass())) {
                @SuppressWarnings("unchecked")
                EList<EObject> targets = (EList<EObject>) object.eGet(join.reference(), false);
                targets.clear();
                for (Object target : (EList<?>) stored.eGet(join.reference(), false)) {
                    targets.add(local((EObject) target));
                }
            }
        }
        // the version of the very row these values came from
        loaded.row(object).version = storedRow.version;
    }

    /** Removes a loaded object, with all it contains, as someone else removed it: nothing of it stays pending. */
    @Override
    public void forget(EObject object) {
        for (EObject gone : CommitRows.subtree(object)) {
            loaded.remove(gone);
            pending.changed.remove(gone);
            pending.added.remove(gone);
        }
        EcoreUtil.remove(object);
    }

    @Override
    public synchronized List<ChangeSet> catchUp(long sequence) {
        if (writing > 0 || !pending.isEmpty()) {
            throw new IllegalStateException("Changes are pending or being written: commit them first");
        }
        List<ChangeSet> taken = new ArrayList<>();
        Set<String> written = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
        for (ChangeSet change : scoped.changesSince(sequence)) {
            if (!ownCommits.contains(change.sequence())) {
                taken.add(change);
                written.addAll(change.changedIds());
                removed.addAll(change.deletedIds());
            }
        }
        written.removeAll(removed);
        tracker.paused = true;
        try {
            for (String id : removed) {
                EObject gone = loaded.object(id);
                if (gone != null) {
                    forget(gone);
                }
            }
            if (!written.isEmpty()) {
                new CatchUp(this, mapping, loaded, onDemand::contains, written).takeIn(database, changeLog);
            }
        } finally {
            tracker.paused = false;
        }
        return taken;
    }

    @Override
    public EObject local(EObject read) {
        if (read == null) {
            return null;
        }
        String id = ((Entity) read).getId();
        EObject object = loaded.object(id);
        return object != null ? object : loaded.proxies.computeIfAbsent(id, i -> read);
    }

    // ---------------------------------------------------------------- committing

    @Override
    public synchronized PreparedCommit prepare() {
        Pending captured = pending;
        CommitRows rows = new CommitRows(mapping, loaded, roots, captured, onDemand::contains);
        SumChanges sums;
        CommitRules.Checks checks;
        tracker.paused = true;
        try {
            rows.collect();
            sums = new SumChanges(keptSums, mapping, rows);
            checks = rules.checksOf(mapping, rows, actor);
        } finally {
            tracker.paused = false;
        }
        pending = new Pending();
        return new H2Commit(database, mapping, changeLog, sums, checks, actor, rows, new H2Commit.Outcome() {
            @Override
            public void writing() {
                synchronized (H2UnitOfWork.this) {
                    writing++;
                }
            }

            @Override
            public void written(long sequence) {
                synchronized (H2UnitOfWork.this) {
                    writing--;
                    rows.recordWritten();
                    if (!rows.isEmpty()) {
                        ownCommits.add(sequence);
                    }
                }
            }

            @Override
            public void failed() {
                synchronized (H2UnitOfWork.this) {
                    writing--;
                    pending.restore(captured);
                }
            }
        });
    }

    /** Records changes of everything loaded or added; paused while the store itself sets values. */
    private final class Tracker extends EContentAdapter {
        volatile boolean paused;
        boolean attachingEach;

        @Override
        protected void setTarget(EObject target) {
            if (attachingEach) {
                basicSetTarget(target);
            } else {
                super.setTarget(target);
            }
        }

        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (paused || notification.isTouch() || !(notification.getNotifier() instanceof EObject owner)
                    || !(notification.getFeature() instanceof EStructuralFeature feature)) {
                return;
            }
            synchronized (H2UnitOfWork.this) {
                if (feature instanceof EReference reference && reference.isContainment()) {
                    pending.lists.add(new Pending.ListKey(owner, reference));
                    values(notification.getNewValue(), pending.added);
                    values(notification.getOldValue(), pending.removed);
                } else if (!(feature instanceof EReference reference && reference.isContainer())
                        && !feature.isTransient() && !feature.isDerived()) {
                    pending.changed.computeIfAbsent(owner, o -> new LinkedHashSet<>()).add(feature);
                }
            }
        }

        private void values(Object value, Set<EObject> into) {
            if (value instanceof EObject object) {
                into.add(object);
            } else if (value instanceof Collection<?> objects) {
                for (Object each : objects) {
                    if (each instanceof EObject object) {
                        into.add(object);
                    }
                }
            }
        }
    }

}
