package org.fachwerk.store.contract;

import static org.fachwerk.store.contract.SampleDepartment.loadAll;
import static org.fachwerk.store.contract.SampleDepartment.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.ConflictException;
import org.fachwerk.store.Store;
import org.fachwerk.store.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * Several people at once, each in a unit of work of their own: a commit that would overwrite or remove what someone
 * else changed since it was loaded fails whole and keeps its changes; the change log numbers the commits and names
 * who made them and what they changed and removed.
 */
public interface ConcurrencyContract extends StoreUnderTest {

    /** Anna's and Bernd's units of work on one store, each with the stored sample department loaded. */
    record TwoPeople(UnitOfWork anna, Department annas, UnitOfWork bernd, Department bernds) {

        static TwoPeople sharing(Store store) {
            save(store, SampleDepartment.create());
            UnitOfWork anna = store.begin("akoch");
            UnitOfWork bernd = store.begin("bschulz");
            return new TwoPeople(anna, anna.loadDepartments().get(0), bernd, bernd.loadDepartments().get(0));
        }
    }

    @Test
    default void twoPeopleChangeTheSameProjectOneWinsTheOtherKeepsHisChangesAndLosesNothing() {
        try (Store store = openStore()) {
            assertEquals(0, store.lastSequence(), "no commit before the first");
            assertTrue(store.begin("akoch").changesSince(0).isEmpty());
            twoPeopleChangeTheSameProject(store, store);
        }
    }

    /**
     * Anna and Bernd change the same project, each in a unit of work of a store of their own on the same database
     * (or of the same store): Anna's commit stands, Bernd's fails whole and keeps his changes, and after refreshing
     * the project he commits the rest.
     */
    static void twoPeopleChangeTheSameProject(Store annasStore, Store berndsStore) {
        save(annasStore, SampleDepartment.create());
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

        List<ChangeSet> changes = annasStore.begin("akoch").changesSince(annasCommit - 1);
        assertEquals(List.of(annasCommit, berndsCommit), changes.stream().map(ChangeSet::sequence).toList());
        assertEquals("akoch", changes.get(0).actor());
        assertEquals(Set.of(annasProject.getId()), changes.get(0).changedIds());
        assertEquals("bschulz", changes.get(1).actor());
        assertEquals(Set.of(berndsDepartment.getPersons().get(1).getId()), changes.get(1).changedIds());
        assertEquals(berndsCommit, berndsStore.lastSequence());
    }

    @Test
    default void aCommitWritesWhatChangedAndLeavesTheRestAsOthersWroteIt() {
        try (Store store = openStore()) {
            TwoPeople both = TwoPeople.sharing(store);
            both.bernds().getPersons().get(1).setFirstName("Bernhard");
            both.bernd().commit();
            Project project = both.annas().getProjects().get(0);
            project.setGoals("Anmeldung in f\u00fcnf Minuten");
            UnitOfWork anna = both.anna();
            long sequence = anna.commit(); // Anna's department still has Bernd's old name: it is not written
            Department stored = loadAll(store).get(0);
            assertEquals("Bernhard", stored.getPersons().get(1).getFirstName(), "Bernd's change stands");
            assertEquals("Anmeldung in f\u00fcnf Minuten", stored.getProjects().get(0).getGoals());
            assertEquals("Digitale Gewerbeanmeldung", stored.getProjects().get(0).getName());
            ChangeSet change = anna.changesSince(sequence - 1).get(0);
            assertEquals("akoch", change.actor());
            assertEquals(Set.of(project.getId()), change.changedIds());
            assertEquals(Set.of(), change.deletedIds());
            assertFalse(anna.hasChanges());
            assertEquals(sequence, anna.commit(), "nothing to write: the number of the last commit");
            assertEquals(sequence, store.lastSequence());
        }
    }

    @Test
    default void aRemovalOfAnObjectSomeoneElseChangedIsAConflictAndTheChangeLogNamesRemovals() {
        try (Store store = openStore()) {
            TwoPeople both = TwoPeople.sharing(store);
            both.bernds().getTimeEntries().get(0).setComment("korrigiert");
            both.bernd().commit();
            both.annas().getTimeEntries().remove(0);
            ConflictException conflict = assertThrows(ConflictException.class, both.anna()::commit);
            assertTrue(conflict.getMessage().contains("TimeEntry"), conflict.getMessage());
            assertEquals("korrigiert", loadAll(store).get(0).getTimeEntries().get(0).getComment(),
                    "the other person's change stands");
        }
        try (Store store = openStore()) {
            save(store, SampleDepartment.create());
            UnitOfWork work = store.begin("akoch");
            Department department = work.loadDepartments().get(0);
            TimeEntry entry = department.getTimeEntries().get(0);
            long before = store.lastSequence();
            department.getTimeEntries().remove(entry);
            work.commit();
            ChangeSet change = work.changesSince(before).get(0);
            assertEquals(Set.of(entry.getId()), change.deletedIds());
            assertTrue(loadAll(store).get(0).getTimeEntries().isEmpty());
        }
    }

    @Test
    default void addingToAPackageSomeoneElseRemovedOrRemovingOneSomeoneElseAddedToIsAConflictEitherWay() {
        for (boolean removalFirst : new boolean[] { true, false }) {
            try (Store store = openStore()) {
                TwoPeople both = TwoPeople.sharing(store);
                UnitOfWork adding = both.anna();
                UnitOfWork removing = both.bernd();
                WorkItem analysis = both.annas().getProjects().get(0).getWorkItems().get(0);
                Department theirs = both.bernds();
                theirs.getTimeEntries().get(0).setTask(null); // nothing else may refer to what goes
                theirs.getDocuments().get(0).setTask(null);
                theirs.getRunningTimers().get(0).setTask(null);
                theirs.getProjects().get(0).getWorkItems().remove(0);
                WorkItem task = FachwerkFactory.eINSTANCE.createWorkItem();
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
    default void refreshingAnObjectSomeoneElseRemovedRemovesItHere() {
        try (Store store = openStore()) {
            TwoPeople both = TwoPeople.sharing(store);
            UnitOfWork mine = both.anna();
            Department department = both.annas();
            both.bernds().getTimeEntries().remove(0);
            both.bernd().commit();
            TimeEntry entry = department.getTimeEntries().get(0);
            entry.setComment("meins");
            ConflictException conflict = assertThrows(ConflictException.class, mine::commit);
            assertEquals(List.of(entry.getId()), conflict.conflictingIds());
            mine.refresh(entry);
            assertTrue(department.getTimeEntries().isEmpty(), "the removed booking is gone here too");
            assertFalse(mine.hasChanges(), "nothing of it is pending");
        }
    }
}
