package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.Department;
import org.fachwerk.model.Entity;
import org.fachwerk.model.validation.ModelValidator;
import org.fachwerk.store.ConflictException;
import org.fachwerk.store.Ids;
import org.fachwerk.store.Query;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.h2.internal.TableMapping.ClassTable;
import org.fachwerk.store.h2.internal.TableMapping.JoinTable;

/**
 * A unit of work on an H2 store. An {@link EContentAdapter} on everything loaded records which features of which
 * objects changed and which objects were added to or removed from containment; a commit turns that into batched
 * inserts, updates (only the changed columns, guarded by the row version) and deletes in one transaction, and
 * appends the change log entry.
 */
final class H2UnitOfWork implements UnitOfWork {

    /** A message names this many problems or conflicts at most; the user deals with them and tries again. */
    private static final int MAX_SHOWN = 5;

    /** A containment list of an object. */
    private record ListKey(EObject owner, EReference feature) {
    }

    /** Changes recorded since the last commit was prepared. */
    private static final class Pending {
        final Map<EObject, Set<EStructuralFeature>> changed = new IdentityHashMap<>();
        final Set<EObject> added = identitySet();
        final Set<EObject> removed = identitySet();
        final Set<ListKey> lists = new LinkedHashSet<>();

        boolean isEmpty() {
            return changed.isEmpty() && added.isEmpty() && removed.isEmpty() && lists.isEmpty();
        }

        /** Takes back changes whose commit failed, under the ones recorded since. */
        void restore(Pending failed) {
            failed.changed.forEach((object, features) -> changed.computeIfAbsent(object, o -> new LinkedHashSet<>())
                    .addAll(features));
            added.addAll(failed.added);
            removed.addAll(failed.removed);
            lists.addAll(failed.lists);
        }
    }

    /** Where a row sits: its department, aggregate, container and position. */
    private record Placement(String rootId, String aggregateId, String parentId, String parentFeature, int position) {
    }

    /** An update of the given columns of one row, guarded by its version. */
    private record Update(String id, long version, List<Object> values) {
    }

    private final H2Store store;
    private final TableMapping mapping;
    private final String actor;
    private final LoadedRows loaded = new LoadedRows();
    private final Set<EObject> roots = identitySet();
    /** Aggregates and departments whose contents are loaded completely. */
    private final Set<String> complete = new HashSet<>();
    private final Tracker tracker = new Tracker();
    private Pending pending = new Pending();

    H2UnitOfWork(H2Store store, String actor) {
        this.store = store;
        this.mapping = store.mapping();
        this.actor = actor;
    }

    @Override
    public String actor() {
        return actor;
    }

    // ---------------------------------------------------------------- loading

    @Override
    public synchronized List<Department> loadDepartments() {
        List<EObject> read = read(connection -> {
            RowReader reader = new RowReader(loaded, true);
            for (ClassTable table : mapping.classTables()) {
                reader.readRows(connection, table, null);
            }
            for (JoinTable join : mapping.joinTables()) {
                reader.readJoinRows(connection, join, null);
            }
            return reader;
        });
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
            String column = TableMapping.quote(wholeDepartment ? TableMapping.ROOT_ID : TableMapping.AGGREGATE_ID);
            key[0] = wholeDepartment ? placement[0] : placement[1];
            RowReader reader = new RowReader(loaded, wholeDepartment);
            // an aggregate's rows can only be in the tables of what its class contains; other objects' aggregates
            // are of a class not known here
            EClass within = aggregate && !wholeDepartment ? table.eClass() : null;
            for (ClassTable each : within == null ? mapping.classTables() : mapping.classTablesWithin(within)) {
                reader.readRows(connection, each, column + " = ?", key[0]);
            }
            for (JoinTable join : within == null ? mapping.joinTables() : mapping.joinTablesWithin(within)) {
                reader.readJoinRows(connection, join, column + " = ?", key[0]);
            }
            return reader;
        });
        String key0 = key[0];
        complete.add(key0);
        return type.cast(loaded.object(id));
    }

    /** The department and aggregate ids of a stored object. */
    private static String[] placement(Connection connection, ClassTable table, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + TableMapping.quote(TableMapping.ROOT_ID)
                + ", " + TableMapping.quote(TableMapping.AGGREGATE_ID) + " FROM " + TableMapping.quote(table.name())
                + " WHERE " + TableMapping.quote(TableMapping.ID) + " = ?")) {
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
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (Query.Condition condition : query.conditions()) {
            String column = TableMapping.quote(TableMapping.column(condition.feature()));
            if (condition.range()) {
                conditions.add(column + " BETWEEN ? AND ?");
                parameters.add(columnValue(condition.feature(), condition.value()));
                parameters.add(columnValue(condition.feature(), condition.upTo()));
            } else if (condition.value() == null) {
                conditions.add(column + " IS NULL");
            } else {
                conditions.add(column + " = ?");
                parameters.add(columnValue(condition.feature(), condition.value()));
            }
        }
        String where = conditions.isEmpty() ? null : String.join(" AND ", conditions);
        Object[] values = parameters.toArray();
        List<EObject> matched = new ArrayList<>();
        read(connection -> {
            RowReader reader = new RowReader(loaded, false);
            reader.readRows(connection, table, where, values);
            for (JoinTable join : mapping.joinTables()) {
                if (join.reference().getEContainingClass().isSuperTypeOf(table.eClass())) {
                    reader.readJoinRows(connection, join, TableMapping.quote(TableMapping.OWNER_ID) + " IN (SELECT "
                            + TableMapping.quote(TableMapping.ID) + " FROM " + TableMapping.quote(table.name())
                            + (where == null ? "" : " WHERE " + where) + ")", values);
                }
            }
            matched.addAll(reader.matched());
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

    /** Reads rows with tracking paused, then tracks the roots of what was read. */
    private List<EObject> read(H2Store.Work<RowReader> work) {
        RowReader reader = store.read(work);
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
        RowReader reader = store.read(connection -> {
            RowReader read = new RowReader(fresh, false);
            read.readRows(connection, table, TableMapping.quote(TableMapping.ID) + " = ?", object.getId());
            for (JoinTable join : mapping.joinTables()) {
                if (join.reference().getEContainingClass().isSuperTypeOf(table.eClass())) {
                    read.readJoinRows(connection, join, TableMapping.quote(TableMapping.OWNER_ID) + " = ?",
                            object.getId());
                }
            }
            return read;
        });
        reader.link();
        tracker.paused = true;
        try {
            if (reader.matched().isEmpty()) {
                // removed by someone else: gone here too, with all it contains, and nothing of it is pending
                for (EObject gone : subtree(object)) {
                    loaded.remove(gone);
                    pending.changed.remove(gone);
                    pending.added.remove(gone);
                }
                EcoreUtil.remove(object);
                return;
            }
            EObject stored = reader.matched().get(0);
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
            row.version = fresh.row(stored).version;
            pending.changed.remove(object);
        } finally {
            tracker.paused = false;
        }
    }

    /** The loaded object or placeholder with the id of an object read elsewhere. */
    private EObject local(EObject read) {
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
        Commit commit = new Commit(captured);
        tracker.paused = true;
        try {
            commit.collect();
        } finally {
            tracker.paused = false;
        }
        pending = new Pending();
        return commit;
    }

    /** The rows one commit writes, taken from the objects on the editing thread. */
    private final class Commit implements PreparedCommit {
        private final Pending captured;
        private final Set<EObject> inserted = identitySet();
        private final Set<EObject> deleted = identitySet();
        private final Map<EObject, Set<EStructuralFeature>> updated = new IdentityHashMap<>();
        private final Map<EObject, Placement> placed = new IdentityHashMap<>();
        /** Owners whose join rows are rewritten, with the references to rewrite. */
        private final Map<EObject, Set<EReference>> joins = new IdentityHashMap<>();

        private final Map<ClassTable, List<Object[]>> inserts = new LinkedHashMap<>();
        private final Map<ClassTable, Map<List<String>, List<Update>>> updates = new LinkedHashMap<>();
        private final Map<ClassTable, List<Object[]>> moves = new LinkedHashMap<>();
        private final Map<ClassTable, List<Object[]>> deletes = new LinkedHashMap<>();
        private final Map<JoinTable, List<Object[]>> joinRows = new LinkedHashMap<>();
        private final Map<JoinTable, List<String>> joinOwners = new LinkedHashMap<>();
        /** The objects a commit guards by version or removes, by id, to name them in a conflict. */
        private final Map<String, EObject> guarded = new HashMap<>();
        /** Where inserted and moved rows sit after the commit, for the unit of work to remember once it is written. */
        private final Map<EObject, Placement> written = new IdentityHashMap<>();
        /** Stored containers that rows are inserted into or moved to: they must still exist. */
        private final Map<ClassTable, Set<String>> parents = new LinkedHashMap<>();

        Commit(Pending captured) {
            this.captured = captured;
        }

        void collect() {
            for (EObject root : captured.added) {
                if (isAttached(root)) {
                    collectAdded(root);
                }
            }
            Ids.assign(inserted);
            for (EObject root : captured.removed) {
                if (!isAttached(root)) {
                    collectRemoved(root);
                }
            }
            refuseReferencesToDeleted();
            captured.changed.forEach((object, features) -> {
                if (loaded.isStored(object) && isAttachedOrDetachedRoot(object) && !deleted.contains(object)) {
                    updated.computeIfAbsent(object, o -> new LinkedHashSet<>()).addAll(features);
                }
            });
            for (ListKey list : captured.lists) {
                if (!deleted.contains(list.owner()) && isAttachedOrDetachedRoot(list.owner())) {
                    placeChildren(list.owner(), list.feature());
                }
            }
            List<EObject> checked = new ArrayList<>(inserted);
            checked.addAll(updated.keySet());
            List<String> problems = ModelValidator.problemsOf(checked);
            if (!problems.isEmpty()) {
                throw new StoreException(NLS.bind(Messages.Invalid,
                        String.join(" ", problems.subList(0, Math.min(problems.size(), MAX_SHOWN)))));
            }
            inserted.forEach(this::insertRow);
            updated.forEach(this::updateRow);
            placed.forEach(this::moveRow);
            deleted.forEach(this::deleteRow);
            joins.forEach(this::joinRows);
        }

        /** A loaded object that still refers to a removed one would point nowhere once the removal is written. */
        private void refuseReferencesToDeleted() {
            if (deleted.isEmpty()) {
                return;
            }
            Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(deleted,
                    roots);
            for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> usage : usages.entrySet()) {
                for (EStructuralFeature.Setting setting : usage.getValue()) {
                    EObject owner = setting.getEObject();
                    if (!deleted.contains(owner) && setting.getEStructuralFeature() instanceof EReference reference
                            && !reference.isContainment() && !reference.isContainer()) {
                        throw new StoreException(NLS.bind(Messages.DanglingReference, new Object[] {
                                ModelValidator.label(owner), reference.getName(), ModelValidator.label(usage.getKey()) }));
                    }
                }
            }
        }

        private void collectAdded(EObject root) {
            List<EObject> subtree = subtree(root);
            for (EObject object : subtree) {
                if (loaded.isStored(object)) {
                    if (object == root || !loaded.isStored(object.eContainer())) {
                        placed.put(object, null); // placed when its list is
                        if (object != root) {
                            captured.lists.add(new ListKey(object.eContainer(), object.eContainmentFeature()));
                        }
                    }
                } else {
                    inserted.add(object);
                    rewriteJoins(object);
                }
            }
            if (!(root instanceof Department)) {
                captured.lists.add(new ListKey(root.eContainer(), root.eContainmentFeature()));
            }
        }

        private void collectRemoved(EObject root) {
            for (EObject object : subtree(root)) {
                if (loaded.isStored(object)) {
                    deleted.add(object);
                }
            }
        }

        /** Positions the children of a containment list so that they sort as they stand, writing few rows. */
        private void placeChildren(EObject owner, EReference feature) {
            List<EObject> children = new ArrayList<>();
            if (feature.isMany()) {
                children.addAll((EList<? extends EObject>) owner.eGet(feature));
            } else if (owner.eGet(feature) instanceof EObject child) {
                children.add(child);
            }
            Placement ownerPlacement = placement(owner);
            String ownerId = id(owner);
            int last = -1;
            for (EObject child : children) {
                LoadedRows.Row row = loaded.row(child);
                boolean moved = placed.containsKey(child) || row == null;
                if (!moved && row.position > last) {
                    last = row.position;
                    continue;
                }
                last++;
                String aggregate = ownerPlacement.rootId().equals(ownerId) ? id(child) : ownerPlacement.aggregateId();
                placed.put(child, new Placement(ownerPlacement.rootId(), aggregate, ownerId, feature.getName(), last));
            }
        }

        private void insertRow(EObject object) {
            ClassTable table = mapping.table(object.eClass());
            Placement placement = placement(object);
            written.put(object, placement);
            requireParent(object);
            Object[] row = new Object[table.columns().size()];
            row[0] = id(object);
            row[1] = placement.rootId();
            row[2] = placement.aggregateId();
            row[3] = placement.parentId();
            row[4] = placement.parentFeature();
            row[5] = placement.position();
            row[6] = 1L;
            int column = 7;
            for (EAttribute attribute : table.attributes()) {
                row[column++] = columnValue(attribute, object.eGet(attribute));
            }
            for (EReference reference : table.references()) {
                row[column++] = targetId(object, reference, (EObject) object.eGet(reference, false));
            }
            inserts.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        }

        private void updateRow(EObject object, Set<EStructuralFeature> features) {
            ClassTable table = mapping.table(object.eClass());
            List<String> columns = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (EStructuralFeature feature : features) {
                if (isJoin(feature)) {
                    joins.computeIfAbsent(object, o -> new LinkedHashSet<>()).add((EReference) feature);
                } else if (feature instanceof EAttribute attribute && !attribute.isID()) {
                    // the tracker records stored features only, and every one of them has a column of the table
                    columns.add(TableMapping.column(attribute));
                    values.add(columnValue(attribute, object.eGet(attribute)));
                } else if (feature instanceof EReference reference && !reference.isMany()) {
                    columns.add(TableMapping.column(reference));
                    values.add(targetId(object, reference, (EObject) object.eGet(reference, false)));
                }
            }
            String id = id(object);
            guarded.put(id, object);
            updates.computeIfAbsent(table, t -> new LinkedHashMap<>()).computeIfAbsent(columns, c -> new ArrayList<>())
                    .add(new Update(id, loaded.row(object).version, values));
        }

        private void moveRow(EObject object, Placement placement) {
            if (placement == null || inserted.contains(object)) {
                return;
            }
            String id = id(object);
            guarded.put(id, object);
            move(object, placement);
            requireParent(object);
            LoadedRows.Row row = loaded.row(object);
            if (!placement.aggregateId().equals(row.aggregateId) || !placement.rootId().equals(row.rootId)) {
                // moved to another aggregate or department: everything below goes along, join rows included
                for (EObject descendant : subtree(object)) {
                    if (descendant != object && loaded.isStored(descendant) && !placed.containsKey(descendant)) {
                        move(descendant, placement(descendant));
                    }
                    rewriteJoins(descendant);
                }
            }
        }

        private void move(EObject object, Placement placement) {
            written.put(object, placement);
            moves.computeIfAbsent(mapping.table(object.eClass()), t -> new ArrayList<>())
                    .add(new Object[] { placement.rootId(), placement.aggregateId(), placement.parentId(),
                            placement.parentFeature(), placement.position(), id(object) });
        }

        private void rewriteJoins(EObject object) {
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (isJoin(reference)) {
                    joins.computeIfAbsent(object, o -> new LinkedHashSet<>()).add(reference);
                }
            }
        }

        /** Remembers to check that the stored container of an inserted or moved row still exists when writing. */
        private void requireParent(EObject object) {
            EObject container = object.eContainer();
            if (container != null && !inserted.contains(container)) {
                parents.computeIfAbsent(mapping.table(container.eClass()), t -> new LinkedHashSet<>()).add(id(container));
                guarded.put(id(container), container);
            }
        }

        private void deleteRow(EObject object) {
            String id = id(object);
            guarded.put(id, object);
            deletes.computeIfAbsent(mapping.table(object.eClass()), t -> new ArrayList<>())
                    .add(new Object[] { id, loaded.row(object).version });
            for (JoinTable join : mapping.joinTables()) {
                if (join.reference().getEContainingClass().isInstance(object)) {
                    joinOwners.computeIfAbsent(join, j -> new ArrayList<>()).add(id);
                }
            }
        }

        private void joinRows(EObject owner, Set<EReference> references) {
            Placement placement = written.containsKey(owner) ? written.get(owner) : placement(owner);
            String ownerId = id(owner);
            for (EReference reference : references) {
                JoinTable join = mapping.joinTable(reference);
                if (!inserted.contains(owner)) {
                    joinOwners.computeIfAbsent(join, j -> new ArrayList<>()).add(ownerId);
                }
                int position = 0;
                for (Object target : (EList<?>) owner.eGet(reference, false)) {
                    joinRows.computeIfAbsent(join, j -> new ArrayList<>()).add(new Object[] { placement.rootId(),
                            placement.aggregateId(), ownerId, targetId(owner, reference, (EObject) target),
                            position++ });
                }
            }
        }

        /** The id of a reference's target, which must be stored, about to be, or a placeholder for a stored one. */
        private String targetId(EObject owner, EReference reference, EObject target) {
            if (target == null) {
                return null;
            }
            boolean known = target.eIsProxy() || inserted.contains(target)
                    || loaded.isStored(target) && !deleted.contains(target);
            if (!known) {
                throw new StoreException(NLS.bind(Messages.DanglingReference,
                        new Object[] { ModelValidator.label(owner), reference.getName(), ModelValidator.label(target) }));
            }
            return id(target);
        }

        /** Where the object sits now. */
        private Placement placement(EObject object) {
            Placement placed = this.placed.get(object);
            if (placed != null) {
                return placed;
            }
            EObject container = object.eContainer();
            LoadedRows.Row row = loaded.row(object);
            if (object instanceof Department) {
                return new Placement(id(object), id(object), null, null, 0);
            }
            if (container == null) {
                if (row == null) {
                    throw new StoreException(NLS.bind(Messages.NotInDepartment, ModelValidator.label(object)));
                }
                return new Placement(row.rootId, row.aggregateId, null, null, row.position);
            }
            Placement parent = placement(container);
            String aggregate = container instanceof Department ? id(object) : parent.aggregateId();
            int position = row != null ? row.position : positionIn(container, object);
            return new Placement(parent.rootId(), aggregate, id(container), object.eContainmentFeature().getName(),
                    position);
        }

        private int positionIn(EObject container, EObject object) {
            EReference feature = object.eContainmentFeature();
            return feature.isMany() ? ((List<?>) container.eGet(feature)).indexOf(object) : 0;
        }

        @Override
        public long write() {
            long sequence;
            try {
                sequence = store.write(this::writeRows);
            } catch (RuntimeException e) {
                synchronized (H2UnitOfWork.this) {
                    pending.restore(captured);
                }
                throw e;
            }
            synchronized (H2UnitOfWork.this) {
                committed();
            }
            return sequence;
        }

        private long writeRows(Connection connection) throws SQLException {
            if (inserts.isEmpty() && updates.isEmpty() && moves.isEmpty() && deletes.isEmpty() && joinRows.isEmpty()
                    && joinOwners.isEmpty()) {
                return lastSequence(connection);
            }
            // first the counter row: its lock makes commits one after the other, so that each sees the bookings
            // and containers the one before wrote, and numbers them in that order
            try (PreparedStatement next = connection.prepareStatement(
                    "UPDATE \"COMMIT_COUNTER\" SET \"LAST_SEQUENCE\" = \"LAST_SEQUENCE\" + 1")) {
                next.executeUpdate();
            }
            List<String> conflicts = new ArrayList<>();
            for (Map.Entry<ClassTable, Set<String>> containers : parents.entrySet()) {
                conflicts.addAll(missing(connection, containers.getKey(), containers.getValue()));
            }
            BookedWeeks bookedWeeks = store.bookedWeeks();
            Set<BookedWeeks.Week> weeks = new LinkedHashSet<>();
            List<String> changedBookings = new ArrayList<>();
            deletes.forEach((table, rows) -> {
                if (bookedWeeks.isBookings(table)) {
                    rows.forEach(row -> changedBookings.add((String) row[0]));
                }
            });
            updates.forEach((table, groups) -> {
                if (bookedWeeks.isBookings(table)) {
                    groups.values().forEach(list -> list.forEach(update -> changedBookings.add(update.id())));
                }
            });
            bookedWeeks.addWeeksOfStored(connection, changedBookings, weeks); // where they were
            for (Map.Entry<JoinTable, List<String>> owners : joinOwners.entrySet()) {
                batch(connection, "DELETE FROM " + TableMapping.quote(owners.getKey().name()) + " WHERE "
                        + TableMapping.quote(TableMapping.OWNER_ID) + " = ?",
                        owners.getValue().stream().map(id -> new Object[] { id }).toList());
            }
            for (Map.Entry<ClassTable, List<Object[]>> rows : deletes.entrySet()) {
                int[] counts = batch(connection, "DELETE FROM " + TableMapping.quote(rows.getKey().name()) + " WHERE "
                        + TableMapping.quote(TableMapping.ID) + " = ? AND " + TableMapping.quote(TableMapping.VERSION)
                        + " = ?", rows.getValue());
                collectConflicts(counts, rows.getValue(), 0, conflicts);
            }
            if (!deletes.isEmpty()) {
                conflicts.addAll(stillContaining(connection));
            }
            for (Map.Entry<ClassTable, List<Object[]>> rows : inserts.entrySet()) {
                List<String> columns = rows.getKey().columns();
                batch(connection, "INSERT INTO " + TableMapping.quote(rows.getKey().name()) + " ("
                        + String.join(", ", columns.stream().map(TableMapping::quote).toList()) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")", rows.getValue());
            }
            for (Map.Entry<ClassTable, Map<List<String>, List<Update>>> table : updates.entrySet()) {
                for (Map.Entry<List<String>, List<Update>> group : table.getValue().entrySet()) {
                    StringBuilder sql = new StringBuilder("UPDATE ").append(TableMapping.quote(table.getKey().name()))
                            .append(" SET ");
                    for (String column : group.getKey()) {
                        sql.append(TableMapping.quote(column)).append(" = ?, ");
                    }
                    sql.append(TableMapping.quote(TableMapping.VERSION)).append(" = ")
                            .append(TableMapping.quote(TableMapping.VERSION)).append(" + 1 WHERE ")
                            .append(TableMapping.quote(TableMapping.ID)).append(" = ? AND ")
                            .append(TableMapping.quote(TableMapping.VERSION)).append(" = ?");
                    List<Object[]> rows = new ArrayList<>(group.getValue().size());
                    for (Update update : group.getValue()) {
                        List<Object> values = new ArrayList<>(update.values());
                        values.add(update.id());
                        values.add(update.version());
                        rows.add(values.toArray());
                    }
                    collectConflicts(batch(connection, sql.toString(), rows), rows, group.getKey().size(), conflicts);
                }
            }
            for (Map.Entry<ClassTable, List<Object[]>> rows : moves.entrySet()) {
                int[] counts = batch(connection, "UPDATE " + TableMapping.quote(rows.getKey().name()) + " SET "
                        + String.join(" = ?, ", List.of(TableMapping.ROOT_ID, TableMapping.AGGREGATE_ID,
                                TableMapping.PARENT_ID, TableMapping.PARENT_FEATURE, TableMapping.POSITION).stream()
                                .map(TableMapping::quote).toList())
                        + " = ? WHERE " + TableMapping.quote(TableMapping.ID) + " = ?", rows.getValue());
                collectConflicts(counts, rows.getValue(), 5, conflicts);
            }
            bookedWeeks.addWeeksOfStored(connection, changedBookings, weeks); // where they are now
            inserts.forEach((table, rows) -> {
                if (bookedWeeks.isBookings(table)) {
                    bookedWeeks.addWeeksOfRows(rows, weeks);
                }
            });
            if (!conflicts.isEmpty()) {
                List<String> shown = conflicts.stream().limit(MAX_SHOWN)
                        .map(id -> guarded.containsKey(id) ? ModelValidator.label(guarded.get(id)) : id).toList();
                throw new ConflictException(NLS.bind(Messages.Conflict, String.join(", ", shown)
                        + (conflicts.size() > MAX_SHOWN ? ", \u2026" : "")), conflicts);
            }
            for (Map.Entry<JoinTable, List<Object[]>> rows : joinRows.entrySet()) {
                batch(connection, "INSERT INTO " + TableMapping.quote(rows.getKey().name()) + " ("
                        + String.join(", ", List.of(TableMapping.ROOT_ID, TableMapping.AGGREGATE_ID,
                                TableMapping.OWNER_ID, TableMapping.TARGET_ID, TableMapping.POSITION).stream()
                                .map(TableMapping::quote).toList())
                        + ") VALUES (?, ?, ?, ?, ?)", rows.getValue());
            }
            bookedWeeks.recompute(connection, weeks);
            return appendChangeLog(connection);
        }

        /** The ids of containers that someone else removed; the ones still there stay locked until the commit ends. */
        private List<String> missing(Connection connection, ClassTable table, Set<String> ids) throws SQLException {
            Set<String> found = new java.util.HashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + TableMapping.quote(TableMapping.ID)
                    + " FROM " + TableMapping.quote(table.name()) + " WHERE " + TableMapping.quote(TableMapping.ID)
                    + " = ANY(?) FOR UPDATE")) {
                query.setObject(1, ids.toArray(new String[0]));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
            return ids.stream().filter(id -> !found.contains(id)).toList();
        }

        /** The removed objects that someone else has put something into meanwhile. */
        private List<String> stillContaining(Connection connection) throws SQLException {
            String[] removed = deletes.values().stream().flatMap(List::stream).map(row -> (String) row[0])
                    .toArray(String[]::new);
            Set<String> containing = new LinkedHashSet<>();
            for (ClassTable table : mapping.classTables()) {
                try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT "
                        + TableMapping.quote(TableMapping.PARENT_ID) + " FROM " + TableMapping.quote(table.name())
                        + " WHERE " + TableMapping.quote(TableMapping.PARENT_ID) + " = ANY(?)")) {
                    query.setObject(1, removed);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            containing.add(rows.getString(1));
                        }
                    }
                }
            }
            return new ArrayList<>(containing);
        }

        private void collectConflicts(int[] counts, List<Object[]> rows, int idColumn, List<String> conflicts) {
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    conflicts.add((String) rows.get(i)[idColumn]);
                }
            }
        }

        /** Logs the commit under the number the counter gave it. */
        private long appendChangeLog(Connection connection) throws SQLException {
            long sequence = lastSequence(connection);
            Set<String> changed = new LinkedHashSet<>();
            inserts.values().forEach(rows -> rows.forEach(row -> changed.add((String) row[0])));
            updates.values().forEach(groups -> groups.values().forEach(list -> list.forEach(u -> changed.add(u.id()))));
            moves.values().forEach(rows -> rows.forEach(row -> changed.add((String) row[5])));
            joins.keySet().forEach(owner -> changed.add(id(owner)));
            List<String> removed = new ArrayList<>();
            deletes.values().forEach(rows -> rows.forEach(row -> removed.add((String) row[0])));
            try (PreparedStatement log = connection.prepareStatement(
                    "INSERT INTO \"CHANGE_LOG\" VALUES (?, ?, CURRENT_TIMESTAMP, ?, ?)")) {
                log.setLong(1, sequence);
                log.setString(2, actor);
                log.setString(3, String.join("\n", changed));
                log.setString(4, String.join("\n", removed));
                log.executeUpdate();
            }
            return sequence;
        }

        /**
         * Records the new versions and places, from what was captured on the editing thread (the objects may have
         * changed since); runs after the transaction committed.
         */
        private void committed() {
            for (EObject object : inserted) {
                Placement placement = written.get(object);
                loaded.add(new LoadedRows.Row(object, 1, placement.position(), placement.rootId(),
                        placement.aggregateId()));
            }
            updated.keySet().forEach(object -> loaded.row(object).version++);
            written.forEach((object, placement) -> {
                LoadedRows.Row row = loaded.row(object);
                if (row != null && !inserted.contains(object)) {
                    row.position = placement.position();
                    row.rootId = placement.rootId();
                    row.aggregateId = placement.aggregateId();
                }
            });
            deleted.forEach(loaded::remove);
        }
    }

    private static long lastSequence(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT \"LAST_SEQUENCE\" FROM \"COMMIT_COUNTER\"");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int[] batch(Connection connection, String sql, Collection<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        }
    }

    // ---------------------------------------------------------------- helpers

    private boolean isAttached(EObject object) {
        return roots.contains(EcoreUtil.getRootContainer(object));
    }

    /** Attached, or an object loaded without its container (by a query, or an aggregate by itself). */
    private boolean isAttachedOrDetachedRoot(EObject object) {
        EObject top = EcoreUtil.getRootContainer(object);
        return roots.contains(top) || top == object && loaded.isStored(object);
    }

    private static boolean isJoin(EStructuralFeature feature) {
        return feature instanceof EReference reference && reference.isMany() && !reference.isContainment()
                && !reference.isContainer() && !reference.isTransient() && !reference.isDerived();
    }

    private static List<EObject> subtree(EObject root) {
        List<EObject> objects = new ArrayList<>();
        objects.add(root);
        root.eAllContents().forEachRemaining(objects::add);
        return objects;
    }

    private static String id(EObject object) {
        return ((Entity) object).getId();
    }

    /** The value a column holds for a feature's value: enums by literal, references by id. */
    static Object columnValue(EStructuralFeature feature, Object value) {
        if (value == null) {
            return null;
        } else if (feature instanceof EReference) {
            return id((EObject) value);
        } else if (feature.getEType() instanceof EEnum) {
            return value.toString();
        }
        return value;
    }

    private static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
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
                    pending.lists.add(new ListKey(owner, reference));
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
