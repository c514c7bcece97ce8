package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.KeptSum;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.h2.internal.TableMapping.ClassTable;
import org.fachwerk.store.h2.internal.TableMapping.Where;

/**
 * What one unit of work reads besides objects (the change log, kept sums, the full-text index), narrowed by the same
 * read rules as its loads: ids of objects its person may not read, and sums of groups they may not read, never leave
 * the store. Nothing is narrowed for a person no rule restricts.
 */
final class ScopedReads {

    private final Database database;
    private final TableMapping mapping;
    private final ReadRules reads;
    private final ChangeLog changeLog;
    private final KeptSums keptSums;
    private final String actor;
    /** Whether an object with the id is loaded in the unit of work, as itself or as a placeholder. */
    private final Predicate<String> loaded;

    ScopedReads(Database database, TableMapping mapping, ReadRules reads, ChangeLog changeLog, KeptSums keptSums,
            String actor, Predicate<String> loaded) {
        this.database = database;
        this.mapping = mapping;
        this.reads = reads;
        this.changeLog = changeLog;
        this.keptSums = keptSums;
        this.actor = actor;
        this.loaded = loaded;
    }

    /** What the person may read, asked of the read rules on the read's connection. */
    ReadRules.Visibility visibility(Connection connection) {
        return reads.visibility(mapping, new StoredRows(connection, mapping, actor));
    }

    /** Whether a read rule hides anything from the person. */
    boolean restricted() {
        return database.read(connection -> visibility(connection).restrictsAny(mapping.classTables()));
    }

    /** The commits after the sequence, with only what the person may know of; see UnitOfWork#changesSince. */
    List<ChangeSet> changesSince(long sequence) {
        return database.read(connection -> {
            List<ChangeSet> all = changeLog.since(connection, sequence);
            ReadRules.Visibility visibility = visibility(connection);
            if (!visibility.restrictsAny(mapping.classTables())) {
                return all;
            }
            Set<String> written = new HashSet<>();
            all.forEach(change -> written.addAll(change.changedIds()));
            Set<String> readable = readable(connection, visibility, written);
            List<ChangeSet> known = new ArrayList<>();
            for (ChangeSet change : all) {
                Set<String> changed = only(change.changedIds(), readable::contains);
                Set<String> deleted = only(change.deletedIds(), loaded);
                if (!changed.isEmpty() || !deleted.isEmpty()) {
                    known.add(new ChangeSet(change.sequence(), change.actor(), change.committed(), changed, deleted));
                }
            }
            return known;
        });
    }

    private static Set<String> only(Set<String> ids, Predicate<String> kept) {
        Set<String> left = new LinkedHashSet<>();
        for (String id : ids) {
            if (kept.test(id)) {
                left.add(id);
            }
        }
        return left;
    }

    /** The sum in the groups the person may read. */
    List<KeptSum.Total> sums(String name, LocalDate from, LocalDate to) {
        return keptSums.totals(database, name, from, to, this::readableGroups);
    }

    /**
     * The condition on the sum's rows that their group is an object the person may read, and one of the sum's
     * readable groups; null when they read every group.
     */
    private Where readableGroups(Connection connection, KeptSum sum) {
        StoredRows stored = new StoredRows(connection, mapping, actor);
        ReadRules.Visibility visibility = reads.visibility(mapping, stored);
        Where readable = mapping.visible(sum.readable(stored));
        List<String> selects = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        boolean every = true;
        for (ClassTable table : mapping.classTables()) {
            if (sum.grouped().isSuperTypeOf(table.eClass())) {
                Where where = Where.both(visibility.where(table), readable);
                every &= where == null;
                selects.add(table.selectIds(where == null ? null : where.condition()));
                if (where != null) {
                    parameters.addAll(List.of(where.parameters()));
                }
            }
        }
        return every ? null : new Where("\"GROUP_ID\" IN (" + String.join(" UNION ALL ", selects) + ")",
                parameters.toArray());
    }

    /** The ids among these of objects the person may read; all of them when nothing is hidden from the person. */
    Set<String> readable(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return database.read(connection -> {
            ReadRules.Visibility visibility = visibility(connection);
            return visibility.restrictsAny(mapping.classTables()) ? readable(connection, visibility, ids)
                    : new HashSet<>(ids);
        });
    }

    /** Whether the id is of a stored object hidden from the person. */
    boolean hidden(String id) {
        return database.read(connection -> {
            ReadRules.Visibility visibility = visibility(connection);
            return visibility.restrictsAny(mapping.classTables())
                    && !readable(connection, visibility, List.of(id)).contains(id)
                    && !readable(connection, ReadRules.Visibility.EVERYTHING, List.of(id)).isEmpty();
        });
    }

    /**
     * Refuses an id of a stored object hidden from the person, with the message (bound to the person's login and the
     * id); one that is not stored (yet, or any more) passes.
     */
    void refuseHidden(String id, String message) {
        if (hidden(id)) {
            throw new StoreException(NLS.bind(message, actor, id));
        }
    }

    /** The ids among these of stored objects that the visibility lets pass, one query per table. */
    private Set<String> readable(Connection connection, ReadRules.Visibility visibility, Collection<String> ids)
            throws SQLException {
        Object[] among = { ids.toArray(new String[0]) };
        Set<String> found = new HashSet<>();
        for (ClassTable table : mapping.classTables()) {
            Where where = Where.both(new Where(TableMapping.idIn(), among), visibility.where(table));
            try (PreparedStatement query = connection.prepareStatement(table.selectIds(where.condition()))) {
                for (int i = 0; i < where.parameters().length; i++) {
                    query.setObject(i + 1, where.parameters()[i]);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
        }
        return found;
    }
}
