package org.fachwerk.store.h2.tests;

import static org.fachwerk.store.h2.tests.H2StoreTest.loadAll;
import static org.fachwerk.store.h2.tests.H2StoreTest.sampleDepartment;
import static org.fachwerk.store.h2.tests.H2StoreTest.save;
import static org.fachwerk.store.h2.tests.H2StoreTest.storeService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.ConflictException;
import org.fachwerk.store.Query;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.UnitOfWork;
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
        try (Store annasStore = storeService().open(StoreLocation.server(address, "fachwerk", "geheim"));
                Store berndsStore = storeService().open(StoreLocation.server(address, "fachwerk", "geheim"))) {
            save(annasStore, sampleDepartment());
            UnitOfWork anna = annasStore.begin("akoch");
            UnitOfWork bernd = berndsStore.begin("bschulz");
            Project annasProject = anna.loadDepartments().get(0).getProjects().get(0);
            Department berndsDepartment = bernd.loadDepartments().get(0);
            Project berndsProject = berndsDepartment.getProjects().get(0);

            annasProject.setName("Gewerbeanmeldung online");
            long annasCommit = anna.commit();
            berndsProject.setName("Gewerbe digital");
            berndsDepartment.getPersons().get(1).setFirstName("Bernhard");

            ConflictException conflict = assertThrows(ConflictException.class, bernd::commit);
            assertEquals(List.of(berndsProject.getId()), conflict.conflictingIds());
            assertTrue(conflict.getMessage().contains("Project ORD-7"), conflict.getMessage());
            assertTrue(bernd.hasChanges(), "Bernd's changes are kept");
            assertEquals("Gewerbe digital", berndsProject.getName());
            Department stored = loadAll(annasStore).get(0);
            assertEquals("Gewerbeanmeldung online", stored.getProjects().get(0).getName(), "Anna's commit stands");
            assertEquals("Bernd", stored.getPersons().get(1).getFirstName(), "nothing of Bernd's commit was written");

            bernd.refresh(berndsProject);
            assertEquals("Gewerbeanmeldung online", berndsProject.getName(), "Bernd sees Anna's name now");
            long berndsCommit = bernd.commit();
            stored = loadAll(berndsStore).get(0);
            assertEquals("Gewerbeanmeldung online", stored.getProjects().get(0).getName());
            assertEquals("Bernhard", stored.getPersons().get(1).getFirstName(), "Bernd's other change is written");

            List<ChangeSet> changes = annasStore.changesSince(annasCommit - 1);
            assertEquals(List.of(annasCommit, berndsCommit), changes.stream().map(ChangeSet::sequence).toList());
            assertEquals("akoch", changes.get(0).actor());
            assertEquals(Set.of(annasProject.getId()), changes.get(0).changedIds());
            assertEquals("bschulz", changes.get(1).actor());
            assertEquals(Set.of(berndsDepartment.getPersons().get(1).getId()), changes.get(1).changedIds());
            assertEquals(berndsCommit, berndsStore.lastSequence());
        } finally {
            server.stop();
        }
    }

    @Test
    void aRemovalOfAnObjectSomeoneElseChangedIsAConflictAndTheChangeLogNamesRemovals() {
        try (Store store = storeService().open(StoreLocation.inMemory("removal"))) {
            save(store, sampleDepartment());
            UnitOfWork first = store.begin("akoch");
            UnitOfWork second = store.begin("bschulz");
            Department mine = first.loadDepartments().get(0);
            Department theirs = second.loadDepartments().get(0);
            theirs.getTimeEntries().get(0).setComment("korrigiert");
            second.commit();
            mine.getTimeEntries().remove(0);
            ConflictException conflict = assertThrows(ConflictException.class, first::commit);
            assertTrue(conflict.getMessage().contains("TimeEntry"), conflict.getMessage());
            assertEquals("korrigiert", loadAll(store).get(0).getTimeEntries().get(0).getComment(),
                    "the other person's change stands");
        }
        try (Store store = storeService().open(StoreLocation.inMemory("removal2"))) {
            save(store, sampleDepartment());
            UnitOfWork work = store.begin("akoch");
            Department department = work.loadDepartments().get(0);
            TimeEntry entry = department.getTimeEntries().get(0);
            long before = store.lastSequence();
            department.getTimeEntries().remove(entry);
            work.commit();
            ChangeSet change = store.changesSince(before).get(0);
            assertEquals(Set.of(entry.getId()), change.deletedIds());
            assertTrue(loadAll(store).get(0).getTimeEntries().isEmpty());
        }
    }

    @Test
    void addingToAPackageSomeoneElseRemovedOrRemovingOneSomeoneElseAddedToIsAConflictEitherWay() {
        for (boolean removalFirst : new boolean[] { true, false }) {
            try (Store store = storeService().open(StoreLocation.inMemory("containers" + removalFirst))) {
                save(store, sampleDepartment());
                UnitOfWork adding = store.begin("akoch");
                UnitOfWork removing = store.begin("bschulz");
                WorkItem analysis = adding.loadDepartments().get(0).getProjects().get(0).getWorkItems().get(0);
                Department theirs = removing.loadDepartments().get(0);
                theirs.getTimeEntries().get(0).setTask(null); // nothing else may refer to what goes
                theirs.getDocuments().get(0).setTask(null);
                theirs.getRunningTimers().get(0).setTask(null);
                theirs.getProjects().get(0).getWorkItems().remove(0);
                WorkItem task = org.fachwerk.model.FachwerkFactory.eINSTANCE.createWorkItem();
                task.setTitle("Neue Aufgabe");
                analysis.getChildren().add(task);
                UnitOfWork first = removalFirst ? removing : adding;
                UnitOfWork second = removalFirst ? adding : removing;
                first.commit();
                ConflictException conflict = assertThrows(ConflictException.class, second::commit);
                assertEquals(List.of(analysis.getId()), conflict.conflictingIds());
                assertTrue(conflict.getMessage().contains("WorkItem Analyse"), conflict.getMessage());
                // nothing points at a package that is gone: the department still loads
                Department stored = loadAll(store).get(0);
                assertEquals(removalFirst ? 0 : 1, stored.getProjects().get(0).getWorkItems().size());
            }
        }
    }

    @Test
    void aTaskMovedToAnotherProjectKeepsItsAssigneesAndChildren() {
        try (Store store = storeService().open(StoreLocation.inMemory("move"))) {
            Department department = sampleDepartment();
            Project other = org.fachwerk.model.FachwerkFactory.eINSTANCE.createProject();
            other.setKey("ORD-8");
            other.setName("Zweites Projekt");
            department.getProjects().add(other);
            UnitOfWork work = save(store, department);
            WorkItem moved = department.getProjects().get(0).getWorkItems().get(0).getChildren().get(1); // has a subtask
            other.getWorkItems().add(moved);
            work.commit();

            Project loaded = store.begin("check").load(Project.class, other.getId());
            WorkItem arrived = loaded.getWorkItems().get(0);
            assertEquals("Aufgabe 2", arrived.getTitle());
            assertEquals(2, arrived.getAssignees().size(), "its assignees come along");
            assertEquals("Unteraufgabe", arrived.getChildren().get(0).getTitle(), "its subtask comes along");
            assertEquals(List.of("Aufgabe 1", "Aufgabe 3"), store.begin("check").load(Project.class,
                    department.getProjects().get(0).getId()).getWorkItems().get(0).getChildren().stream()
                    .map(WorkItem::getTitle).toList());
        }
    }

    @Test
    void refreshingAnObjectSomeoneElseRemovedRemovesItHere() {
        try (Store store = storeService().open(StoreLocation.inMemory("refresh"))) {
            save(store, sampleDepartment());
            UnitOfWork mine = store.begin("akoch");
            UnitOfWork theirs = store.begin("bschulz");
            Department department = mine.loadDepartments().get(0);
            Department other = theirs.loadDepartments().get(0);
            other.getTimeEntries().remove(0);
            theirs.commit();
            TimeEntry entry = department.getTimeEntries().get(0);
            entry.setComment("meins");
            ConflictException conflict = assertThrows(ConflictException.class, mine::commit);
            assertEquals(List.of(entry.getId()), conflict.conflictingIds());
            mine.refresh(entry);
            assertTrue(department.getTimeEntries().isEmpty(), "the removed booking is gone here too");
            assertFalse(mine.hasChanges(), "nothing of it is pending");
        }
    }

    @Test
    void aProjectLoadsByIdWithItsWholeTreeAndPlaceholdersForPeople() {
        try (Store store = storeService().open(StoreLocation.inMemory("graph"))) {
            Department saved = sampleDepartment();
            save(store, saved);
            Project savedProject = saved.getProjects().get(0);
            UnitOfWork work = store.begin("akoch");
            Project project = work.load(Project.class, savedProject.getId());
            assertTrue(sameStructure(savedProject, project), "the whole tree is loaded");
            WorkItem analysis = project.getWorkItems().get(0);
            assertEquals(List.of("Aufgabe 1", "Aufgabe 2", "Aufgabe 3"),
                    analysis.getChildren().stream().map(WorkItem::getTitle).toList());
            assertEquals("Unteraufgabe", analysis.getChildren().get(1).getChildren().get(0).getTitle());
            Person owner = project.getOwner();
            assertTrue(owner.eIsProxy(), "people are not part of the project graph");
            assertEquals(savedProject.getOwner().getId(), owner.getId());
            assertSame(project, work.load(Project.class, savedProject.getId()), "loaded once per unit of work");
            assertSame(analysis, work.load(WorkItem.class, analysis.getId()));

            // a change in the project graph alone is written like any other
            WorkItem task = analysis.getChildren().get(0);
            task.setStatus(WorkItemStatus.DONE);
            WorkItem added = org.fachwerk.model.FachwerkFactory.eINSTANCE.createWorkItem();
            added.setTitle("Aufgabe 4");
            added.getAssignees().add(owner);
            analysis.getChildren().add(0, added);
            work.commit();
            Project reloaded = loadAll(store).get(0).getProjects().get(0);
            WorkItem reloadedAnalysis = reloaded.getWorkItems().get(0);
            assertEquals(List.of("Aufgabe 4", "Aufgabe 1", "Aufgabe 2", "Aufgabe 3"),
                    reloadedAnalysis.getChildren().stream().map(WorkItem::getTitle).toList());
            assertEquals(WorkItemStatus.DONE, reloadedAnalysis.getChildren().get(1).getStatus());
            assertEquals("Koch", reloadedAnalysis.getChildren().get(0).getAssignees().get(0).getLastName());

            StoreException missing = assertThrows(StoreException.class, () -> work.load(Project.class, "fehlt"));
            assertTrue(missing.getMessage().contains("There is no Project with the id fehlt"), missing.getMessage());
        }
    }

    private static boolean sameStructure(Project expected, Project actual) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        expected.eAllContents().forEachRemaining(o -> a.add(o.eClass().getName()));
        actual.eAllContents().forEachRemaining(o -> b.add(o.eClass().getName()));
        return a.equals(b);
    }

    @Test
    void typedQueriesSelectInTheDatabase() {
        try (Store store = storeService().open(StoreLocation.inMemory("query"))) {
            Department saved = sampleDepartment();
            save(store, saved);
            UnitOfWork work = store.begin("akoch");
            List<WorkItem> active = work.query(Query.of(WorkItem.class)
                    .where(FachwerkPackage.Literals.WORK_ITEM__STATUS, WorkItemStatus.ACTIVE));
            assertEquals(List.of("Aufgabe 1"), active.stream().map(WorkItem::getTitle).toList());
            assertEquals(2, active.get(0).getAssignees().size(), "many-valued references come along");
            List<WorkItem> starting = work.query(Query.of(WorkItem.class).between(
                    FachwerkPackage.Literals.WORK_ITEM__PLANNED_START, LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 7)));
            assertEquals(Set.of("Aufgabe 2", "Aufgabe 3"),
                    Set.copyOf(starting.stream().map(WorkItem::getTitle).toList()));
            Person bernd = saved.getPersons().get(1);
            List<TimeEntry> berndsEntries = work.query(Query.of(TimeEntry.class)
                    .where(FachwerkPackage.Literals.TIME_ENTRY__PERSON, bernd));
            assertEquals(1, berndsEntries.size());
            assertEquals(bernd.getId(), berndsEntries.get(0).getPerson().getId());

            active.get(0).setDescription("aus der Abfrage geändert");
            work.commit();
            assertEquals("aus der Abfrage geändert", loadAll(store).get(0).getProjects().get(0).getWorkItems().get(0)
                    .getChildren().get(0).getDescription());
            assertThrows(IllegalArgumentException.class,
                    () -> Query.of(WorkItem.class).where(FachwerkPackage.Literals.PROJECT__KEY, "X"));
        }
    }

    @Test
    void aCommitInterruptedByAKilledProcessLeavesOnlyWholeCommits() throws Exception {
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            save(store, sampleDepartment());
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
}
