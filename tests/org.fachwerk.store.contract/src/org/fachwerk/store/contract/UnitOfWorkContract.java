package org.fachwerk.store.contract;

import static org.fachwerk.store.contract.SampleDepartment.loadAll;
import static org.fachwerk.store.contract.SampleDepartment.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.store.Query;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * Loading and writing in one unit of work: what is stored comes back as it was, an object is loaded once per unit of
 * work, and a commit writes what changed.
 */
public interface UnitOfWorkContract extends StoreUnderTest {

    @Test
    default void theSampleDepartmentHoldsEveryConcreteClassOfTheModel() {
        Set<EClass> used = new HashSet<>();
        Department department = SampleDepartment.create();
        used.add(department.eClass());
        department.eAllContents().forEachRemaining(object -> used.add(object.eClass()));
        for (EClassifier classifier : FachwerkPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
                assertTrue(used.contains(eClass), eClass.getName() + " is missing from the round trip");
            }
        }
    }

    @Test
    default void everyClassAndReferenceKindSurvivesTheStoreClosedAndReopened() {
        Department saved = SampleDepartment.create();
        Store first = openStore();
        save(first, saved);
        try (Store store = reopen(first)) {
            List<Department> loaded = loadAll(store);
            assertEquals(1, loaded.size());
            assertTrue(EcoreUtil.equals(saved, loaded.get(0)), "the loaded department equals the saved one");
            TimeEntry entry = loaded.get(0).getTimeEntries().get(0);
            assertEquals(255, entry.getDurationMinutes());
            assertEquals("Unteraufgabe", entry.getTask().getTitle());
        }
    }

    @Test
    default void removalsMovesAndChangesOfLoadedObjectsAreWritten() {
        Department department = SampleDepartment.create();
        try (Store store = openStore()) {
            UnitOfWork work = save(store, department);
            WorkItem workPackage = department.getProjects().get(0).getWorkItems().get(0);
            workPackage.getChildren().get(1).getDependencies().clear(); // it waited for the task removed now
            workPackage.getChildren().remove(0);
            workPackage.getChildren().move(0, 1);
            department.getPersons().get(1).setLastName("Schulz-Meyer");
            work.commit();

            Department loaded = loadAll(store).get(0);
            assertTrue(EcoreUtil.equals(department, loaded));
            assertEquals(List.of("Aufgabe 3", "Aufgabe 2"),
                    loaded.getProjects().get(0).getWorkItems().get(0).getChildren().stream().map(WorkItem::getTitle).toList());
        }
    }

    @Test
    default void aTaskMovedToAnotherProjectKeepsItsAssigneesAndChildren() {
        try (Store store = openStore()) {
            Department department = SampleDepartment.create();
            Project other = FachwerkFactory.eINSTANCE.createProject();
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
    default void aProjectLoadsByIdWithItsWholeTreeAndPlaceholdersForPeople() {
        try (Store store = openStore()) {
            Department saved = SampleDepartment.create();
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
            WorkItem added = FachwerkFactory.eINSTANCE.createWorkItem();
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
    default void loadingAgainGivesTheObjectsLoadedAlreadyWithTheirLocalChanges() {
        try (Store store = openStore()) {
            save(store, SampleDepartment.create());
            UnitOfWork work = store.begin("akoch");
            Department department = work.loadDepartments().get(0);
            Person bernd = department.getPersons().get(1);
            bernd.setFirstName("Bernhard");
            assertSame(department, work.loadDepartments().get(0));
            assertSame(bernd, work.load(Person.class, bernd.getId()));
            assertSame(bernd, work.query(Query.of(Person.class).where(FachwerkPackage.Literals.PERSON__LOGIN,
                    "bschulz")).get(0));
            assertEquals("Bernhard", bernd.getFirstName(), "reading the stored row again changed nothing here");
            assertEquals("Bernd", loadAll(store).get(0).getPersons().get(1).getFirstName(), "nothing is written yet");
            assertTrue(work.hasChanges());
            work.commit();
            assertFalse(work.hasChanges());
            assertEquals("Bernhard", loadAll(store).get(0).getPersons().get(1).getFirstName());
        }
    }

    @Test
    default void typedQueriesSelectInTheDatabase() {
        try (Store store = openStore()) {
            Department saved = SampleDepartment.create();
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
    default void aClosedStoreSaysSo() {
        Store store = openStore();
        store.close();
        StoreException failure = assertThrows(StoreException.class, () -> save(store, SampleDepartment.create()));
        assertTrue(failure.getMessage().contains("is closed"), failure.getMessage());
        assertThrows(StoreException.class, () -> loadAll(store));
    }
}
