package org.fachwerk.projects.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.projects.core.ActualEffort;
import org.junit.jupiter.api.Test;

/** Booked hours roll up from tasks to their packages and the project. */
class ActualEffortTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;
    private final Department department = FACTORY.createDepartment();

    private WorkItem item(String title) {
        WorkItem item = FACTORY.createWorkItem();
        item.setTitle(title);
        return item;
    }

    private void book(WorkItem task, String start, String end, int breakMinutes) {
        TimeEntry entry = FACTORY.createTimeEntry();
        entry.setTask(task);
        entry.setDate(LocalDate.of(2027, 2, 8));
        entry.setStart(LocalTime.parse(start));
        entry.setEnd(LocalTime.parse(end));
        entry.setBreakMinutes(breakMinutes);
        department.getTimeEntries().add(entry);
    }

    @Test
    void bookingsRollUpToPackagesAndTheProject() {
        Project project = FACTORY.createProject();
        department.getProjects().add(project);
        WorkItem build = item("Umbau");
        WorkItem walls = item("W\u00e4nde");
        WorkItem paint = item("Streichen");
        WorkItem other = item("Abnahme");
        project.getWorkItems().add(build);
        project.getWorkItems().add(other);
        build.getChildren().add(walls);
        walls.getChildren().add(paint);
        book(paint, "08:00", "12:30", 30); // 4 h
        book(walls, "13:00", "14:30", 0); // 1.5 h
        book(other, "22:00", "01:00", 0); // 3 h across midnight
        book(null, "15:00", "16:00", 0); // on no task
        ActualEffort effort = ActualEffort.of(department);
        assertEquals(4, effort.hours(paint), 1e-9);
        assertEquals(5.5, effort.hours(walls), 1e-9);
        assertEquals(5.5, effort.hours(build), 1e-9);
        assertEquals(3, effort.hours(other), 1e-9);
        assertEquals(8.5, effort.hours(project), 1e-9);
    }
}
