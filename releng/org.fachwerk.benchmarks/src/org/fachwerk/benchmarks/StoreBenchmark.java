package org.fachwerk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.fachwerk.core.DemoDepartment;
import org.fachwerk.model.Department;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.store.Query;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.WeeklyHours;
import org.fachwerk.store.h2.internal.H2StoreService;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Measures the store against raw JDBC on the same H2 file database: loading a project graph, committing edited work
 * items, and booked hours per person and week. Each measurement runs the baseline and Fachwerk alternately and
 * reports the medians and their ratio. Run it with {@code ./benchmarks}; arguments: the data directory (a new
 * temporary one when left out), the number of projects, work items, persons, bookings, and the largest project's
 * items.
 */
public final class StoreBenchmark {

    private static final long SEED = 1;
    private static final LocalDate TODAY = LocalDate.of(2027, 6, 30);
    private static final int RUNS = 7;
    private static final int EDITED_ITEMS = 10_000;

    private final List<String> table = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path directory = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("fachwerk-benchmark");
        DemoDepartment.Size size = args.length > 1
                ? new DemoDepartment.Size(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                        Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]))
                : DemoDepartment.Size.BENCHMARK;
        new StoreBenchmark().run(directory, size);
    }

    private void run(Path directory, DemoDepartment.Size size) throws Exception {
        System.out.printf("Data: %s; %s%n", directory, size);
        Store store = new H2StoreService().open(StoreLocation.embedded(directory));
        String projectId;
        try {
            long start = System.nanoTime();
            Department department = DemoDepartment.create(SEED, TODAY, size);
            System.out.printf(Locale.ROOT, "generated in %.1f s%n", seconds(start));
            start = System.nanoTime();
            UnitOfWork setup = store.begin("benchmark");
            setup.add(department);
            setup.commit();
            System.out.printf(Locale.ROOT, "first commit of the whole department in %.1f s%n", seconds(start));
            projectId = department.getProjects().get(0).getId();
        } finally {
            store.close();
        }
        // reopened, so that the measurements start from the file as another user's workbench would
        store = new H2StoreService().open(StoreLocation.embedded(directory));
        JdbcDataSource raw = new JdbcDataSource();
        raw.setURL("jdbc:h2:file:" + directory.resolve("fachwerk") + ";LOCK_TIMEOUT=10000");
        raw.setUser("fachwerk");
        try (Connection connection = raw.getConnection()) {
            Store fachwerk = store;
            loadProject(fachwerk, connection, projectId);
            commitEdits(fachwerk, connection);
            bookedHours(fachwerk, connection);
            heapOfProject(fachwerk, projectId);
        } finally {
            store.close();
        }
        System.out.println();
        System.out.println("| measurement | baseline | Fachwerk | ratio | target |");
        System.out.println("|---|---|---|---|---|");
        table.forEach(System.out::println);
    }

    private void loadProject(Store store, Connection connection, String projectId) throws Exception {
        int[] items = new int[1];
        compare("load one project graph into EMF vs JDBC reading the same rows", "<= 1.5x", () -> {
            int rows = 0;
            for (String tableName : tables(connection)) {
                rows += readAll(connection, "SELECT * FROM \"" + tableName + "\" WHERE \"AGGREGATE_ID\" = ?", projectId);
            }
            return rows;
        }, () -> {
            Project project = store.begin("benchmark").load(Project.class, projectId);
            items[0] = (int) count(project);
            return items[0];
        });
        table.set(table.size() - 1, table.get(table.size() - 1).replace("project graph", "project graph ("
                + items[0] + " objects)"));
    }

    private static long count(Project project) {
        long[] count = { 1 };
        project.eAllContents().forEachRemaining(o -> count[0]++);
        return count[0];
    }

    private void commitEdits(Store store, Connection connection) throws Exception {
        UnitOfWork work = store.begin("benchmark");
        List<WorkItem> items = new ArrayList<>();
        for (Project shallow : work.query(Query.of(Project.class))) {
            Project project = work.load(Project.class, shallow.getId());
            project.eAllContents().forEachRemaining(o -> {
                if (o instanceof WorkItem item && items.size() < EDITED_ITEMS) {
                    items.add(item);
                }
            });
            if (items.size() >= EDITED_ITEMS) {
                break;
            }
        }
        double[] effort = { 1 };
        compare("commit " + items.size() + " edited work items vs a JDBC batch update", "<= 1.5x", () -> {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE \"WORK_ITEM\" SET \"REMAINING_EFFORT\" = ? WHERE \"ID\" = ?")) {
                effort[0]++;
                for (WorkItem item : items) {
                    update.setDouble(1, effort[0]);
                    update.setString(2, item.getId());
                    update.addBatch();
                }
                int updated = Arrays.stream(update.executeBatch()).sum();
                connection.commit();
                return updated;
            } finally {
                connection.setAutoCommit(true);
            }
        }, () -> {
            effort[0]++;
            for (WorkItem item : items) {
                item.setRemainingEffort(effort[0]);
            }
            return (int) work.commit();
        });
    }

    private void bookedHours(Store store, Connection connection) throws Exception {
        LocalDate from = TODAY.minusYears(1);
        compare("booked hours per person and week for a year vs hand-written SQL", "<= 1.2x and <= 200 ms", () -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT \"PERSON_ID\", \"DATE\" - (ISO_DAY_OF_WEEK(\"DATE\") - 1) W,"
                    + " SUM(DATEDIFF(MINUTE, \"START\", \"END\") + CASE WHEN \"END\" < \"START\" THEN 1440 ELSE 0 END"
                    + " - COALESCE(\"BREAK_MINUTES\", 0)) FROM \"TIME_ENTRY\" WHERE \"DATE\" BETWEEN ? AND ?"
                    + " GROUP BY \"PERSON_ID\", W ORDER BY \"PERSON_ID\", W")) {
                query.setObject(1, from);
                query.setObject(2, TODAY);
                int rows = 0;
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        result.getString(1);
                        result.getObject(2, LocalDate.class);
                        result.getLong(3);
                        rows++;
                    }
                }
                return rows;
            }
        }, () -> {
            List<WeeklyHours> hours = store.bookedHoursPerWeek(from, TODAY);
            return hours.size();
        });
    }

    private void heapOfProject(Store store, String projectId) {
        Runtime runtime = Runtime.getRuntime();
        long before = usedHeap(runtime);
        Project project = store.begin("benchmark").load(Project.class, projectId);
        long after = usedHeap(runtime);
        table.add(String.format(Locale.ROOT, "| heap after loading the project (%d objects) | | %.1f MB | | |",
                count(project), (after - before) / 1e6));
    }

    private static long usedHeap(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Runs both alternately after a warm-up, and records the medians. */
    private void compare(String name, String target, Callable<Integer> baseline, Callable<Integer> fachwerk)
            throws Exception {
        for (int i = 0; i < 2; i++) {
            baseline.call();
            fachwerk.call();
        }
        double[] base = new double[RUNS];
        double[] ours = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            baseline.call();
            base[i] = millis(start);
            start = System.nanoTime();
            fachwerk.call();
            ours[i] = millis(start);
        }
        double b = median(base);
        double f = median(ours);
        String line = String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.2fx | %s |", name, b, f, f / b, target);
        System.out.println(line);
        table.add(line);
    }

    private static int readAll(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            int rows = 0;
            try (ResultSet result = query.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                Object[] values = new Object[meta.getColumnCount()];
                while (result.next()) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = result.getObject(i + 1);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = 'AGGREGATE_ID'");
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
