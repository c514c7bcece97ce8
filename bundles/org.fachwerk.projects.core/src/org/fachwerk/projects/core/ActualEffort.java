package org.fachwerk.projects.core;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.Department;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;

/**
 * The hours booked on work items, rolled up: a task's own bookings, a package's those of everything in it, a
 * project's those of all its items. Computed once from the department's bookings, then looked up.
 */
public final class ActualEffort {

    private final Map<EObject, Integer> minutes = new HashMap<>();

    private ActualEffort() {
    }

    /** The booked hours of every work item and project of the department, as the bookings are now. */
    public static ActualEffort of(Department department) {
        ActualEffort effort = new ActualEffort();
        for (TimeEntry entry : department.getTimeEntries()) {
            int booked = entry.getDurationMinutes();
            if (booked == 0) {
                continue;
            }
            // the task, each package above it and the project
            for (EObject at = entry.getTask(); at instanceof WorkItem || at instanceof Project; at = at.eContainer()) {
                effort.minutes.merge(at, booked, Integer::sum);
            }
        }
        return effort;
    }

    /** Hours booked on the work item and everything in it. */
    public double hours(WorkItem item) {
        return minutes.getOrDefault(item, 0) / 60.0;
    }

    /** Hours booked on the project's work items. */
    public double hours(Project project) {
        return minutes.getOrDefault(project, 0) / 60.0;
    }
}
