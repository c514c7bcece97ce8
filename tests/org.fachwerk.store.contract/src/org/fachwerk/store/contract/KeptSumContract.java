package org.fachwerk.store.contract;

import static org.fachwerk.store.contract.SampleDepartment.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.store.ConflictException;
import org.fachwerk.store.KeptSum.Total;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * Sums the store keeps beside the objects of a class: every commit updates them, a sum that comes later is built
 * from the objects stored, and one that missed commits (a store that did not keep it wrote its objects) is built
 * again before it is read.
 */
public interface KeptSumContract extends StoreUnderTest {

    /** The day of Bernd's night shift in the sample department, with a break of 15 minutes. */
    LocalDate NIGHT_SHIFT = LocalDate.of(2027, 1, 6);

    @Test
    default void aKeptSumFollowsEveryCommit() {
        try (Store store = openStore(new BreakMinutes())) {
            Department department = SampleDepartment.create();
            UnitOfWork work = save(store, department);
            Person anna = department.getPersons().get(0);
            Person bernd = department.getPersons().get(1);
            LocalDate day = NIGHT_SHIFT;
            assertEquals(List.of(new Total(bernd.getId(), day, 15, 1)),
                    breaks(store, day.minusDays(9), day.plusDays(9)));

            TimeEntry night = department.getTimeEntries().get(0);
            TimeEntry noon = booking(bernd, day, 30);
            TimeEntry next = booking(bernd, day.plusDays(1), 5);
            department.getTimeEntries().addAll(List.of(noon, next, booking(anna, day, 0)));
            work.commit();
            assertEquals(List.of(new Total(bernd.getId(), day, 45, 2), new Total(bernd.getId(), day.plusDays(1), 5, 1)),
                    breaks(store, day, day.plusDays(1)), "a booking without a break counts nowhere");
            assertEquals(List.of(new Total(bernd.getId(), day.plusDays(1), 5, 1)),
                    breaks(store, day.plusDays(1), day.plusDays(1)), "only the days asked for");

            night.setBreakMinutes(20);
            noon.setDate(day.plusDays(1));
            next.setPerson(anna);
            work.commit();
            assertEquals(inOrder(new Total(bernd.getId(), day, 20, 1), new Total(bernd.getId(), day.plusDays(1), 30, 1),
                    new Total(anna.getId(), day.plusDays(1), 5, 1)), breaks(store, day, day.plusDays(1)));

            department.getTimeEntries().remove(night);
            work.commit();
            assertEquals(inOrder(new Total(bernd.getId(), day.plusDays(1), 30, 1),
                    new Total(anna.getId(), day.plusDays(1), 5, 1)), breaks(store, day, day.plusDays(1)),
                    "a day where nothing counts any more is left out");
        }
    }

    @Test
    default void aSumKeptLaterIsBuiltFromTheObjectsStored() {
        try (Store store = openStore()) {
            Department department = SampleDepartment.create();
            UnitOfWork work = save(store, department);
            keep(store, new BreakMinutes());
            String bernd = department.getPersons().get(1).getId();
            assertEquals(List.of(new Total(bernd, NIGHT_SHIFT, 15, 1)), breaks(store, NIGHT_SHIFT, NIGHT_SHIFT));
            department.getTimeEntries().get(0).setBreakMinutes(25);
            work.commit();
            assertEquals(List.of(new Total(bernd, NIGHT_SHIFT, 25, 1)), breaks(store, NIGHT_SHIFT, NIGHT_SHIFT));
        }
    }

    @Test
    default void aSumThatMissedCommitsIsBuiltAgain() {
        Department department = SampleDepartment.create();
        Store store = openStore(new BreakMinutes());
        save(store, department);
        store = reopen(store);
        UnitOfWork work = store.begin("bschulz");
        work.loadDepartments().get(0).getTimeEntries().get(0).setBreakMinutes(40);
        work.commit(); // by a store that does not keep the sum
        try (Store keeping = reopen(store, new BreakMinutes())) {
            assertEquals(List.of(new Total(department.getPersons().get(1).getId(), NIGHT_SHIFT, 40, 1)),
                    breaks(keeping, NIGHT_SHIFT, NIGHT_SHIFT));
        }
    }

    @Test
    default void aConflictingOrRefusedCommitChangesNoSum() {
        try (Store store = openStore(new BreakMinutes())) {
            Department department = SampleDepartment.create();
            UnitOfWork work = save(store, department);
            UnitOfWork other = store.begin("bschulz");
            other.loadDepartments().get(0).getTimeEntries().get(0).setBreakMinutes(30);
            other.commit();
            TimeEntry night = department.getTimeEntries().get(0);
            night.setBreakMinutes(45);
            department.getTimeEntries().add(booking(department.getPersons().get(1), NIGHT_SHIFT, 10));
            assertThrows(ConflictException.class, work::commit);
            String bernd = department.getPersons().get(1).getId();
            assertEquals(List.of(new Total(bernd, NIGHT_SHIFT, 30, 1)), breaks(store, NIGHT_SHIFT, NIGHT_SHIFT));

            UnitOfWork refused = store.begin("bschulz");
            TimeEntry stored = refused.loadDepartments().get(0).getTimeEntries().get(0);
            stored.setBreakMinutes(50);
            stored.setStart(null); // required
            assertThrows(StoreException.class, refused::commit);
            assertEquals(List.of(new Total(bernd, NIGHT_SHIFT, 30, 1)), breaks(store, NIGHT_SHIFT, NIGHT_SHIFT));
        }
    }

    @Test
    default void aStoreReadsNoSumItDoesNotKeep() {
        try (Store store = openStore()) {
            assertThrows(IllegalArgumentException.class, () -> breaks(store, NIGHT_SHIFT, NIGHT_SHIFT));
        }
    }

    private static List<Total> breaks(Store store, LocalDate from, LocalDate to) {
        return store.begin("akoch").sums(BreakMinutes.NAME, from, to);
    }

    /** The totals as a store lists them: by group, then day. */
    private static List<Total> inOrder(Total... totals) {
        List<Total> ordered = new ArrayList<>(List.of(totals));
        ordered.sort(Comparator.comparing(Total::group).thenComparing(Total::day));
        return ordered;
    }

    private static TimeEntry booking(Person person, LocalDate day, int breakMinutes) {
        TimeEntry entry = FachwerkFactory.eINSTANCE.createTimeEntry();
        entry.setPerson(person);
        entry.setDate(day);
        entry.setStart(LocalTime.of(11, 0));
        entry.setEnd(LocalTime.of(14, 0));
        entry.setBreakMinutes(breakMinutes);
        return entry;
    }
}
