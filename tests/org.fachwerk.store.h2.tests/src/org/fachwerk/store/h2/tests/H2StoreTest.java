package org.fachwerk.store.h2.tests;

import static org.fachwerk.store.contract.SampleDepartment.loadAll;
import static org.fachwerk.store.contract.SampleDepartment.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fachwerk.model.Department;
import org.fachwerk.model.WorkItem;
import org.fachwerk.store.KeptSum;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.contract.BreakMinutes;
import org.fachwerk.store.contract.KeptSumContract;
import org.fachwerk.store.contract.SampleDepartment;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * The H2 store as the workbench uses it: through the OSGi service, on real database files, in another process and
 * on a server. What every store does is in {@link H2StoreContractTest}.
 */
class H2StoreTest {

    @TempDir
    Path directory;

    static StoreService storeService() {
        BundleContext context = FrameworkUtil.getBundle(H2StoreTest.class).getBundleContext();
        StoreService service = context.getService(context.getServiceReference(StoreService.class));
        assertNotNull(service, "the store service is registered by Declarative Services");
        return service;
    }

    @Test
    void anEmbeddedStoreKeepsItsDatabaseFileInTheDataDirectory() {
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            save(store, SampleDepartment.create());
        }
        assertTrue(Files.exists(directory.resolve("fachwerk.mv.db")), "the database file is in the data directory");
    }

    @Test
    void aDatabaseOpenInAnotherProcessIsReportedClearly() throws Exception {
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            save(store, SampleDepartment.create());
        }
        // another program holds the database file open: H2's own shell in a second JVM
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                h2Jar().toString(), "org.h2.tools.Shell", "-url", "jdbc:h2:file:" + directory.resolve("fachwerk"),
                "-user", "fachwerk", "-password", "").redirectErrorStream(true).start();
        try {
            other.getOutputStream().write("SELECT COUNT(*) FROM \"PROJECT\";\n".getBytes());
            other.getOutputStream().flush();
            BufferedReader answer = new BufferedReader(new InputStreamReader(other.getInputStream()));
            StringBuilder read = new StringBuilder();
            for (String line = answer.readLine(); line != null && !line.contains("COUNT"); line = answer.readLine()) {
                read.append(line).append('\n');
            }
            assertTrue(other.isAlive(), "the other process has the database open: " + read);

            StoreException failure = assertThrows(StoreException.class,
                    () -> storeService().open(StoreLocation.embedded(directory)));
            assertTrue(failure.getMessage().contains("already open in another Fachwerk window or process"),
                    failure.getMessage());
            assertTrue(failure.getMessage().contains(directory.toString()), failure.getMessage());
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            assertEquals(1, loadAll(store).size(), "once the other process is gone, the data is there");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsNamed() throws Exception {
        Path belowAFile = Files.createFile(directory.resolve("a-file")).resolve("data");
        StoreException failure = assertThrows(StoreException.class,
                () -> storeService().open(StoreLocation.embedded(belowAFile)));
        assertTrue(failure.getMessage().contains(belowAFile.toString()), failure.getMessage());
    }

    /** The H2 jar the runtime loaded, for a second, independent JVM. */
    private static Path h2Jar() {
        String location = FrameworkUtil.getBundle(org.h2.jdbcx.JdbcConnectionPool.class).getLocation();
        String path = location.substring(location.indexOf("file:") + "file:".length());
        return Path.of(path);
    }

    @Test
    void aDatabaseThatDoesNotFitTheModelIsRefusedOnOpening() throws Exception {
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            save(store, SampleDepartment.create());
        }
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + directory.resolve("fachwerk"));
        database.setUser("fachwerk");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE \"PROJECT\" DROP COLUMN \"GOALS\"");
        }
        StoreException failure = assertThrows(StoreException.class,
                () -> storeService().open(StoreLocation.embedded(directory)));
        assertTrue(failure.getMessage().contains("column PROJECT.GOALS is missing"), failure.getMessage());
    }

    @Test
    void childrenKeepTheOrderOfTheirPositionsAlsoWithGapsBetweenThem() throws Exception {
        Department saved = SampleDepartment.create();
        WorkItem workPackage = saved.getProjects().get(0).getWorkItems().get(0);
        List<String> children = workPackage.getChildren().stream().map(WorkItem::getTitle).toList();
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            save(store, saved);
        }
        // another client may leave gaps: reversed, with one position far beyond the number of children
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + directory.resolve("fachwerk"));
        database.setUser("fachwerk");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"WORK_ITEM\" SET \"POSITION\" = CASE WHEN \"POSITION\" = 0 THEN 50000000"
                    + " ELSE 7 - \"POSITION\" END WHERE \"PARENT_ID\" = '" + workPackage.getId() + "'");
        }
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            List<String> expected = new ArrayList<>(children.subList(1, children.size()));
            Collections.reverse(expected);
            expected.add(children.get(0));
            WorkItem loaded = loadAll(store).get(0).getProjects().get(0).getWorkItems().get(0);
            assertEquals(expected, loaded.getChildren().stream().map(WorkItem::getTitle).toList());
        }
    }

    /**
     * A department's H2 server on loopback, serving a database its administrator created in the directory, for the
     * user fachwerk with the password geheim. The caller stops it.
     */
    static Server departmentServer(Path directory, String database) throws SQLException {
        JdbcDataSource admin = new JdbcDataSource();
        admin.setURL("jdbc:h2:file:" + directory.resolve(database));
        admin.setUser("fachwerk");
        admin.setPassword("geheim");
        admin.getConnection().close();
        return Server.createTcpServer("-tcpPort", "0", "-baseDir", directory.toString()).start();
    }

    @Test
    void aDepartmentServerIsReachedWithUserAndPassword() throws Exception {
        Server server = departmentServer(directory, "bauamt");
        try {
            String address = "localhost:" + server.getPort() + "/bauamt";
            Department saved = SampleDepartment.create();
            try (Store store = storeService().open(StoreLocation.server(address, "fachwerk", "geheim"))) {
                save(store, saved);
            }
            try (Store store = storeService().open(StoreLocation.server(address, "fachwerk", "geheim"))) {
                assertTrue(EcoreUtil.equals(saved, loadAll(store).get(0)));
            }
            StoreException wrongPassword = assertThrows(StoreException.class,
                    () -> storeService().open(StoreLocation.server(address, "fachwerk", "falsch")));
            assertTrue(wrongPassword.getMessage().contains("refused the user name or password"), wrongPassword.getMessage());
            StoreException noDatabase = assertThrows(StoreException.class, () -> storeService()
                    .open(StoreLocation.server("localhost:" + server.getPort() + "/fehlt", "fachwerk", "geheim")));
            assertTrue(noDatabase.getMessage().contains("has no database"), noDatabase.getMessage());
        } finally {
            server.stop();
        }
        StoreException unreachable = assertThrows(StoreException.class, () -> storeService()
                .open(StoreLocation.server("localhost:" + server.getPort() + "/bauamt", "fachwerk", "geheim")));
        assertTrue(unreachable.getMessage().contains("cannot be reached"), unreachable.getMessage());
    }

    @Test
    void aSumRegisteredAsAServiceIsKeptByTheStoresOpenAndThoseOpenedLater() {
        BundleContext context = FrameworkUtil.getBundle(H2StoreTest.class).getBundleContext();
        LocalDate day = KeptSumContract.NIGHT_SHIFT;
        try (Store before = storeService().open(StoreLocation.inMemory("sumBefore"))) {
            Department department = SampleDepartment.create();
            save(before, department);
            assertThrows(IllegalArgumentException.class, () -> before.begin("akoch").sums(BreakMinutes.NAME, day, day));
            ServiceRegistration<KeptSum> registration = context.registerService(KeptSum.class, new BreakMinutes(),
                    null);
            Store after;
            try {
                assertEquals(List.of(new KeptSum.Total(department.getPersons().get(1).getId(), day, 15, 1)),
                        before.begin("akoch").sums(BreakMinutes.NAME, day, day), "a store open when the sum came has built it");
                after = storeService().open(StoreLocation.inMemory("sumAfter"));
                Department other = SampleDepartment.create();
                save(after, other);
                assertEquals(List.of(new KeptSum.Total(other.getPersons().get(1).getId(), day, 15, 1)),
                        after.begin("akoch").sums(BreakMinutes.NAME, day, day), "a store opened later keeps it");
            } finally {
                registration.unregister();
            }
            assertThrows(IllegalArgumentException.class, () -> after.begin("akoch").sums(BreakMinutes.NAME, day, day),
                    "not kept once its service is gone");
            after.close();
        }
    }

    @Test
    void anInMemoryDatabaseIsGoneWhenClosed() {
        try (Store store = storeService().open(StoreLocation.inMemory("gone"))) {
            save(store, SampleDepartment.create());
        }
        try (Store store = storeService().open(StoreLocation.inMemory("gone"))) {
            assertTrue(loadAll(store).isEmpty());
        }
    }
}
