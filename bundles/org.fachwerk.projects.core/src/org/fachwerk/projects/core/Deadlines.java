package org.fachwerk.projects.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.Department;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;

/**
 * Everything that is due across the department's projects, with a traffic light: overdue when its day has passed,
 * at risk when the effort still to do is more than its assignees have free until then (their capacity on their
 * working days, less what their other tasks need in that time), on schedule otherwise.
 */
public final class Deadlines {

    /** The traffic light. */
    public enum State {
        OVERDUE, AT_RISK, ON_SCHEDULE
    }

    /**
     * One due work item.
     *
     * @param due its deadline, or a milestone's day
     * @param toDo the effort still to do
     * @param free what its assignees have free from today until it is due
     */
    public record Due(WorkItem item, Project project, LocalDate due, State state, double toDo, double free) {
    }

    private Deadlines() {
    }

    /**
     * The open work items with a deadline, and open milestones, ordered by due day.
     *
     * @param booked the hours booked on the tasks: a booked task has its remaining effort still to do
     */
    public static List<Due> of(Department department, LocalDate today, Function<Person, WorkingCalendar> calendars,
            ActualEffort booked) {
        List<WorkItem> dueItems = new ArrayList<>();
        LocalDate last = today;
        for (Project project : department.getProjects()) {
            if (project.getStatus() == ProjectStatus.COMPLETED || project.getStatus() == ProjectStatus.ARCHIVED) {
                continue;
            }
            for (EObject object : (Iterable<EObject>) project::eAllContents) {
                if (object instanceof WorkItem item && item.isOpen() && due(item) != null) {
                    dueItems.add(item);
                    last = due(item).isAfter(last) ? due(item) : last;
                }
            }
        }
        // a person's calendar reads the department's absences: once per person, not per item
        Map<Person, WorkingCalendar> calendarOf = new HashMap<>();
        Function<Person, WorkingCalendar> calendar = person -> calendarOf.computeIfAbsent(person, calendars);
        Map<Person, TreeMap<LocalDate, Double>> load = Workload.perDay(department, today, last, calendar, booked);
        List<Due> result = new ArrayList<>();
        for (WorkItem item : dueItems) {
            LocalDate due = due(item);
            double toDo = item.isLeaf() ? Workload.effortToDo(item, booked) : 0;
            double free = 0;
            for (Person person : due.isBefore(today) ? List.<Person>of() : item.getAssignees()) {
                WorkingCalendar working = calendar.apply(person);
                double capacity = person.getWeeklyCapacity() / 5 * working.workingDays(today, due);
                double busy = load.getOrDefault(person, new TreeMap<>()).subMap(today, true, due, true).values()
                        .stream().mapToDouble(Double::doubleValue).sum();
                double own = ownShare(item, person, booked, today, due, working);
                free += Math.max(0, capacity - (busy - own));
            }
            State state = due.isBefore(today) ? State.OVERDUE
                    : toDo > free + 1e-9 && !item.getAssignees().isEmpty() ? State.AT_RISK : State.ON_SCHEDULE;
            result.add(new Due(item, Projects.of(item), due, state, toDo, free));
        }
        result.sort(Comparator.comparing(Due::due));
        return result;
    }

    /** The part of the person's load from today to the due day that is this item's own (not taking from it). */
    private static double ownShare(WorkItem item, Person person, ActualEffort booked, LocalDate today, LocalDate due,
            WorkingCalendar calendar) {
        if (!item.isLeaf() || item.getPlannedStart() == null || item.getPlannedEnd() == null
                || item.getAssignees().isEmpty()) {
            return 0;
        }
        int days = calendar.workingDays(item.getPlannedStart(), item.getPlannedEnd());
        if (days == 0) {
            return 0;
        }
        double perDay = Workload.effortToDo(item, booked) / item.getAssignees().size() / days;
        LocalDate from = item.getPlannedStart().isAfter(today) ? item.getPlannedStart() : today;
        LocalDate to = item.getPlannedEnd().isBefore(due) ? item.getPlannedEnd() : due;
        return perDay * calendar.workingDays(from, to);
    }

    /**
     * The day a work item is due: its deadline, else a milestone's day (its planned end, else its planned start);
     * null for a task without a deadline, which nobody waits for on a given day.
     */
    public static LocalDate due(WorkItem item) {
        if (item.getDeadline() != null) {
            return item.getDeadline();
        }
        return item.getKind() == WorkItemKind.MILESTONE ? item.getPlannedEnd() != null ? item.getPlannedEnd()
                : item.getPlannedStart() : null;
    }

}
