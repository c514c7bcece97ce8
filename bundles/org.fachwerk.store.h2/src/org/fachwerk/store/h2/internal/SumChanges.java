package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.Entity;
import org.fachwerk.store.KeptSum;
import org.fachwerk.store.h2.internal.TableMapping.ClassTable;

/**
 * What one commit changes in the kept sums. The new state of the objects it inserts and updates counts as it is when
 * the commit is prepared (the objects may change while it is written); the old state of those it updates and removes
 * is taken away as it is stored, read in the commit's transaction once the change log's lock lets no other commit
 * write meanwhile.
 */
final class SumChanges {

    /** Ids read at once: H2 takes arrays of any length, but a query plan per ten thousand is quick. */
    private static final int IDS_PER_QUERY = 10_000;

    private final KeptSums keptSums;
    private final List<KeptSum> sums;
    /** The names of the classes of the objects written, and of their superclasses. */
    private final Set<String> writtenClasses = new HashSet<>();
    private final Map<KeptSums.Place, long[]> totals = new HashMap<>();
    /** The stored objects whose old state no longer counts, by table. */
    private final Map<ClassTable, List<String>> replaced = new LinkedHashMap<>();

    /** Counts the new state of the objects the rows insert or update, for the sums kept now. */
    SumChanges(KeptSums keptSums, TableMapping mapping, CommitRows rows) {
        this.keptSums = keptSums;
        this.sums = keptSums.now();
        for (EObject object : rows.inserted) {
            written(object);
            countNow(object);
        }
        for (EObject object : rows.updated.keySet()) {
            written(object);
            countNow(object);
            replaced(mapping, object);
        }
        for (EObject object : rows.deleted) {
            written(object);
            replaced(mapping, object);
        }
    }

    private void written(EObject object) {
        EClass eClass = object.eClass();
        if (writtenClasses.add(eClass.getName())) {
            eClass.getEAllSuperTypes().forEach(type -> writtenClasses.add(type.getName()));
        }
    }

    private void countNow(EObject object) {
        for (KeptSum sum : sums) {
            if (sum.summed().isInstance(object)) {
                KeptSums.count(sum, object, 1, totals);
            }
        }
    }

    private void replaced(TableMapping mapping, EObject object) {
        for (KeptSum sum : sums) {
            if (sum.summed().isInstance(object)) {
                replaced.computeIfAbsent(mapping.table(object.eClass()), t -> new ArrayList<>())
                        .add(((Entity) object).getId());
                return;
            }
        }
    }

    /**
     * Updates the sums inside the commit's transaction, before its rows are written: builds a kept sum the
     * database does not have complete, and marks incomplete the complete sums of the classes written that this
     * commit does not update.
     */
    void write(Connection connection) throws SQLException {
        if (writtenClasses.isEmpty()) {
            return;
        }
        Map<String, String> built = KeptSums.built(connection);
        Set<String> updated = new HashSet<>();
        for (KeptSum sum : sums) {
            String summed = sum.summed().getName();
            if (writtenClasses.contains(summed)) {
                if (!summed.equals(built.get(sum.name()))) {
                    keptSums.build(connection, sum);
                }
                updated.add(sum.name());
            }
        }
        List<String> incomplete = new ArrayList<>();
        built.forEach((name, summed) -> {
            if (!updated.contains(name) && writtenClasses.contains(summed)) {
                incomplete.add(name);
            }
        });
        KeptSums.markIncomplete(connection, incomplete);
        for (Map.Entry<ClassTable, List<String>> stored : replaced.entrySet()) {
            subtractStored(connection, stored.getKey(), stored.getValue());
        }
        KeptSums.add(connection, totals);
    }

    private void subtractStored(Connection connection, ClassTable table, List<String> ids) throws SQLException {
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            RowReader reader = new RowReader(new LoadedRows(), false);
            reader.readRows(connection, table, TableMapping.idIn(),
                    (Object) ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)).toArray(new String[0]));
            reader.link();
            for (EObject object : reader.matched()) {
                for (KeptSum sum : sums) {
                    if (sum.summed().isInstance(object)) {
                        KeptSums.count(sum, object, -1, totals);
                    }
                }
            }
        }
    }
}
