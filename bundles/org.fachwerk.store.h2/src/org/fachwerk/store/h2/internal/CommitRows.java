package org.fachwerk.store.h2.internal;

import static org.fachwerk.store.h2.internal.Pending.identitySet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.Department;
import org.fachwerk.model.Entity;
import org.fachwerk.model.validation.ModelValidator;
import org.fachwerk.store.Ids;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.h2.internal.TableMapping.ClassTable;
import org.fachwerk.store.h2.internal.TableMapping.JoinTable;

/**
 * The rows one commit writes, taken from the objects on the thread that edits them, so that the writing may run on
 * another while the objects change again: inserts, updates of the changed columns guarded by the versions read,
 * moves, deletes and the join rows to rewrite. Refuses invalid objects and references to objects that are not stored
 * before anything is written.
 */
final class CommitRows {

    /** A message names this many problems at most; the user deals with them and tries again. */
    static final int MAX_SHOWN = 5;

    /** Where a row sits: its department, aggregate, container and position. */
    record Placement(String rootId, String aggregateId, String parentId, String parentFeature, int position) {
    }

    /** An update of the given columns of one row, guarded by its version. */
    record Update(String id, long version, List<Object> values) {
    }

    private final TableMapping mapping;
    private final LoadedRows loaded;
    private final Set<EObject> roots;
    private final Pending captured;

    final Set<EObject> inserted = identitySet();
    final Set<EObject> deleted = identitySet();
    final Map<EObject, Set<EStructuralFeature>> updated = new IdentityHashMap<>();
    private final Map<EObject, Placement> placed = new IdentityHashMap<>();
    /** Owners whose join rows are rewritten, with the references to rewrite. */
    private final Map<EObject, Set<EReference>> joins = new IdentityHashMap<>();

    /** Rows in the column order of their table. */
    final Map<ClassTable, List<Object[]>> inserts = new LinkedHashMap<>();
    /** Updates by table and by the columns they set. */
    final Map<ClassTable, Map<List<String>, List<Update>>> updates = new LinkedHashMap<>();
    /** Rows of the parameters of {@link ClassTable#move()}. */
    final Map<ClassTable, List<Object[]>> moves = new LinkedHashMap<>();
    /** Rows of id and version. */
    final Map<ClassTable, List<Object[]>> deletes = new LinkedHashMap<>();
    /** Rows of the parameters of {@link JoinTable#insert()}. */
    final Map<JoinTable, List<Object[]>> joinRows = new LinkedHashMap<>();
    /** The owners whose join rows go, before the new ones are inserted. */
    final Map<JoinTable, List<String>> joinOwners = new LinkedHashMap<>();
    /** The objects a commit guards by version or removes, by id, to name them in a conflict. */
    final Map<String, EObject> guarded = new HashMap<>();
    /** Stored containers that rows are inserted into or moved to: they must still exist. */
    final Map<ClassTable, Set<String>> parents = new LinkedHashMap<>();
    /** Where inserted and moved rows sit after the commit, for the unit of work to remember once it is written. */
    private final Map<EObject, Placement> written = new IdentityHashMap<>();

    /** The lists of departments that hold only what was loaded on demand: their stored children keep their places. */
    private final Predicate<EReference> onDemand;

    /**
     * @param roots the departments and the objects loaded without their container; what is not below one of them
     *        is not written
     * @param onDemand whether a department's list is loaded on demand
     * @param captured the changes to write; the lists of objects added with stored children are added to it
     */
    CommitRows(TableMapping mapping, LoadedRows loaded, Set<EObject> roots, Pending captured,
            Predicate<EReference> onDemand) {
        this.onDemand = onDemand;
        this.mapping = mapping;
        this.loaded = loaded;
        this.roots = roots;
        this.captured = captured;
    }

    /**
     * Works out the rows from the objects as they are now.
     *
     * @throws StoreException naming the problems of invalid objects or a reference to an object that is not stored
     */
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
        for (Pending.ListKey list : captured.lists) {
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

    /** Whether the commit writes nothing at all. */
    boolean isEmpty() {
        return inserts.isEmpty() && updates.isEmpty() && moves.isEmpty() && deletes.isEmpty() && joinRows.isEmpty()
                && joinOwners.isEmpty();
    }

    /** The ids of the objects written, new or changed, as the change log names them. */
    Set<String> changedIds() {
        Set<String> changed = new LinkedHashSet<>();
        inserts.values().forEach(rows -> rows.forEach(row -> changed.add((String) row[0])));
        updates.values().forEach(groups -> groups.values().forEach(list -> list.forEach(u -> changed.add(u.id()))));
        moves.values().forEach(rows -> rows.forEach(row -> changed.add((String) row[5])));
        joins.keySet().forEach(owner -> changed.add(id(owner)));
        return changed;
    }

    /** The ids of the objects removed. */
    List<String> deletedIds() {
        List<String> removed = new ArrayList<>();
        deletes.values().forEach(rows -> rows.forEach(row -> removed.add((String) row[0])));
        return removed;
    }

    /**
     * Records the new versions and places in the unit of work's rows, from what was captured on the editing thread
     * (the objects may have changed since); for after the transaction committed.
     */
    void recordWritten() {
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
                        captured.lists.add(new Pending.ListKey(object.eContainer(), object.eContainmentFeature()));
                    }
                }
            } else {
                inserted.add(object);
                rewriteJoins(object);
            }
        }
        if (!(root instanceof Department)) {
            captured.lists.add(new Pending.ListKey(root.eContainer(), root.eContainmentFeature()));
        }
    }

    private void collectRemoved(EObject root) {
        for (EObject object : subtree(root)) {
            if (loaded.isStored(object)) {
                deleted.add(object);
            }
        }
    }

    /**
     * Positions the children of a containment list so that they sort as they stand, writing few rows. A list loaded on
     * demand holds some of the stored children only: the others' order, which nothing shows, stays as it is stored,
     * and a new child is placed where it stands among the loaded ones when it is inserted.
     */
    private void placeChildren(EObject owner, EReference feature) {
        if (owner instanceof Department && onDemand.test(feature)) {
            return;
        }
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
            row[column++] = TableMapping.columnValue(attribute, object.eGet(attribute));
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
                values.add(TableMapping.columnValue(attribute, object.eGet(attribute)));
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
                        placement.aggregateId(), ownerId, targetId(owner, reference, (EObject) target), position++ });
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

    /** The stored objects the commit moves or puts in another order, without changing a feature of theirs. */
    List<EObject> movedOnly() {
        List<EObject> moved = new ArrayList<>();
        placed.keySet().forEach(object -> {
            if (!inserted.contains(object) && !updated.containsKey(object) && !deleted.contains(object)) {
                moved.add(object);
            }
        });
        return moved;
    }

    /** The id of the aggregate an object of the commit is in after it; for a removed one, where it was. */
    String aggregateOf(EObject object) {
        return deleted.contains(object) ? loaded.row(object).aggregateId : placement(object).aggregateId();
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

    private static int positionIn(EObject container, EObject object) {
        EReference feature = object.eContainmentFeature();
        return feature.isMany() ? ((List<?>) container.eGet(feature)).indexOf(object) : 0;
    }

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

    static List<EObject> subtree(EObject root) {
        List<EObject> objects = new ArrayList<>();
        objects.add(root);
        root.eAllContents().forEachRemaining(objects::add);
        return objects;
    }

    private static String id(EObject object) {
        return ((Entity) object).getId();
    }
}
