package org.fachwerk.projects.core.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.projects.core.ActualEffort;
import org.junit.jupiter.api.Test;

/** Booked hours roll up from tasks to their packages and the project. */
class ActualEffortTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;
    private final Department department = FACTORY.createDepartment();

    /** A project of the department with these work items at its top. */
    private Project project(WorkItem... items) {
        Project project = FACTORY.createProject();
        department.getProjects().add(project);
        project.getWorkItems().addAll(List.of(items));
        return project;
    }

    private void book(WorkItem task, String start, String end, int breakMinutes) {
        booking(LocalDate.of(2027, 2, 8), start, end).on(task).breakMinutes(breakMinutes).in(department);
    }

    @Test
    void bookingsRollUpToPackagesAndTheProject() {
        WorkItem build = task("Umbau").build();
        WorkItem walls = task("W\u00e4nde").build();
        WorkItem paint = task("Streichen").build();
        WorkItem other = task("Abnahme").build();
        Project project = project(build, other);
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

    @Test
    void onlyChangesOfBookingsAndOfWhereWorkSitsAskForTheHoursAgain() {
        WorkItem build = task("Umbau").build();
        WorkItem paint = task("Streichen").build();
        project(build, paint);
        book(paint, "08:00", "12:00", 0);
        List<Notification> changes = new ArrayList<>();
        EContentAdapter recorder = new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                changes.add(notification);
            }
        };
        department.eAdapters().add(recorder);

        paint.setTitle("Anstrich");
        paint.setPlannedEffort(6);
        paint.setStatus(WorkItemStatus.ACTIVE);
        assertFalse(changes.stream().anyMatch(ActualEffort::dependsOn), "titles, effort and states leave the hours");

        changes.clear();
        department.getTimeEntries().get(0).setEnd(LocalTime.of(13, 0));
        assertTrue(changes.stream().anyMatch(ActualEffort::dependsOn), "a booking's end");
        changes.clear();
        book(build, "13:00", "14:00", 0);
        assertTrue(changes.stream().anyMatch(ActualEffort::dependsOn), "a new booking");
        changes.clear();
        build.getChildren().add(paint);
        assertTrue(changes.stream().anyMatch(ActualEffort::dependsOn), "a task moved into a package");
        assertEquals(6, ActualEffort.of(department).hours(build), 1e-9);
        changes.clear();
        department.getTimeEntries().remove(0);
        assertTrue(changes.stream().anyMatch(ActualEffort::dependsOn), "a booking removed");
    }
}
