package org.fachwerk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.fachwerk.core.AuditTrail;
import org.fachwerk.core.OrganisationRights;
import org.fachwerk.demo.DemoDepartment;
import org.fachwerk.documents.core.DocumentRights;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Role;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.projects.core.ProjectRights;
import org.fachwerk.store.CommitRule;
import org.fachwerk.store.Query;
import org.fachwerk.store.ReadRule;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.h2.internal.H2StoreService;
import org.fachwerk.timelog.core.ApprovedMonthLock;
import org.fachwerk.timelog.core.BookedWeeks;
import org.fachwerk.timelog.core.BookingRights;
import org.fachwerk.timelog.core.WeeklyHours;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;

/**
 * Measures the store against raw JDBC on the same H2 file database: loading a project graph, committing edited work
 * items, and booked hours per person and week. Each measurement runs the baseline and Fachwerk alternately and
 * reports the medians and their ratio. Run it with {@code ./benchmarks}; arguments: the data directory (a new
 * temporary one when left out), the number of projects, work items, persons, bookings, and the largest project's
 * items.
 */
public final class StoreBenchmark {

    private static final long SEED = 1;
    static final LocalDate TODAY = LocalDate.of(2027, 6, 30);
    private static final int RUNS = 21;
    /** Runs before measuring, so that both sides run compiled code. */
    private static final int WARM_UP = 20;
    private static final int EDITED_ITEMS = 10_000;
    private static final int IMPORT_PART = 100_000;
    /** Loading takes milliseconds: enough runs that the machine's moods even out. */
    private static final int LOAD_RUNS = 201;

    private final List<String> table = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        // H2 answers a repeated query on unchanged data from its previous result; both sides must read every time
        System.setProperty("h2.optimizeReuseResults", "false");
        Path directory = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("fachwerk-benchmark");
        DemoDepartment.Size size = args.length > 1
                ? new DemoDepartment.Size(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                        Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]))
                : DemoDepartment.Size.BENCHMARK;
        new StoreBenchmark().run(directory, size);
    }

    private void run(Path directory, DemoDepartment.Size size) throws Exception {
        System.out.printf("Data: %s; %s%n", directory, size);
        String projectId = generateAndStore(directory, size).getProjects().get(0).getId();
        fileSize(directory);
        // reopened, so that the measurements start from the file as another user's workbench would
        H2StoreService service = storeService();
        Store store = service.open(StoreLocation.embedded(directory));
        JdbcDataSource raw = new JdbcDataSource();
        raw.setURL("jdbc:h2:file:" + directory.resolve("fachwerk") + ";LOCK_TIMEOUT=10000");
        raw.setUser("fachwerk");
        try (Connection connection = raw.getConnection()) {
            heapOfProject(store, projectId); // first, before the other measurements leave caches behind
            workingSet(service, store);
            loadProject(store, connection, projectId, "");
            commitEdits(store, connection);
            commitWithRights(service, store);
            bookedHours(store, connection);
            overTheServer(directory, projectId);
        } finally {
            store.close();
        }
        System.out.println();
        System.out.println("| measurement | baseline | Fachwerk | ratio | target |");
        System.out.println("|---|---|---|---|---|");
        table.forEach(System.out::println);
    }

    /** The stores as a workbench with the time logging module opens them: keeping its weekly sums. */
    static H2StoreService storeService() {
        H2StoreService service = new H2StoreService();
        service.keep(new BookedWeeks());
        return service;
    }

    /**
     * Generates the benchmark department and commits it into a new store in the directory as an import would: the
     * department, then the bookings in parts.
     */
    static Department generateAndStore(Path directory, DemoDepartment.Size size) throws Exception {
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            long start = System.nanoTime();
            Department department = DemoDepartment.create(SEED, TODAY, size);
            System.out.printf(Locale.ROOT, "generated in %.1f s%n", seconds(start));
            start = System.nanoTime();
            List<TimeEntry> bookings = new ArrayList<>(department.getTimeEntries());
            department.getTimeEntries().clear();
            UnitOfWork setup = store.begin("benchmark");
            setup.add(department);
            setup.commit();
            for (int from = 0; from < bookings.size(); from += IMPORT_PART) {
                department.getTimeEntries().addAll(bookings.subList(from, Math.min(bookings.size(), from + IMPORT_PART)));
                setup.commit();
            }
            System.out.printf(Locale.ROOT, "department committed in %.1f s (bookings in parts of %d)%n", seconds(start),
                    IMPORT_PART);
            start = System.nanoTime();
            store.close(); // a store that finds its file mostly unused compacts it here
            System.out.printf(Locale.ROOT, "store closed in %.1f s%n", seconds(start));
            return department;
        }
    }

    /**
     * The database file as the import left it, against the same data fully compacted ({@code fachwerk compact}, in
     * the same run): the store's own compaction on closing should leave at most twice that.
     */
    private void fileSize(Path directory) throws Exception {
        long start = System.nanoTime();
        StoreService.Compaction compaction = storeService().compact(StoreLocation.embedded(directory));
        System.out.printf(Locale.ROOT, "compacted in %.1f s%n", seconds(start));
        table.add(String.format(Locale.ROOT, "| database file after the import vs the same data fully compacted"
                + " | %.1f MB | %.1f MB | %.2fx | <= 2x |", compaction.bytesAfter() / 1e6,
                compaction.bytesBefore() / 1e6, compaction.bytesBefore() / (double) compaction.bytesAfter()));
    }

    /** The same load as a department's workbench does it: through an H2 TCP server, here on loopback. */
    private void overTheServer(Path directory, String projectId) throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", directory.toString()).start();
        String address = "localhost:" + server.getPort() + "/fachwerk";
        try (Store store = storeService().open(StoreLocation.server(address, "fachwerk", ""))) {
            JdbcDataSource raw = new JdbcDataSource();
            raw.setURL("jdbc:h2:tcp://" + address);
            raw.setUser("fachwerk");
            try (Connection connection = raw.getConnection()) {
                loadProject(store, connection, projectId, " over the TCP server");
            }
        } finally {
            server.stop();
        }
    }

    private void loadProject(Store store, Connection connection, String projectId, String how) throws Exception {
        // a hand-written data access layer knows where a project's rows are
        List<String> tables = new ArrayList<>();
        for (String tableName : tables(connection)) {
            if (readAll(connection, "SELECT * FROM \"" + tableName + "\" WHERE \"AGGREGATE_ID\" = ?", projectId,
                    new ArrayList<>()) > 0) {
                tables.add(tableName);
            }
        }
        String graph = "one project graph (" + count(store.begin("benchmark").load(Project.class, projectId))
                + " objects)";
        compare("load " + graph + how + " into EMF vs JDBC reading the same rows", "<= 1.5x", LOAD_RUNS, () -> {
            List<Object[]> rows = new ArrayList<>();
            for (String tableName : tables) {
                readAll(connection, "SELECT * FROM \"" + tableName + "\" WHERE \"AGGREGATE_ID\" = ?", projectId, rows);
            }
            return rows.size();
        }, () -> {
            store.begin("benchmark").load(Project.class, projectId);
            return 0;
        });
        if (how.isEmpty()) {
            compare("load " + graph + " into EMF vs a hand-written JDBC loader linking the same rows", "",
                    LOAD_RUNS, () -> linkedRows(connection, tables, projectId), () -> {
                        store.begin("benchmark").load(Project.class, projectId);
                        return 0;
                    });
        }
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

    /**
     * A project lead's commit of the items of the projects they own, with the modules' rules of who may change what
     * registered (as in the products) against the same commit with none: the same unit of work, the rules added and
     * dropped between the runs.
     */
    private void commitWithRights(H2StoreService service, Store store) throws Exception {
        UnitOfWork look = store.begin("benchmark");
        Project first = look.query(Query.of(Project.class)).get(0);
        String lead = look.query(Query.of(Person.class)).stream()
                .filter(person -> person.getId().equals(first.getOwner().getId())).findFirst().orElseThrow()
                .getLogin();
        UnitOfWork work = store.begin(lead);
        List<WorkItem> items = new ArrayList<>();
        for (Project shallow : work.query(Query.of(Project.class))) {
            if (shallow.getOwner() != null && shallow.getOwner().getId().equals(first.getOwner().getId())
                    && items.size() < EDITED_ITEMS) {
                work.load(Project.class, shallow.getId()).eAllContents().forEachRemaining(o -> {
                    if (o instanceof WorkItem item && items.size() < EDITED_ITEMS) {
                        items.add(item);
                    }
                });
            }
        }
        List<CommitRule> rules = List.of(new ProjectRights(), new BookingRights(), new DocumentRights(),
                new OrganisationRights(), new AuditTrail(), new ApprovedMonthLock());
        double[] effort = { 1 };
        Callable<Integer> edit = () -> {
            effort[0]++;
            for (WorkItem item : items) {
                item.setRemainingEffort(effort[0]);
            }
            return (int) work.commit();
        };
        compare("commit " + items.size() + " edited work items of a project lead, rights checked vs no rules",
                "<= 1.2x", () -> {
                    rules.forEach(service::drop);
                    return edit.call();
                }, () -> {
                    rules.forEach(service::obey);
                    return edit.call();
                });
        rules.forEach(service::drop);
    }

    private void bookedHours(Store store, Connection connection) throws Exception {
        // a year ending on a different day in each run, so that the database cannot answer from a cached result
        int[] run = { 0 };
        compare("booked hours per person and week for a year vs hand-written SQL", "<= 1.2x and <= 200 ms", () -> {
            LocalDate to = TODAY.minusDays(run[0]++ % 7);
            try (PreparedStatement query = connection.prepareStatement("SELECT \"PERSON_ID\", \"DATE\" - (ISO_DAY_OF_WEEK(\"DATE\") - 1) W,"
                    + " SUM(DATEDIFF(MINUTE, \"START\", \"END\") + CASE WHEN \"END\" < \"START\" THEN 1440 ELSE 0 END"
                    + " - COALESCE(\"BREAK_MINUTES\", 0)) FROM \"TIME_ENTRY\" WHERE \"DATE\" BETWEEN ? AND ?"
                    + " GROUP BY \"PERSON_ID\", W ORDER BY \"PERSON_ID\", W")) {
                // the whole weeks, as the store counts them
                query.setObject(1, to.minusYears(1).with(DayOfWeek.MONDAY));
                query.setObject(2, to.with(DayOfWeek.SUNDAY));
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
            LocalDate to = TODAY.minusDays(run[0]++ % 7);
            List<WeeklyHours> hours = BookedWeeks.hoursPerWeek(store.begin("benchmark"), to.minusYears(1), to);
            return hours.size();
        });
    }

    /**
     * A planner's start, with the modules' read rules as in the products: the whole department with every booking
     * (what the workbench loads today) against the working set without the bookings, which views load by person and
     * period; the time of each (three runs, alternately, the medians) and the heap each keeps.
     */
    private void workingSet(H2StoreService service, Store store) {
        List<ReadRule> rules = List.of(new ProjectRights(), new BookingRights(), new DocumentRights());
        rules.forEach(service::restrict);
        String planner = store.begin("benchmark").query(Query.of(Person.class)
                .where(FachwerkPackage.Literals.PERSON__ROLE, Role.PLANNER)).get(0).getLogin();
        double[] whole = new double[3];
        double[] set = new double[3];
        long[] heap = new long[2];
        for (int i = 0; i < 3; i++) {
            long before = usedHeap();
            long start = System.nanoTime();
            List<Department> all = store.begin(planner).loadDepartments();
            whole[i] = millis(start);
            heap[0] = usedHeap() - before;
            Reference.reachabilityFence(all);
            all = null;
            before = usedHeap();
            start = System.nanoTime();
            List<Department> some = store.begin(planner)
                    .loadDepartments(Set.of(FachwerkPackage.Literals.DEPARTMENT__TIME_ENTRIES));
            set[i] = millis(start);
            heap[1] = usedHeap() - before;
            Reference.reachabilityFence(some);
        }
        rules.forEach(service::unrestrict);
        table.add(String.format(Locale.ROOT, "| a planner's department: the whole vs the working set without bookings"
                + " | %.1f ms | %.1f ms | %.2fx | <= 3 s |", median(whole), median(set), median(set) / median(whole)));
        table.add(String.format(Locale.ROOT, "| heap kept: the whole department vs the working set | %.1f MB | %.1f MB"
                + " | %.2fx | <= 200 MB |", heap[0] / 1e6, heap[1] / 1e6, heap[1] / (double) heap[0]));
    }

    /** The heap a loaded project takes: five loads held at once, averaged, so that collector noise matters less. */
    private void heapOfProject(Store store, String projectId) {
        List<Project> held = new ArrayList<>();
        long before = usedHeap();
        for (int i = 0; i < 5; i++) {
            held.add(store.begin("benchmark").load(Project.class, projectId));
        }
        long after = usedHeap();
        table.add(String.format(Locale.ROOT, "| heap after loading the project (%d objects) | | %.1f MB | | |",
                count(held.get(0)), (after - before) / 5 / 1e6));
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Runs both alternately after a warm-up, and records the medians. */
    private void compare(String name, String target, Callable<Integer> baseline, Callable<Integer> fachwerk)
            throws Exception {
        compare(name, target, RUNS, baseline, fachwerk);
    }

    /** Measures both sides alternately: as many runs to warm up as measured ones, then the medians. */
    private void compare(String name, String target, int runs, Callable<Integer> baseline,
            Callable<Integer> fachwerk) throws Exception {
        for (int i = 0; i < Math.max(WARM_UP, runs); i++) {
            baseline.call();
            fachwerk.call();
        }
        double[] base = new double[runs];
        double[] ours = new double[runs];
        for (int i = 0; i < runs; i++) {
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

    /** Reads the rows into memory, one array of column values each, as a hand-written data access layer would. */
    private static int readAll(Connection connection, String sql, String parameter, List<Object[]> into)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            int rows = 0;
            try (ResultSet result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] values = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        values[i] = result.getObject(i + 1);
                    }
                    into.add(values);
                    rows++;
                }
            }
            return rows;
        }
    }

    /**
     * What a hand-written data access layer does to load a project as a graph, without a model: the rows as arrays,
     * each found by its id, the children of each row in position order, single references looked up, the rows of
     * many-valued references looked up at both ends and put in position order per owner.
     */
    private static int linkedRows(Connection connection, List<String> tables, String projectId) throws SQLException {
        Map<String, Object[]> byId = new HashMap<>();
        List<TableRows> read = new ArrayList<>();
        for (String tableName : tables) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM \"" + tableName + "\" WHERE \"AGGREGATE_ID\" = ?")) {
                query.setString(1, projectId);
                try (ResultSet result = query.executeQuery()) {
                    TableRows table = new TableRows(keyColumns(result.getMetaData()), new ArrayList<>());
                    int width = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        Object[] row = new Object[width];
                        for (int i = 0; i < width; i++) {
                            row[i] = result.getObject(i + 1);
                        }
                        table.rows().add(row);
                        if (table.columns()[0] >= 0) {
                            byId.put((String) row[table.columns()[0]], row);
                        }
                    }
                    read.add(table);
                }
            }
        }
        // linked once all rows are read, whatever the order of the tables; a list per parent (or owner) and table,
        // in position order
        int found = 0;
        for (TableRows table : read) {
            int[] columns = table.columns();
            boolean joinTable = columns[0] < 0;
            Map<Object[], List<Object[]>> lists = new IdentityHashMap<>();
            for (Object[] row : table.rows()) {
                Object upId = row[joinTable ? columns[3] : columns[1]];
                Object[] up = upId == null ? null : byId.get((String) upId);
                if (up != null) {
                    lists.computeIfAbsent(up, u -> new ArrayList<>()).add(row);
                }
                if (joinTable) {
                    // people and qualifications are not part of the project: looked up all the same
                    found += byId.get((String) row[columns[4]]) == null ? 0 : 1;
                }
                for (int i = 5; i < columns.length; i++) {
                    if (row[columns[i]] != null && byId.get((String) row[columns[i]]) != null) {
                        found++;
                    }
                }
            }
            int position = columns[2];
            lists.values().forEach(list -> list.sort(Comparator.comparingInt(row -> (Integer) row[position])));
        }
        return byId.size() + found;
    }

    /** The rows read from one table and where its key columns are. */
    private record TableRows(int[] columns, List<Object[]> rows) {
    }

    /** The columns of id, parent, position, owner and target (-1 where missing), then those of single references. */
    private static int[] keyColumns(ResultSetMetaData metaData) throws SQLException {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= metaData.getColumnCount(); i++) {
            names.add(metaData.getColumnName(i));
        }
        List<Integer> columns = new ArrayList<>();
        for (String key : List.of("ID", "PARENT_ID", "POSITION", "OWNER_ID", "TARGET_ID")) {
            columns.add(names.indexOf(key));
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).endsWith("_ID") && !List.of("ROOT_ID", "AGGREGATE_ID", "PARENT_ID", "OWNER_ID",
                    "TARGET_ID").contains(names.get(i))) {
                columns.add(i);
            }
        }
        return columns.stream().mapToInt(Integer::intValue).toArray();
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

    /** The middle of the values: what a run typically took, whatever the collector did in a few. */
    static double median(double[] values) {
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
