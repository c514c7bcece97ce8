package org.fachwerk.store.contract;

import static org.fachwerk.store.contract.SampleDepartment.loadAll;
import static org.fachwerk.store.contract.SampleDepartment.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.WorkItem;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * What a commit refuses before anything is written: objects that break an invariant of the model, and references
 * to objects that are not stored. The stored state stays as it was, and the refused changes stay to be fixed.
 */
public interface RefusalContract extends StoreUnderTest {

    @Test
    default void aFailedSaveLeavesTheStoredStateAsItWas() {
        Department department = SampleDepartment.create();
        StoreException failure = refusedChange(department, () -> {
            department.getProjects().get(0).setName("Umbenannt");
            // valid, but in no department: refused while writing
            Person stranger = FachwerkFactory.eINSTANCE.createPerson();
            stranger.setLogin("fremd");
            stranger.setLastName("Fremd");
            department.getProjects().get(0).setOwner(stranger);
        });
        assertTrue(failure.getMessage().contains("Person Fremd, which is not stored"), failure.getMessage());
    }

    @Test
    default void badValuesAreRefusedWithTheirProblemsBeforeAnythingIsWritten() {
        Department department = SampleDepartment.create();
        StoreException failure = refusedChange(department, () -> {
            WorkItem task = department.getProjects().get(0).getWorkItems().get(0).getChildren().get(0);
            task.setPlannedEffort(-8);
            task.setPlannedEnd(task.getPlannedStart().minusDays(1));
            department.getPersons().get(0).setLastName(null);
        });
        assertTrue(failure.getMessage().contains("nothing was written"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Person akoch: lastName is required."), failure.getMessage());
        assertTrue(failure.getMessage().contains("WorkItem Aufgabe 1: plannedEffort must not be negative (-8.0)."),
                failure.getMessage());
        assertTrue(failure.getMessage().contains(
                "WorkItem Aufgabe 1: plannedEnd (2027-01-04) lies before plannedStart (2027-01-05)"), failure.getMessage());
    }

    @Test
    default void aReferenceToARemovedObjectIsRefusedAndNothingIsWritten() {
        Department department = SampleDepartment.create();
        StoreException failure = refusedChange(department,
                // the next task still depends on the removed one
                () -> department.getProjects().get(0).getWorkItems().get(0).getChildren().remove(0));
        assertTrue(failure.getMessage().contains("Dependency refers as \"predecessor\" to WorkItem Aufgabe 1"),
                failure.getMessage());
    }

    /**
     * Stores the department, makes the change and saves again: returns why the store refused that, after checking
     * that it still holds the state from before the change.
     */
    private StoreException refusedChange(Department department, Runnable change) {
        try (Store store = openStore()) {
            UnitOfWork work = save(store, department);
            Department before = EcoreUtil.copy(department);
            long sequence = store.lastSequence();
            change.run();
            StoreException failure = assertThrows(StoreException.class, work::commit);
            assertTrue(EcoreUtil.equals(before, loadAll(store).get(0)), "the old state is still stored");
            assertEquals(sequence, store.lastSequence(), "no commit is logged");
            assertTrue(work.hasChanges(), "the refused changes are still there to be fixed");
            return failure;
        }
    }
}
