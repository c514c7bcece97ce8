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

    @Test
    default void twoPeopleChangeTheSameProjectOneWinsTheOtherKeepsHisChangesAndLosesNothing() {
        try (Store store = openStore()) {
            assertEquals(0, store.lastSequence(), "no commit before the first");
            assertTrue(store.changesSince(0).isEmpty());
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

        List<ChangeSet> changes = annasStore.changesSince(annasCommit - 1);
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
            save(store, SampleDepartment.create());
            UnitOfWork anna = store.begin("akoch");
            UnitOfWork bernd = store.begin("bschulz");
            Department annas = anna.loadDepartments().get(0);
            Department bernds = bernd.loadDepartments().get(0);
            bernds.getPersons().get(1).setFirstName("Bernhard");
            bernd.commit();
            Project project = annas.getProjects().get(0);
            project.setGoals("Anmeldung in f\u00fcnf Minuten");
            long sequence = anna.commit(); // Anna's department still has Bernd's old name: it is not written
            Department stored = loadAll(store).get(0);
            assertEquals("Bernhard", stored.getPersons().get(1).getFirstName(), "Bernd's change stands");
            assertEquals("Anmeldung in f\u00fcnf Minuten", stored.getProjects().get(0).getGoals());
            assertEquals("Digitale Gewerbeanmeldung", stored.getProjects().get(0).getName());
            ChangeSet change = store.changesSince(sequence - 1).get(0);
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
            save(store, SampleDepartment.create());
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
        try (Store store = openStore()) {
            save(store, SampleDepartment.create());
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
    default void addingToAPackageSomeoneElseRemovedOrRemovingOneSomeoneElseAddedToIsAConflictEitherWay() {
        for (boolean removalFirst : new boolean[] { true, false }) {
            try (Store store = openStore()) {
                save(store, SampleDepartment.create());
                UnitOfWork adding = store.begin("akoch");
                UnitOfWork removing = store.begin("bschulz");
                WorkItem analysis = adding.loadDepartments().get(0).getProjects().get(0).getWorkItems().get(0);
                Department theirs = removing.loadDepartments().get(0);
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
            save(store, SampleDepartment.create());
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
}
