package org.fachwerk.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.Store;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.contract.ConcurrencyContract.TwoPeople;
import org.junit.jupiter.api.Test;

/**
 * A unit of work takes in what others committed ({@link UnitOfWork#catchUp}): changed values, new objects where
 * their container is loaded, objects moved in the tree and removed ones; its own commits are left out, and nothing
 * is taken in over pending changes.
 */
public interface CatchUpContract extends StoreUnderTest {

    private static WorkItem task(String title) {
        WorkItem task = FachwerkFactory.eINSTANCE.createWorkItem();
        task.setTitle(title);
        return task;
    }

    @Test
    default void whatOthersCommittedIsTakenInWhereItIsLoaded() {
        try (Store store = openStore()) {
            TwoPeople two = TwoPeople.sharing(store);
            long since = store.lastSequence();
            Project annas = two.annas().getProjects().get(0);
            Project bernds = two.bernds().getProjects().get(0);
            WorkItem berndsPackage = bernds.getWorkItems().get(0);
            bernds.setName("Gewerbe digital");
            WorkItem added = task("Anforderungen sammeln");
            added.getChildren().add(task("Interviews"));
            berndsPackage.getChildren().add(0, added);
            WorkItem third = berndsPackage.getChildren().get(3);
            berndsPackage.getChildren().get(1).getChildren().add(third); // Aufgabe 3 goes under Aufgabe 1
            TimeEntry booking = FachwerkFactory.eINSTANCE.createTimeEntry();
            booking.setPerson(two.bernds().getPersons().get(1));
            booking.setDate(LocalDate.of(2027, 1, 11));
            booking.setStart(LocalTime.of(8, 0));
            booking.setEnd(LocalTime.of(9, 0));
            booking.setTask(added.getChildren().get(0));
            two.bernds().getTimeEntries().add(booking);
            long berndsCommit = two.bernd().commit();

            List<ChangeSet> taken = two.anna().catchUp(since);

            assertEquals(List.of(berndsCommit), taken.stream().map(ChangeSet::sequence).toList());
            assertEquals("Gewerbe digital", annas.getName());
            WorkItem annasPackage = annas.getWorkItems().get(0);
            assertEquals(List.of("Anforderungen sammeln", "Aufgabe 1", "Aufgabe 2"),
                    annasPackage.getChildren().stream().map(WorkItem::getTitle).toList(), "in the stored order");
            WorkItem annasAdded = annasPackage.getChildren().get(0);
            assertEquals("Interviews", annasAdded.getChildren().get(0).getTitle(), "with what it contains");
            assertEquals("Aufgabe 3", annasPackage.getChildren().get(1).getChildren().get(0).getTitle(),
                    "moved where Bernd moved it");
            TimeEntry annasBooking = two.annas().getTimeEntries().stream()
                    .filter(entry -> entry.getId().equals(booking.getId())).findFirst().orElseThrow();
            assertSame(annasAdded.getChildren().get(0), annasBooking.getTask(), "referring to what is loaded");
            assertSame(two.annas().getPersons().get(1), annasBooking.getPerson());
            assertFalse(two.anna().hasChanges(), "taking in is no change of Anna's");

            // Anna works on with what she took in, and Bernd takes in her commit but not his own
            annasAdded.setTitle("Anforderungen erheben");
            long annasCommit = two.anna().commit();
            assertEquals(List.of(), two.anna().catchUp(berndsCommit), "her own commit is not taken in again");
            assertEquals(List.of(annasCommit), two.bernd().catchUp(berndsCommit).stream().map(ChangeSet::sequence)
                    .toList());
            assertEquals("Anforderungen erheben", added.getTitle());

            // removed by Bernd: gone for Anna too, with what it contains
            two.bernds().getTimeEntries().remove(booking);
            berndsPackage.getChildren().remove(added);
            long removal = two.bernd().commit();
            two.anna().catchUp(annasCommit);
            assertFalse(annasPackage.getChildren().contains(annasAdded));
            assertTrue(two.annas().getTimeEntries().stream().noneMatch(e -> e.getId().equals(booking.getId())));
            assertEquals(removal, store.lastSequence());
        }
    }

    @Test
    default void nothingIsTakenInOverPendingChanges() {
        try (Store store = openStore()) {
            TwoPeople two = TwoPeople.sharing(store);
            long since = store.lastSequence();
            two.bernds().getProjects().get(0).setName("Gewerbe digital");
            two.bernd().commit();
            Project annas = two.annas().getProjects().get(0);
            annas.setGoals("Anmeldung in fünf Minuten");

            assertThrows(IllegalStateException.class, () -> two.anna().catchUp(since));
            assertEquals("Anmeldung in fünf Minuten", annas.getGoals(), "Anna's change is kept");
            assertEquals("Digitale Gewerbeanmeldung", annas.getName());
            assertTrue(two.anna().hasChanges());
        }
    }

    @Test
    default void whatIsNotLoadedIsNotTakenIn() {
        try (Store store = openStore()) {
            TwoPeople two = TwoPeople.sharing(store);
            long since = store.lastSequence();
            UnitOfWork project = store.begin("akoch");
            Project loaded = project.load(Project.class, two.annas().getProjects().get(0).getId());
            two.bernds().getPersons().get(1).setFirstName("Bernhard");
            two.bernds().getProjects().get(0).getWorkItems().get(0).setTitle("Analyse und Konzept");
            two.bernd().commit();

            assertEquals(1, project.catchUp(since).size());
            assertEquals("Analyse und Konzept", loaded.getWorkItems().get(0).getTitle());
            assertNull(loaded.eContainer(), "the project's department is not loaded, and is not read");
            Department department = project.loadDepartments().get(0);
            assertEquals("Bernhard", department.getPersons().get(1).getFirstName());
        }
    }
}
