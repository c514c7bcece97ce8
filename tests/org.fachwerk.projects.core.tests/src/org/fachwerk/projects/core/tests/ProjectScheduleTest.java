package org.fachwerk.projects.core.tests;

import static org.fachwerk.testing.WorkItemBuilder.finishToStart;
import static org.fachwerk.testing.WorkItemBuilder.milestone;
import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.fachwerk.testing.WorkItemBuilder.workPackage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.fachwerk.model.DependencyType;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.projects.core.CriticalPath;
import org.fachwerk.projects.core.ProjectSchedule;
import org.fachwerk.projects.core.ProjectSchedule.Dates;
import org.fachwerk.projects.core.WorkingCalendar;
import org.fachwerk.testing.ProjectBuilder;
import org.junit.jupiter.api.Test;

/** Scheduling a project's structure tree in working days. */
class ProjectScheduleTest {

    /** A Thursday. */
    private static final LocalDate START = LocalDate.of(2027, 1, 7);

    private static Project project(WorkItem... packages) {
        return ProjectBuilder.project("BAU-9", "Neubau Kita").from(START).with(packages).build();
    }

    @Test
    void dependentsMoveOverWeekendsAndHolidaysAndPackagesSpanTheirTasks() {
        WorkItem planning = workPackage("Planung").build();
        // Thursday to Monday: three working days
        WorkItem draft = task("Entwurf").from(START).to(LocalDate.of(2027, 1, 11)).in(planning);
        // planned too early: it has to wait for the draft
        WorkItem review = task("Pr\u00fcfung").from(START).to(START.plusDays(1)).after(draft).in(planning);
        WorkItem approved = milestone("Freigabe").after(review).in(planning);
        WorkItem building = workPackage("Bau").build();
        WorkItem site = task("Baustelle einrichten").from(START).to(START).in(building);
        Project project = project(planning, building);

        ProjectSchedule schedule = ProjectSchedule.of(project, WorkingCalendar.weekdays());
        assertEquals(new Dates(START, LocalDate.of(2027, 1, 11)), schedule.dates().get(draft));
        assertEquals(new Dates(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 13)), schedule.dates().get(review));
        // the milestone is due when the review is finished
        assertEquals(new Dates(LocalDate.of(2027, 1, 13), LocalDate.of(2027, 1, 13)), schedule.dates().get(approved));
        assertEquals(new Dates(START, LocalDate.of(2027, 1, 13)), schedule.dates().get(planning));
        assertEquals(LocalDate.of(2027, 1, 13), schedule.end());
        assertEquals(Set.of(draft, review, approved), schedule.critical());
        assertEquals(4, schedule.times().get(site).totalFloat(), "the site waits for nothing");

        // a holiday on Tuesday the 12th pushes the review to Wednesday and Thursday
        ProjectSchedule withHoliday = ProjectSchedule.of(project,
                WorkingCalendar.weekdaysWithout(Set.of(LocalDate.of(2027, 1, 12))));
        assertEquals(new Dates(LocalDate.of(2027, 1, 13), LocalDate.of(2027, 1, 14)),
                withHoliday.dates().get(review));
        assertEquals(LocalDate.of(2027, 1, 14), withHoliday.end());
    }

    @Test
    void aDependencyOnAPackageWaitsForAllOfItsTasks() {
        WorkItem planning = workPackage("Planung").build();
        task("Kurz").from(START).to(START).in(planning);
        task("Lang").from(START).to(LocalDate.of(2027, 1, 13)).in(planning); // Thu to Wed: 5 days
        WorkItem tender = task("Ausschreibung").from(START).to(START)
                .dependsOn(planning, DependencyType.FS, 1).build(); // one day after planning is finished
        ProjectSchedule schedule = ProjectSchedule.of(project(planning, tender), WorkingCalendar.weekdays());
        assertEquals(new Dates(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 15)), schedule.dates().get(tender));
    }

    @Test
    void aCircleOfDependenciesNamesTheTasks() {
        WorkItem first = task("Erstens").from(START).to(START).build();
        WorkItem second = task("Zweitens").from(START).to(START).after(first).build();
        first.getDependencies().add(finishToStart(second));
        CriticalPath.CycleException cycle = assertThrows(CriticalPath.CycleException.class,
                () -> ProjectSchedule.of(project(first, second), WorkingCalendar.weekdays()));
        assertTrue(cycle.getMessage().contains("Erstens") && cycle.getMessage().contains("Zweitens"),
                cycle.getMessage());
    }

    @Test
    void workingDaysAreCountedAcrossWeekendsAndHolidays() {
        WorkingCalendar calendar = WorkingCalendar.weekdaysWithout(Set.of(LocalDate.of(2027, 1, 6)));
        assertEquals(LocalDate.of(2027, 1, 11), calendar.plusWorkingDays(START, 2)); // Thu + 2 = Mon
        assertEquals(LocalDate.of(2027, 1, 5), calendar.plusWorkingDays(START, -1), "over the holiday");
        assertEquals(4, calendar.workingDays(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 10)));
        assertEquals(LocalDate.of(2027, 1, 11), calendar.onOrAfter(LocalDate.of(2027, 1, 9)));
        assertEquals(-2, calendar.index(START, LocalDate.of(2027, 1, 4)));
        assertEquals(2, calendar.index(START, LocalDate.of(2027, 1, 10)), "a Sunday counts as the Monday");
    }
}
