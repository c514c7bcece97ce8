package org.fachwerk.store.h2.tests;

import static org.fachwerk.store.contract.SampleDepartment.loadAll;
import static org.fachwerk.store.contract.SampleDepartment.save;
import static org.fachwerk.store.h2.tests.H2StoreTest.storeService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fachwerk.model.Department;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.contract.ConcurrencyContract;
import org.fachwerk.store.contract.SampleDepartment;
import org.fachwerk.store.h2.internal.H2StoreService;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Units of work as several users at a department's server experience them. */
class UnitOfWorkTest {

    @TempDir
    Path directory;

    @Test
    void twoUsersOnOneServerChangeTheSameProjectOneWinsTheOtherKeepsHisChangesAndLosesNothing() throws Exception {
        Server server = H2StoreTest.departmentServer(directory, "amt");
        String address = "localhost:" + server.getPort() + "/amt";
        // the store's own behaviour, as the contract states it: without the modules' rules of who may change what
        try (Store annasStore = new H2StoreService().open(StoreLocation.server(address, "fachwerk", "geheim"));
                Store berndsStore = new H2StoreService().open(StoreLocation.server(address, "fachwerk", "geheim"))) {
            ConcurrencyContract.twoPeopleChangeTheSameProject(annasStore, berndsStore);
        } finally {
            server.stop();
        }
    }

    @Test
    void aCommitInterruptedByAKilledProcessLeavesOnlyWholeCommits() throws Exception {
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            save(store, SampleDepartment.create());
        }
        String classPath = String.join(File.pathSeparator, LargeCommit.classPath());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classPath, LargeCommit.class.getName(), directory.toString(), "200000").redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream()));
        StringBuilder said = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            said.append(line).append('\n');
            if (line.equals(LargeCommit.COMMITTING)) {
                break;
            }
        }
        assertTrue(said.toString().contains(LargeCommit.COMMITTING), said.toString());
        Thread.sleep(700); // well inside the commit of 200,000 bookings
        assertTrue(child.isAlive(), "the program is still committing when it is killed");
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            List<Department> departments = loadAll(store);
            if (departments.size() > 1) {
                assertEquals(2, departments.size(), "the commit finished before the kill, so it is there whole");
                assertEquals(200_000, departments.get(1).getTimeEntries().size());
            } else {
                assertEquals(1, departments.size(), "nothing of the interrupted commit is there");
                assertEquals(1, store.lastSequence());
            }
            assertFalse(departments.get(0).getProjects().isEmpty(), "the earlier commit is intact");
        }
    }

    @Test
    void everyAcknowledgedCommitIsThereAfterTheProcessIsKilled() throws Exception {
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            save(store, SampleDepartment.create());
        }
        int before;
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            before = loadAll(store).get(0).getTimeEntries().size();
        }
        String classPath = String.join(File.pathSeparator, LargeCommit.classPath());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classPath, AcknowledgedCommits.class.getName(), directory.toString()).redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream()));
        int acknowledged = 0;
        StringBuilder said = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            said.append(line).append('\n');
            if (line.startsWith(AcknowledgedCommits.ACKNOWLEDGED)) {
                acknowledged = Integer.parseInt(line.substring(AcknowledgedCommits.ACKNOWLEDGED.length()));
                if (acknowledged == 40) {
                    break;
                }
            }
        }
        assertEquals(40, acknowledged, said.toString());
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, right after the acknowledgement
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            List<String> comments = loadAll(store).get(0).getTimeEntries().stream()
                    .map(entry -> entry.getComment()).toList();
            for (int i = 1; i <= acknowledged; i++) {
                assertTrue(comments.contains("Buchung " + i), "acknowledged commit " + i + " is there");
            }
            assertTrue(comments.size() >= before + acknowledged);
        }
    }
}
