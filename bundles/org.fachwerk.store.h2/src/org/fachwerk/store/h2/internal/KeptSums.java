package org.fachwerk.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.Entity;
import org.fachwerk.store.KeptSum;
import org.fachwerk.store.h2.internal.TableMapping.ClassTable;
import org.fachwerk.store.h2.internal.TableMapping.Where;

/**
 * The sums a store keeps, in the table KEPT_SUM (one row per sum, group and day), and KEPT_SUM_BUILT, which names
 * the sums whose rows are complete: built from the stored objects and updated by every commit since. A commit that
 * writes objects of a summed class without updating that sum (a store that does not keep it) takes it out of
 * KEPT_SUM_BUILT, so that a store keeping it builds it again before it is read or updated.
 */
final class KeptSums {

    /** Objects read at once when a sum is built; enough to be quick, few enough for any heap. */
    private static final int OBJECTS_PER_READ = 10_000;

    /** One place of one sum. */
    record Place(String name, KeptSum.Key key) {
    }

    private final TableMapping mapping;
    private final ChangeLog changeLog;
    /** By name. */
    private final Map<String, KeptSum> kept = new LinkedHashMap<>();

    KeptSums(TableMapping mapping, ChangeLog changeLog) {
        this.mapping = mapping;
        this.changeLog = changeLog;
    }

    /**
     * Keeps the sum from now on, building it first where the database does not have it complete.
     *
     * @throws IllegalArgumentException when another sum of that name is kept
     */
    void keep(Database database, KeptSum sum) {
        synchronized (kept) {
            KeptSum other = kept.putIfAbsent(sum.name(), sum);
            if (other != null && other != sum) {
                throw new IllegalArgumentException("Two sums are named " + sum.name());
            }
        }
        // kept before it is built: a commit prepared in between updates it, or finds it incomplete and builds it
        database.write(connection -> {
            buildIfIncomplete(connection, sum);
            return null;
        });
    }

    /** Stops keeping the sum; the next commit writing its objects marks it incomplete. */
    void forget(KeptSum sum) {
        synchronized (kept) {
            kept.remove(sum.name(), sum);
        }
    }

    /** The sums kept now, for one commit to update. */
    List<KeptSum> now() {
        synchronized (kept) {
            return List.copyOf(kept.values());
        }
    }

    /** Which of a sum's groups one read may see, as a condition on the rows of KEPT_SUM; null for all. */
    interface Groups {
        Where of(Connection connection, KeptSum sum) throws SQLException;
    }

    /**
     * What the sum holds on the days from {@code from} to {@code to} in the groups given; built first when it is
     * incomplete.
     */
    List<KeptSum.Total> totals(Database database, String name, LocalDate from, LocalDate to, Groups groups) {
        KeptSum sum;
        synchronized (kept) {
            sum = kept.get(name);
        }
        if (sum == null) {
            throw new IllegalArgumentException("The store keeps no sum named " + name);
        }
        List<KeptSum.Total> totals = database.read(connection -> isBuilt(connection, sum)
                ? read(connection, name, from, to, groups.of(connection, sum)) : null);
        if (totals != null) {
            return totals;
        }
        return database.write(connection -> {
            buildIfIncomplete(connection, sum);
            return read(connection, name, from, to, groups.of(connection, sum));
        });
    }

    /** Builds the sum unless it is complete, once the commits under way are written and while no other can be. */
    private void buildIfIncomplete(Connection connection, KeptSum sum) throws SQLException {
        changeLog.lock(connection);
        if (!isBuilt(connection, sum)) {
            build(connection, sum);
        }
    }

    private static List<KeptSum.Total> read(Connection connection, String name, LocalDate from, LocalDate to,
            Where groups) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT \"GROUP_ID\", \"DAY\", \"TOTAL\", \"COUNT\""
                + " FROM \"KEPT_SUM\" WHERE \"NAME\" = ? AND \"DAY\" BETWEEN ? AND ? AND \"COUNT\" > 0"
                + (groups == null ? "" : " AND (" + groups.condition() + ")") + " ORDER BY \"GROUP_ID\", \"DAY\"")) {
            query.setString(1, name);
            query.setObject(2, from);
            query.setObject(3, to);
            for (int i = 0; groups != null && i < groups.parameters().length; i++) {
                query.setObject(i + 4, groups.parameters()[i]);
            }
            List<KeptSum.Total> totals = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    totals.add(new KeptSum.Total(rows.getString(1), rows.getObject(2, LocalDate.class),
                            rows.getLong(3), rows.getInt(4)));
                }
            }
            return totals;
        }
    }

    /** The names of the complete sums in the database, with the names of the classes they sum. */
    static Map<String, String> built(Connection connection) throws SQLException {
        Map<String, String> built = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT \"NAME\", \"CLASS_NAME\" FROM \"KEPT_SUM_BUILT\""); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                built.put(rows.getString(1), rows.getString(2));
            }
        }
        return built;
    }

    private static boolean isBuilt(Connection connection, KeptSum sum) throws SQLException {
        return sum.summed().getName().equals(built(connection).get(sum.name()));
    }

    /** Takes sums out of the complete ones: their rows may miss what the commit writes. */
    static void markIncomplete(Connection connection, List<String> names) throws SQLException {
        Database.batch(connection, "DELETE FROM \"KEPT_SUM_BUILT\" WHERE \"NAME\" = ?",
                names.stream().map(name -> new Object[] { name }).toList());
    }

    /**
     * Computes the sum anew from the stored objects of its class, in parts; for a transaction that holds the change
     * log's lock, so that no commit writes objects meanwhile.
     */
    void build(Connection connection, KeptSum sum) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM \"KEPT_SUM\" WHERE \"NAME\" = ?")) {
            delete.setString(1, sum.name());
            delete.executeUpdate();
        }
        Map<Place, long[]> totals = new HashMap<>();
        for (ClassTable table : mapping.classTables()) {
            if (!sum.summed().isSuperTypeOf(table.eClass())) {
                continue;
            }
            String after = "";
            for (List<EObject> objects = stored(connection, table, after); !objects.isEmpty(); objects = stored(
                    connection, table, after)) {
                for (EObject object : objects) {
                    count(sum, object, 1, totals);
                }
                after = ((Entity) objects.get(objects.size() - 1)).getId();
            }
        }
        add(connection, totals);
        try (PreparedStatement record = connection.prepareStatement(
                "MERGE INTO \"KEPT_SUM_BUILT\" KEY (\"NAME\") VALUES (?, ?, CURRENT_TIMESTAMP)")) {
            record.setString(1, sum.name());
            record.setString(2, sum.summed().getName());
            record.executeUpdate();
        }
    }

    /** The next stored objects of the table after an id, in the order of their ids. */
    private static List<EObject> stored(Connection connection, ClassTable table, String after) throws SQLException {
        RowReader reader = new RowReader(new LoadedRows(), false);
        reader.readRows(connection, table, TableMapping.idsAfter(OBJECTS_PER_READ), after);
        reader.link();
        return reader.matched();
    }

    /**
     * Counts the object where it counts, with the sign given: 1 for its new state, -1 for its old one.
     */
    static void count(KeptSum sum, EObject object, int sign, Map<Place, long[]> totals) {
        KeptSum.Key key = sum.keyOf(object);
        if (key != null) {
            long[] total = totals.computeIfAbsent(new Place(sum.name(), key), k -> new long[2]);
            total[0] += sign * sum.valueOf(object);
            total[1] += sign;
        }
    }

    /** Adds the totals and counts to the rows of their places, in one batch. */
    static void add(Connection connection, Map<Place, long[]> totals) throws SQLException {
        List<Object[]> rows = new ArrayList<>(totals.size());
        totals.forEach((place, total) -> {
            if (total[0] != 0 || total[1] != 0) {
                rows.add(new Object[] { place.name(), place.key().group(), place.key().day(), total[0],
                        (int) total[1] });
            }
        });
        Database.batch(connection, "MERGE INTO \"KEPT_SUM\" T USING (SELECT CAST(? AS VARCHAR) \"NAME\","
                + " CAST(? AS VARCHAR) \"GROUP_ID\", CAST(? AS DATE) \"DAY\", CAST(? AS BIGINT) \"TOTAL\","
                + " CAST(? AS INTEGER) \"COUNT\") S ON T.\"NAME\" = S.\"NAME\" AND T.\"GROUP_ID\" = S.\"GROUP_ID\""
                + " AND T.\"DAY\" = S.\"DAY\" WHEN MATCHED THEN UPDATE SET \"TOTAL\" = T.\"TOTAL\" + S.\"TOTAL\","
                + " \"COUNT\" = T.\"COUNT\" + S.\"COUNT\" WHEN NOT MATCHED THEN INSERT VALUES (S.\"NAME\","
                + " S.\"GROUP_ID\", S.\"DAY\", S.\"TOTAL\", S.\"COUNT\")", rows);
    }
}
