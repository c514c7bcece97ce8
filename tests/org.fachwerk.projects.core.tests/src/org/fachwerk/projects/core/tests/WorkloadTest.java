package org.fachwerk.projects.core.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.fachwerk.testing.PersonBuilder.person;
import static org.fachwerk.testing.ProjectBuilder.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fachwerk.model.Absence;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.projects.core.ActualEffort;
import org.fachwerk.projects.core.Workload;
import org.fachwerk.projects.core.Workload.Week;
import org.fachwerk.testing.WorkItemBuilder;
import org.junit.jupiter.api.Test;

/** Planned effort spread over people's working days, against their capacity. */
class WorkloadTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    private final Department department = FACTORY.createDepartment();
    // no public holiday in Berlin in these two weeks
    private final Person anna = person("Koch").weeklyCapacity(40).federalState(FederalState.BE).in(department);
    private final Person bernd = person("Schulz").weeklyCapacity(20).federalState(FederalState.BE).in(department);
    private final Project project = project("IT-1", "Neue Telefonanlage").status(ProjectStatus.ACTIVE)
            .in(department);

    private WorkItem task(String title, LocalDate start, LocalDate end, double effort, Person... assignees) {
        return WorkItemBuilder.task(title).from(start).to(end).effort(effort).assignedTo(assignees).in(project);
    }

    private Map<Person, List<Week>> twoWeeks() {
        return Workload.of(department, MONDAY, MONDAY.plusDays(13), Workload::calendar, ActualEffort.of(department));
    }

    @Test
    void effortIsSharedAmongAssigneesAndSpreadOverTheirWorkingDays() {
        task("Ausschreibung", MONDAY, MONDAY.plusDays(11), 60, anna, bernd); // two weeks, 30 h each, 3 h a day
        task("Angebote pr\u00fcfen", MONDAY, MONDAY.plusDays(2), 30, anna); // Monday to Wednesday
        Map<Person, List<Week>> load = twoWeeks();
        assertEquals(List.of(new Week(MONDAY, 45, 40), new Week(MONDAY.plusWeeks(1), 15, 40)), load.get(anna));
        assertTrue(load.get(anna).get(0).overAllocated());
        assertEquals(List.of(new Week(MONDAY, 15, 20), new Week(MONDAY.plusWeeks(1), 15, 20)), load.get(bernd));
        assertFalse(load.get(bernd).get(0).overAllocated());
    }

    @Test
    void holidaysAndAbsencesTakeCapacityAndMoveTheEffortToTheOtherDays() {
        task("Ausschreibung", MONDAY, MONDAY.plusDays(11), 60, anna, bernd);
        Absence leave = FACTORY.createAbsence();
        leave.setPerson(anna);
        leave.setFrom(MONDAY.plusWeeks(1));
        leave.setTo(MONDAY.plusWeeks(1).plusDays(4));
        department.getAbsences().add(leave);
        // Epiphany (6 January), a public holiday in Bavaria
        anna.setFederalState(FederalState.BY);
        bernd.setFederalState(FederalState.BY);
        Map<Person, List<Week>> load = twoWeeks();
        assertEquals(List.of(new Week(MONDAY, 30, 32), new Week(MONDAY.plusWeeks(1), 0, 0)), load.get(anna));
        List<Week> bernds = load.get(bernd);
        assertEquals(30.0 * 4 / 9, bernds.get(0).planned(), 1e-9);
        assertEquals(16, bernds.get(0).capacity(), 1e-9);
        bernd.setFederalState(FederalState.BE);
        assertEquals(20, twoWeeks().get(bernd).get(0).capacity(), 1e-9, "no Epiphany in Berlin");
    }

    @Test
    void onceTimeIsBookedTheRemainingEffortCountsAndFinishedWorkNone() {
        WorkItem booked = task("Verkabelung", MONDAY, MONDAY.plusDays(4), 40, anna);
        booked.setRemainingEffort(10);
        booking(anna, MONDAY, "08:00", "16:00").on(booked).in(department);
        task("Erledigt", MONDAY, MONDAY.plusDays(4), 40, anna).setStatus(WorkItemStatus.DONE);
        assertEquals(10, twoWeeks().get(anna).get(0).planned(), 1e-9);
    }
}
