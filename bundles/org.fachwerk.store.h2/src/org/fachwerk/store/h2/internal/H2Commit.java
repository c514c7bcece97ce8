package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.validation.ModelValidator;
import org.fachwerk.store.ConflictException;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.UnitOfWork.PreparedCommit;
import org.fachwerk.store.h2.internal.CommitRows.Update;
import org.fachwerk.store.h2.internal.TableMapping.ClassTable;
import org.fachwerk.store.h2.internal.TableMapping.JoinTable;

/**
 * Writes the rows of one commit in one transaction, on any thread: after checking the commit rules, the changes of
 * the kept sums, batched inserts, updates guarded by the versions read, moves, deletes and join rows, then the change
 * log entry. A row someone else changed or removed meanwhile,
 * or a container someone else removed, fails the commit with a {@link ConflictException}; nothing is written then.
 */
final class H2Commit implements PreparedCommit {

    /** What the unit of work does once the commit is decided. */
    interface Outcome {
        /** The commit is about to be written. */
        void writing();

        /** The changes are stored as the commit with the sequence number: remember the rows' versions and places. */
        void written(long sequence);

        /** Nothing was stored: the changes are pending again. */
        void failed();
    }

    private final Database database;
    private final TableMapping mapping;
    private final ChangeLog changeLog;
    private final SumChanges sums;
    private final CommitRules.Checks checks;
    private final String actor;
    private final CommitRows rows;
    private final Outcome outcome;

    H2Commit(Database database, TableMapping mapping, ChangeLog changeLog, SumChanges sums, CommitRules.Checks checks,
            String actor, CommitRows rows, Outcome outcome) {
        this.database = database;
        this.mapping = mapping;
        this.changeLog = changeLog;
        this.sums = sums;
        this.checks = checks;
        this.actor = actor;
        this.rows = rows;
        this.outcome = outcome;
    }

    @Override
    public long write() {
        outcome.writing();
        long sequence;
        try {
            sequence = database.write(this::writeRows);
        } catch (RuntimeException e) {
            outcome.failed();
            throw e;
        }
        outcome.written(sequence);
        return sequence;
    }

    private long writeRows(Connection connection) throws SQLException {
        if (rows.isEmpty()) {
            return changeLog.last(connection);
        }
        long sequence = changeLog.next(connection);
        checks.check(connection); // after the change log's lock: no other commit changes what the rules read
        List<String> conflicts = new ArrayList<>();
        for (Map.Entry<ClassTable, Set<String>> containers : rows.parents.entrySet()) {
            conflicts.addAll(missing(connection, containers.getKey(), containers.getValue()));
        }
        sums.write(connection);
        for (Map.Entry<JoinTable, List<String>> owners : rows.joinOwners.entrySet()) {
            Database.batch(connection, owners.getKey().deleteByOwner(),
                    owners.getValue().stream().map(id -> new Object[] { id }).toList());
        }
        for (Map.Entry<ClassTable, List<Object[]>> deleted : rows.deletes.entrySet()) {
            int[] counts = Database.batch(connection, deleted.getKey().delete(), deleted.getValue());
            collectConflicts(counts, deleted.getValue(), 0, conflicts);
        }
        if (!rows.deletes.isEmpty()) {
            conflicts.addAll(stillContaining(connection));
        }
        for (Map.Entry<ClassTable, List<Object[]>> inserted : rows.inserts.entrySet()) {
            Database.batch(connection, inserted.getKey().insert(), inserted.getValue());
        }
        for (Map.Entry<ClassTable, Map<List<String>, List<Update>>> table : rows.updates.entrySet()) {
            for (Map.Entry<List<String>, List<Update>> group : table.getValue().entrySet()) {
                List<Object[]> parameters = new ArrayList<>(group.getValue().size());
                for (Update update : group.getValue()) {
                    List<Object> values = new ArrayList<>(update.values());
                    values.add(update.id());
                    values.add(update.version());
                    parameters.add(values.toArray());
                }
                int[] counts = Database.batch(connection, table.getKey().update(group.getKey()), parameters);
                collectConflicts(counts, parameters, group.getKey().size(), conflicts);
            }
        }
        for (Map.Entry<ClassTable, List<Object[]>> moved : rows.moves.entrySet()) {
            int[] counts = Database.batch(connection, moved.getKey().move(), moved.getValue());
            collectConflicts(counts, moved.getValue(), 5, conflicts);
        }
        if (!conflicts.isEmpty()) {
            List<String> shown = conflicts.stream().limit(CommitRows.MAX_SHOWN).map(
                    id -> rows.guarded.containsKey(id) ? ModelValidator.label(rows.guarded.get(id)) : id).toList();
            throw new ConflictException(NLS.bind(Messages.Conflict, String.join(", ", shown)
                    + (conflicts.size() > CommitRows.MAX_SHOWN ? ", \u2026" : "")), conflicts);
        }
        for (Map.Entry<JoinTable, List<Object[]>> joined : rows.joinRows.entrySet()) {
            Database.batch(connection, joined.getKey().insert(), joined.getValue());
        }
        if (!rows.deletes.isEmpty()) {
            refuseStoredReferencesToRemoved(connection);
            H2TextIndex.removeAll(connection, rows.deletedIds());
        }
        changeLog.append(connection, sequence, actor, rows.changedIds(), rows.deletedIds());
        return sequence;
    }

    /**
     * A removed object that a stored object still refers to, once everything else is written, would leave that
     * reference pointing nowhere: e.g. a task with a booking of someone else on it, which the person removing the task
     * may not read, so their unit of work could not see the reference.
     */
    private void refuseStoredReferencesToRemoved(Connection connection) throws SQLException {
        String[] removed = rows.deletedIds().toArray(String[]::new);
        Set<EClass> classes = new HashSet<>();
        rows.deleted.forEach(object -> classes.add(object.eClass()));
        for (String sql : mapping.referencesAmong(classes)) {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setObject(1, removed);
                try (ResultSet referring = query.executeQuery()) {
                    if (referring.next()) {
                        EObject target = rows.guarded.get(referring.getString(2));
                        throw new StoreException(NLS.bind(Messages.StillReferred,
                                target == null ? referring.getString(2) : ModelValidator.label(target),
                                referring.getString(1)));
                    }
                }
            }
        }
    }

    /** The ids of containers that someone else removed; the ones still there stay locked until the commit ends. */
    private static List<String> missing(Connection connection, ClassTable table, Set<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(table.lockStored())) {
            query.setObject(1, ids.toArray(new String[0]));
            try (ResultSet stored = query.executeQuery()) {
                while (stored.next()) {
                    found.add(stored.getString(1));
                }
            }
        }
        return ids.stream().filter(id -> !found.contains(id)).toList();
    }

    /** The removed objects that someone else has put something into meanwhile. */
    private List<String> stillContaining(Connection connection) throws SQLException {
        String[] removed = rows.deletedIds().toArray(String[]::new);
        Set<String> containing = new LinkedHashSet<>();
        for (ClassTable table : mapping.classTables()) {
            try (PreparedStatement query = connection.prepareStatement(table.selectParentsAmong())) {
                query.setObject(1, removed);
                try (ResultSet children = query.executeQuery()) {
                    while (children.next()) {
                        containing.add(children.getString(1));
                    }
                }
            }
        }
        return new ArrayList<>(containing);
    }

    private static void collectConflicts(int[] counts, List<Object[]> rows, int idColumn, List<String> conflicts) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                conflicts.add((String) rows.get(i)[idColumn]);
            }
        }
    }
}
