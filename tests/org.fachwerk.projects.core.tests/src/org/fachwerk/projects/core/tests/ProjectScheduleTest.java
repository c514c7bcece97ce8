package org.fachwerk.projects.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.fachwerk.model.Dependency;
import org.fachwerk.model.DependencyType;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.projects.core.CriticalPath;
import org.fachwerk.projects.core.ProjectSchedule;
import org.fachwerk.projects.core.ProjectSchedule.Dates;
import org.fachwerk.projects.core.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** Scheduling a project's structure tree in working days. */
class ProjectScheduleTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;
    /** A Thursday. */
    private static final LocalDate START = LocalDate.of(2027, 1, 7);

    private static WorkItem item(WorkItem parent, String title, WorkItemKind kind, LocalDate start, LocalDate end) {
        WorkItem item = FACTORY.createWorkItem();
        item.setTitle(title);
        item.setKind(kind);
        item.setPlannedStart(start);
        item.setPlannedEnd(end);
        if (parent != null) {
            parent.getChildren().add(item);
        }
        return item;
    }

    private static void dependsOn(WorkItem successor, WorkItem predecessor, DependencyType type, int lag) {
        Dependency dependency = FACTORY.createDependency();
        dependency.setPredecessor(predecessor);
        dependency.setType(type);
        dependency.setLagDays(lag);
        successor.getDependencies().add(dependency);
    }

    private static Project project(WorkItem... packages) {
        Project project = FACTORY.createProject();
        project.setKey("BAU-9");
        project.setName("Neubau Kita");
        project.setStart(START);
        for (WorkItem workPackage : packages) {
            project.getWorkItems().add(workPackage);
        }
        return project;
    }

    @Test
    void dependentsMoveOverWeekendsAndHolidaysAndPackagesSpanTheirTasks() {
        WorkItem planning = item(null, "Planung", WorkItemKind.WORK_PACKAGE, null, null);
        // Thursday to Monday: three working days
        WorkItem draft = item(planning, "Entwurf", WorkItemKind.TASK, START, LocalDate.of(2027, 1, 11));
        // planned too early: it has to wait for the draft
        WorkItem review = item(planning, "Pr\u00fcfung", WorkItemKind.TASK, START, START.plusDays(1));
        WorkItem approved = item(planning, "Freigabe", WorkItemKind.MILESTONE, null, null);
        dependsOn(review, draft, DependencyType.FS, 0);
        dependsOn(approved, review, DependencyType.FS, 0);
        WorkItem building = item(null, "Bau", WorkItemKind.WORK_PACKAGE, null, null);
        WorkItem site = item(building, "Baustelle einrichten", WorkItemKind.TASK, START, START);
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
        WorkItem planning = item(null, "Planung", WorkItemKind.WORK_PACKAGE, null, null);
        item(planning, "Kurz", WorkItemKind.TASK, START, START);
        item(planning, "Lang", WorkItemKind.TASK, START, LocalDate.of(2027, 1, 13)); // Thu to Wed: 5 days
        WorkItem tender = item(null, "Ausschreibung", WorkItemKind.TASK, START, START);
        dependsOn(tender, planning, DependencyType.FS, 1); // one day after planning is finished
        ProjectSchedule schedule = ProjectSchedule.of(project(planning, tender), WorkingCalendar.weekdays());
        assertEquals(new Dates(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 15)), schedule.dates().get(tender));
    }

    @Test
    void aCircleOfDependenciesNamesTheTasks() {
        WorkItem first = item(null, "Erstens", WorkItemKind.TASK, START, START);
        WorkItem second = item(null, "Zweitens", WorkItemKind.TASK, START, START);
        dependsOn(first, second, DependencyType.FS, 0);
        dependsOn(second, first, DependencyType.FS, 0);
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
