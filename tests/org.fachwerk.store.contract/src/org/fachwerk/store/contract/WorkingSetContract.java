package org.fachwerk.store.contract;

import static org.fachwerk.store.contract.SampleDepartment.loadAll;
import static org.fachwerk.store.contract.SampleDepartment.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.store.Query;
import org.fachwerk.store.Store;
import org.fachwerk.store.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * A working set: a department loaded without its bookings, which queries load by person and period as a week or a
 * report needs them; a commit writes what was added, changed and removed among those and leaves the others.
 */
public interface WorkingSetContract extends StoreUnderTest {

    FachwerkPackage MODEL = FachwerkPackage.eINSTANCE;
    LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    /** The sample department with three weeks of a booking a day for its second person. */
    private static Department withWeeks() {
        Department department = SampleDepartment.create();
        Person bernd = department.getPersons().get(1);
        for (int day = 0; day < 21; day++) {
            TimeEntry entry = FachwerkFactory.eINSTANCE.createTimeEntry();
            entry.setPerson(bernd);
            entry.setDate(MONDAY.plusDays(day));
            entry.setStart(LocalTime.of(8, 0));
            entry.setEnd(LocalTime.of(12, 0));
            department.getTimeEntries().add(entry);
        }
        return department;
    }

    private static Query<TimeEntry> week(Person person, LocalDate monday) {
        return Query.of(TimeEntry.class).where(MODEL.getTimeEntry_Person(), person)
                .between(MODEL.getTimeEntry_Date(), monday, monday.plusDays(6));
    }

    /** The bookings by id, with what matters of them. */
    private static Map<String, String> bookings(Department department) {
        Map<String, String> bookings = new TreeMap<>();
        for (TimeEntry entry : department.getTimeEntries()) {
            bookings.put(entry.getId(), entry.getDate() + " " + entry.getStart() + "-" + entry.getEnd() + " "
                    + entry.getComment());
        }
        return bookings;
    }

    @Test
    default void bookingsAreLoadedByPersonAndWeekIntoTheDepartmentAndACommitLeavesTheOthers() {
        try (Store store = openStore()) {
            Department saved = withWeeks();
            save(store, saved);
            UnitOfWork work = store.begin("akoch");
            Department department = work.loadDepartments(Set.of(MODEL.getDepartment_TimeEntries())).get(0);
            assertTrue(department.getTimeEntries().isEmpty(), "no booking is loaded at first");
            Department withoutBookings = EcoreUtil.copy(loadAll(store).get(0));
            withoutBookings.getTimeEntries().clear();
            assertTrue(EcoreUtil.equals(withoutBookings, department), "the rest is loaded as a whole load has it");
            Person bernd = department.getPersons().get(1);

            List<TimeEntry> second = work.query(week(bernd, MONDAY.plusWeeks(1)));
            assertEquals(7, second.size());
            assertEquals(Set.copyOf(second), Set.copyOf(department.getTimeEntries()),
                    "the week's bookings are in the department");
            List<TimeEntry> first = work.query(week(bernd, MONDAY));
            assertEquals(14, department.getTimeEntries().size(), "the first week joins the second");
            assertTrue(department.getTimeEntries().subList(7, 14).containsAll(first), "after it");
            assertEquals(Set.copyOf(second), Set.copyOf(work.query(week(bernd, MONDAY.plusWeeks(1)))),
                    "loaded once: the same objects");
            assertEquals(14, department.getTimeEntries().size());

            Map<String, String> expected = bookings(saved);
            first.get(2).setComment("korrigiert");
            department.getTimeEntries().remove(second.get(0));
            TimeEntry added = EcoreUtil.copy(second.get(1));
            added.setId(null);
            added.setStart(LocalTime.of(13, 0));
            added.setEnd(LocalTime.of(15, 0));
            department.getTimeEntries().add(added);
            work.commit();
            expected.put(first.get(2).getId(), expected.get(first.get(2).getId()).replace("null", "korrigiert"));
            expected.remove(second.get(0).getId());
            expected.put(added.getId(), added.getDate() + " 13:00-15:00 null");
            assertEquals(expected, bookings(loadAll(store).get(0)),
                    "what changed is written, the bookings never loaded are all there as they were");
        }
    }

    @Test
    default void aProjectsBookingsAreQueriedWithoutLoadingThemAll() {
        try (Store store = openStore()) {
            Department saved = withWeeks();
            Project project = saved.getProjects().get(0);
            WorkItem subtask = project.getWorkItems().get(0).getChildren().get(1).getChildren().get(0);
            Project other = FachwerkFactory.eINSTANCE.createProject();
            other.setKey("ORD-8");
            other.setName("Andere Ordnung");
            WorkItem otherPackage = FachwerkFactory.eINSTANCE.createWorkItem();
            otherPackage.setTitle("Paket");
            otherPackage.getChildren().add(FachwerkFactory.eINSTANCE.createWorkItem());
            otherPackage.getChildren().get(0).setTitle("Aufgabe");
            other.getWorkItems().add(otherPackage);
            saved.getProjects().add(other);
            List<TimeEntry> entries = saved.getTimeEntries();
            entries.get(1).setTask(project.getWorkItems().get(0)); // the package itself
            entries.get(2).setTask(subtask); // deep in the tree
            entries.get(3).setTask(other.getWorkItems().get(0).getChildren().get(0));
            save(store, saved);
            Set<String> onProject = Set.of(entries.get(0).getId(), entries.get(1).getId(), entries.get(2).getId());

            UnitOfWork work = store.begin("akoch");
            Department department = work.loadDepartments(Set.of(MODEL.getDepartment_TimeEntries())).get(0);
            List<TimeEntry> found = work.query(Query.of(TimeEntry.class)
                    .whereWithin(MODEL.getTimeEntry_Task(), department.getProjects().get(0)));
            assertEquals(onProject, found.stream().map(TimeEntry::getId).collect(Collectors.toSet()),
                    "the bookings on the project's package and tasks at any depth, none of the other project's");
            assertEquals(onProject, department.getTimeEntries().stream().map(TimeEntry::getId)
                    .collect(Collectors.toSet()), "only they are loaded");
            assertEquals(1, work.query(Query.of(TimeEntry.class)
                    .whereWithin(MODEL.getTimeEntry_Task(), department.getProjects().get(1))
                    .between(MODEL.getTimeEntry_Date(), MONDAY, MONDAY.plusDays(6))).size(), "with other conditions");
        }
    }

    @Test
    default void onlyListsOfADepartmentWhoseObjectsHoldNothingAreLoadedOnDemand() {
        try (Store store = openStore()) {
            save(store, SampleDepartment.create());
            UnitOfWork work = store.begin("akoch");
            assertThrows(IllegalArgumentException.class,
                    () -> work.loadDepartments(Set.of(MODEL.getDepartment_Projects())), "projects hold their tree");
            assertThrows(IllegalArgumentException.class,
                    () -> work.loadDepartments(Set.of(MODEL.getProject_Memberships())), "not a department's list");
        }
    }
}
