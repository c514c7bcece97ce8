package org.fachwerk.projects.core;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.store.KeptSum;
import org.fachwerk.store.UnitOfWork;

/**
 * The hours booked on work items, rolled up: a task's own bookings, a package's those of everything in it, a
 * project's those of all its items. Computed once, from the store's kept sum or from the bookings a department holds,
 * then looked up; a view computes it again only after a commit or a change it
 * {@linkplain #dependsOn(Notification) depends on}.
 */
public final class ActualEffort {

    /** The days every year of the sum lies between. */
    private static final LocalDate ALL_YEARS_FROM = LocalDate.of(1, 1, 1);
    private static final LocalDate ALL_YEARS_TO = LocalDate.of(9999, 12, 31);

    private final Map<EObject, Integer> minutes = new HashMap<>();
    /** The tasks with bookings of their own. */
    private final Set<WorkItem> booked = new HashSet<>();

    private ActualEffort() {
    }

    /**
     * The booked hours of every work item and project of the department from the bookings it holds now, with those
     * not committed yet: for a person who reads all of them (a Planner; a Member holds only their own).
     */
    public static ActualEffort of(Department department) {
        // per task first: a department books a year on far fewer tasks than it has bookings
        Map<WorkItem, int[]> perTask = new HashMap<>();
        for (TimeEntry entry : department.getTimeEntries()) {
            WorkItem task = entry.getTask();
            if (task != null) {
                perTask.computeIfAbsent(task, t -> new int[1])[0] += entry.getDurationMinutes();
            }
        }
        ActualEffort effort = new ActualEffort();
        perTask.forEach((task, booked) -> effort.add(task, booked[0]));
        return effort;
    }

    /**
     * The booked hours of the session's loaded work items from the store's {@link BookedTasks} sum: everyone's
     * bookings on them as last committed, also those the person may not read one by one, without reading them. A
     * view reads them again after each commit ({@link DepartmentSession#whenCommitted}).
     */
    public static ActualEffort of(DepartmentSession session) {
        return kept(session.department(), session.sums(BookedTasks.NAME, ALL_YEARS_FROM, ALL_YEARS_TO));
    }

    /** As {@link #of(DepartmentSession)}, for the department a unit of work loaded. */
    public static ActualEffort kept(Department department, UnitOfWork work) {
        return kept(department, work.sums(BookedTasks.NAME, ALL_YEARS_FROM, ALL_YEARS_TO));
    }

    private static ActualEffort kept(Department department, List<KeptSum.Total> totals) {
        Map<String, Integer> perTask = new HashMap<>();
        for (KeptSum.Total total : totals) {
            perTask.merge(total.group(), (int) total.total(), Integer::sum);
        }
        ActualEffort effort = new ActualEffort();
        for (Project project : department.getProjects()) {
            project.eAllContents().forEachRemaining(object -> {
                if (object instanceof WorkItem item && perTask.containsKey(item.getId())) {
                    effort.add(item, perTask.get(item.getId()));
                }
            });
        }
        return effort;
    }

    /** Whether time is booked on the task itself (its remaining effort, not the planned one, is what is left). */
    public boolean isBooked(WorkItem task) {
        return booked.contains(task);
    }

    /** Counts minutes booked on the task for it, each package above it and the project. */
    private void add(WorkItem task, int booked) {
        this.booked.add(task);
        for (EObject at = task; at instanceof WorkItem || at instanceof Project; at = at.eContainer()) {
            minutes.merge(at, booked, Integer::sum);
        }
    }

    /**
     * Whether the change can alter booked hours: a booking changed, added or removed, or work items added, moved or
     * removed (which moves their hours between packages). Edits of titles, dates, states or planned effort cannot.
     */
    public static boolean dependsOn(Notification change) {
        if (change.isTouch()) {
            return false;
        }
        if (change.getNotifier() instanceof TimeEntry) {
            return true;
        }
        Object feature = change.getFeature();
        return feature == FachwerkPackage.Literals.DEPARTMENT__TIME_ENTRIES
                || feature == FachwerkPackage.Literals.DEPARTMENT__PROJECTS
                || feature == FachwerkPackage.Literals.PROJECT__WORK_ITEMS
                || feature == FachwerkPackage.Literals.WORK_ITEM__CHILDREN;
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
