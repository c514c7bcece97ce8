package org.fachwerk.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fachwerk.demo.DemoDepartment;
import org.fachwerk.demo.DemoDepartment.Size;
import org.fachwerk.model.Department;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.model.validation.ModelValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoDepartmentTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final Size MEDIUM = new Size(10, 2_000, 30, 20_000, 500);

    private static Department medium;

    @BeforeAll
    static void generate() {
        medium = DemoDepartment.create(42, TODAY, MEDIUM);
    }

    private static int workItems(EObject root) {
        int count = 0;
        for (EObject object : (Iterable<EObject>) root::eAllContents) {
            if (object instanceof WorkItem) {
                count++;
            }
        }
        return count;
    }

    @Test
    void aGeneratedDepartmentHasExactlyTheRequestedCounts() {
        assertEquals(MEDIUM.projects(), medium.getProjects().size());
        assertEquals(MEDIUM.workItems(), workItems(medium));
        assertEquals(MEDIUM.persons(), medium.getPersons().size());
        assertEquals(MEDIUM.timeEntries(), medium.getTimeEntries().size());
        assertEquals(MEDIUM.largestProjectItems(), workItems(medium.getProjects().get(0)));
        for (Project project : medium.getProjects()) {
            assertTrue(workItems(project) >= 1 && workItems(project) <= MEDIUM.largestProjectItems(),
                    project.getKey() + " has " + workItems(project) + " work items");
        }
        assertFalse(medium.getDocuments().isEmpty());
    }

    @Test
    void loginsAndProjectKeysAreUnique() {
        Set<String> logins = new HashSet<>();
        medium.getPersons().forEach(person -> assertTrue(logins.add(person.getLogin()), person.getLogin()));
        Set<String> keys = new HashSet<>();
        medium.getProjects().forEach(project -> assertTrue(keys.add(project.getKey()), project.getKey()));
        assertTrue(medium.getProjects().get(0).getKey().matches("[A-Z]{3}-001"), medium.getProjects().get(0).getKey());
    }

    @Test
    void bookingsFallOnWorkingDaysOfTheLastYearAndDoNotOverlap() {
        Map<Person, Map<LocalDate, List<TimeEntry>>> days = new HashMap<>();
        for (TimeEntry entry : medium.getTimeEntries()) {
            LocalDate date = entry.getDate();
            assertTrue(date.isBefore(TODAY) && !date.isBefore(TODAY.minusYears(1)), date.toString());
            assertTrue(date.getDayOfWeek().getValue() <= 5, date + " is a weekend day");
            assertTrue(entry.getStart().isBefore(entry.getEnd()));
            assertTrue(entry.getBreakMinutes() >= 0 && entry.getBreakMinutes() <= 60);
            assertTrue(entry.getDurationMinutes() > 0);
            if (entry.getTask() != null) {
                assertTrue(entry.getTask().getAssignees().contains(entry.getPerson()),
                        "booked on a task the person is assigned to");
            }
            days.computeIfAbsent(entry.getPerson(), p -> new HashMap<>()).computeIfAbsent(date, d -> new ArrayList<>())
                    .add(entry);
        }
        assertEquals(MEDIUM.persons(), days.size(), "everyone books");
        for (Map<LocalDate, List<TimeEntry>> personDays : days.values()) {
            for (List<TimeEntry> day : personDays.values()) {
                day.sort(Comparator.comparing(TimeEntry::getStart));
                LocalTime end = LocalTime.MIN;
                for (TimeEntry entry : day) {
                    assertFalse(entry.getStart().isBefore(end), "bookings of one day do not overlap");
                    end = entry.getEnd();
                }
            }
        }
    }

    @Test
    void aGeneratedDepartmentIsValid() {
        assertEquals(List.of(), ModelValidator.problems(medium));
    }

    @Test
    void theSameSeedGivesTheSameDepartment() {
        assertTrue(EcoreUtil.equals(medium, DemoDepartment.create(42, TODAY, MEDIUM)));
        assertFalse(EcoreUtil.equals(medium, DemoDepartment.create(43, TODAY, MEDIUM)));
    }

    @Test
    void theSmallestSizeWorks() {
        Department department = DemoDepartment.create(1, TODAY, new Size(1, 1, 1, 1, 1));
        assertEquals(1, workItems(department));
        assertEquals(1, department.getTimeEntries().size());
        assertEquals(List.of(), ModelValidator.problems(department));
    }

    @Test
    void theDemoDepartmentIsTheSameForTheSameSeed() {
        Department first = DemoDepartment.create(42, TODAY);
        assertTrue(EcoreUtil.equals(first, DemoDepartment.create(42, TODAY)));
        assertFalse(EcoreUtil.equals(first, DemoDepartment.create(43, TODAY)));
        assertEquals(8, first.getPersons().size());
        assertEquals(4, first.getProjects().size());
        assertFalse(first.getTimeEntries().isEmpty());
        assertTrue(first.getTimeEntries().stream().allMatch(e -> e.getDate().isBefore(TODAY)), "no booking in the future");
        assertFalse(first.getDocuments().isEmpty());
    }

    @Test
    void theSmallSizeIsTheDemoDepartment() {
        Department demo = DemoDepartment.create(42, TODAY);
        assertTrue(EcoreUtil.equals(demo, DemoDepartment.create(42, TODAY, Size.SMALL)));
        assertEquals(Size.SMALL.projects(), demo.getProjects().size());
        assertEquals(Size.SMALL.workItems(), workItems(demo));
        assertEquals(Size.SMALL.persons(), demo.getPersons().size());
        assertEquals(Size.SMALL.largestProjectItems(), workItems(demo.getProjects().get(0)));
        assertTrue(demo.getTimeEntries().size() <= Size.SMALL.timeEntries());
        LocalDate saturday = LocalDate.of(2027, 3, 13);
        assertEquals(Size.SMALL.timeEntries(), DemoDepartment.create(42, saturday).getTimeEntries().size(),
                "from Saturday on the demo department has all its bookings");
        assertEquals(List.of(), ModelValidator.problems(demo));
    }

    /** Opened on any day of the week, the demo's projects under way have tasks under way, for the board to show. */
    @ParameterizedTest
    @CsvSource({ "2027-03-08", "2027-03-12", "2027-03-13", "2027-03-14" })
    void theProjectsUnderWayHaveActiveTasksEveryDayOfTheWeek(LocalDate today) {
        for (Project project : DemoDepartment.create(42, today).getProjects()) {
            boolean active = false;
            for (EObject object : (Iterable<EObject>) project::eAllContents) {
                active |= object instanceof WorkItem item && item.getStatus() == WorkItemStatus.ACTIVE;
            }
            assertEquals(project.getStatus() == ProjectStatus.ACTIVE, active, project.getKey() + " on " + today);
        }
    }

    @ParameterizedTest
    @CsvSource({ "0, 1, 1, 1, 1", "1, 0, 1, 1, 1", "1, 1, 0, 1, 1", "1, 1, 1, 0, 1", "1, 1, 1, 1, 0",
            "-1, 1, 1, 1, 1", "1, 5, 1, 1, 6", "1, 2, 1, 1, 1", "2, 2, 1, 1, 2", "3, 10, 1, 1, 2",
            "1, 1, 1, 4161, 1" })
    void invalidSizesAreRefused(int projects, int workItems, int persons, int timeEntries, int largestProjectItems) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Size(projects, workItems, persons, timeEntries, largestProjectItems));
        assertFalse(refused.getMessage().isBlank());
    }
}
