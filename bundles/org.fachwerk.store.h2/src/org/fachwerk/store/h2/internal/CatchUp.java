package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fachwerk.model.Department;
import org.fachwerk.model.Entity;
import org.fachwerk.store.h2.internal.TableMapping.ClassTable;
import org.fachwerk.store.h2.internal.TableMapping.JoinTable;

/**
 * Takes in objects others wrote, read anew: those loaded here take the stored values and place (moving to
 * another container when they moved), new ones join the loaded object that contains them, as do new objects in
 * those, and lists whose children changed place are put in the stored order again. Objects whose container is
 * not loaded here are not taken in, and a loaded one that moved there is let go.
 */
final class CatchUp {

    /** What catching up asks of the unit of work whose loaded objects it brings up to date. */
    interface Loaded {
        /** What the unit of work's person may read, asked on the read's connection. */
        ReadRules.Visibility visibility(Connection connection);

        /** Gives a loaded object the values, references and version of the same object read anew. */
        void takeStored(EObject object, EObject stored, LoadedRows.Row storedRow);

        /** The loaded object or placeholder with the id of an object read elsewhere. */
        EObject local(EObject read);

        /** Removes a loaded object, with all it contains, as someone else removed or moved it away. */
        void forget(EObject object);
    }

    private final Loaded work;
    private final TableMapping mapping;
    private final LoadedRows loaded;
    private final Predicate<EReference> onDemand;
    private final Set<String> ids;
    private final LoadedRows fresh = new LoadedRows();
    private final Set<Pending.ListKey> reordered = new LinkedHashSet<>();

    /**
     * @param loaded the rows loaded by the unit of work
     * @param onDemand whether a list of a department is loaded on demand (its order is not kept)
     * @param ids the objects others wrote
     */
    CatchUp(Loaded work, TableMapping mapping, LoadedRows loaded, Predicate<EReference> onDemand,
            Set<String> ids) {
        this.work = work;
        this.mapping = mapping;
        this.loaded = loaded;
        this.onDemand = onDemand;
        this.ids = ids;
    }

    /** Reads the objects anew and takes them in, with the unit of work's tracking paused. */
    void takeIn(Database database, ChangeLog changeLog) {
        Object[] among = { ids.toArray(new String[0]) };
        RowReader reader = database.readConsistent(connection -> {
            RowReader read = new RowReader(fresh, false, work.visibility(connection));
            for (ClassTable table : mapping.classTables()) {
                read.readRows(connection, table, TableMapping.idIn(), among);
            }
            for (JoinTable join : mapping.joinTables()) {
                read.readJoinRows(connection, join, TableMapping.ownedByOneOf(), among);
            }
            return read;
        }, changeLog::last, RowReader::discard);
        reader.link();
        List<EObject> read = new ArrayList<>(reader.matched());
        Map<EObject, EObject> known = new IdentityHashMap<>(); // read anew -> loaded here
        for (EObject stored : read) {
            EObject object = loaded.object(((Entity) stored).getId());
            if (object != null) {
                known.put(stored, object);
            }
        }
        // each object is placed below by its stored container, not by the copies read anew
        read.stream().filter(stored -> stored.eContainer() != null).toList().forEach(EcoreUtil::remove);
        List<EObject> added = adoptable(read, known, reader);
        for (EObject object : added) {
            LoadedRows.Row stored = fresh.row(object);
            loaded.add(new LoadedRows.Row(object, stored.version, stored.position, stored.rootId,
                    stored.aggregateId));
        }
        for (EObject object : added) {
            pointToLoaded(object);
        }
        known.forEach((stored, object) -> work.takeStored(object, stored, fresh.row(stored)));
        for (EObject object : added) {
            attach(object, loaded.object(reader.parentId(object)), reader.parentFeature(object));
        }
        known.forEach((stored, object) -> place(object, reader.parentId(stored), reader.parentFeature(stored),
                fresh.row(stored)));
        for (Pending.ListKey list : reordered) {
            sortByPosition(list);
        }
    }

    /** The new objects whose container is loaded here or is itself such a new object. */
    private List<EObject> adoptable(List<EObject> read, Map<EObject, EObject> known, RowReader reader) {
        Set<String> placeable = new HashSet<>();
        List<EObject> added = new ArrayList<>();
        boolean more = true;
        while (more) {
            more = false;
            for (EObject stored : read) {
                String id = ((Entity) stored).getId();
                String parentId = reader.parentId(stored);
                if (!known.containsKey(stored) && !placeable.contains(id) && parentId != null
                        && (loaded.object(parentId) != null || placeable.contains(parentId))) {
                    placeable.add(id);
                    added.add(stored);
                    more = true;
                }
            }
        }
        // containers first, so that each is loaded before what it contains is put into it
        List<EObject> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (ordered.size() < added.size()) {
            for (EObject object : added) {
                String id = ((Entity) object).getId();
                String parentId = reader.parentId(object);
                if (!placed.contains(id) && (!placeable.contains(parentId) || placed.contains(parentId))) {
                    placed.add(id);
                    ordered.add(object);
                }
            }
        }
        return ordered;
    }

    /** References of an object read anew point to placeholders of their own: to what is loaded here instead. */
    private void pointToLoaded(EObject object) {
        ClassTable table = mapping.table(object.eClass());
        for (EReference reference : table.references()) {
            if (object.eGet(reference, false) instanceof EObject target) {
                object.eSet(reference, work.local(target));
            }
        }
        for (JoinTable join : mapping.joinTables()) {
            if (join.reference().getEContainingClass().isSuperTypeOf(table.eClass())) {
                @SuppressWarnings("unchecked")
                EList<EObject> targets = (EList<EObject>) object.eGet(join.reference(), false);
                List<EObject> locals = new ArrayList<>();
                targets.forEach(target -> locals.add(work.local(target)));
                targets.clear();
                targets.addAll(locals);
            }
        }
    }

    /** A new object goes into its container; the list is ordered once all are placed. */
    private void attach(EObject object, EObject parent, String featureName) {
        EReference feature = (EReference) parent.eClass().getEStructuralFeature(featureName);
        if (feature.isMany()) {
            @SuppressWarnings("unchecked")
            EList<EObject> children = (EList<EObject>) parent.eGet(feature);
            children.add(object);
            if (!(parent instanceof Department && onDemand.test(feature))) {
                reordered.add(new Pending.ListKey(parent, feature));
            }
        } else {
            parent.eSet(feature, object);
        }
    }

    /** A loaded object that moved goes to its new container, or is let go when that is not loaded here. */
    private void place(EObject object, String parentId, String featureName, LoadedRows.Row storedRow) {
        LoadedRows.Row row = loaded.row(object);
        row.position = storedRow.position;
        row.rootId = storedRow.rootId;
        row.aggregateId = storedRow.aggregateId;
        EObject container = object.eContainer();
        if (parentId == null || container == null) {
            return; // a department, or an object loaded by itself
        }
        if (parentId.equals(((Entity) container).getId())
                && object.eContainmentFeature().getName().equals(featureName)) {
            if (object.eContainmentFeature().isMany() && !(container instanceof Department
                    && onDemand.test(object.eContainmentFeature()))) {
                reordered.add(new Pending.ListKey(container, object.eContainmentFeature()));
            }
            return;
        }
        EObject parent = loaded.object(parentId);
        if (parent == null) {
            work.forget(object);
            return;
        }
        EcoreUtil.remove(object);
        attach(object, parent, featureName);
    }

    /** Orders a containment list as the positions stored for its children. */
    @SuppressWarnings("unchecked")
    private void sortByPosition(Pending.ListKey list) {
        if (!list.feature().isMany()) {
            return;
        }
        EList<EObject> children = (EList<EObject>) list.owner().eGet(list.feature());
        List<EObject> sorted = new ArrayList<>(children);
        sorted.sort(Comparator.comparingInt(child -> {
            LoadedRows.Row row = loaded.row(child);
            return row == null ? Integer.MAX_VALUE : row.position;
        }));
        for (int i = 0; i < sorted.size(); i++) {
            if (children.get(i) != sorted.get(i)) {
                children.move(i, sorted.get(i));
            }
        }
    }
}
