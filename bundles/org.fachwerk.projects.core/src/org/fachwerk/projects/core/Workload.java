package org.fachwerk.projects.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.fachwerk.model.Absence;
import org.fachwerk.model.Department;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.WorkItem;

/**
 * Who has how much to do in which week, against what they can do. The effort of each open task (its planned
 * effort, or its remaining effort once time is booked on it) is shared equally among its assignees and spread
 * evenly over their working days in the task's period. A person's capacity in a week is their weekly capacity for
 * the working days of that week, without holidays and absences.
 */
public final class Workload {

    /** One person's week. */
    public record Week(LocalDate monday, double planned, double capacity) {
        /** More planned than the person can do. */
        public boolean overAllocated() {
            return planned > capacity + 1e-9;
        }
    }

    private static final int WORKING_DAYS_PER_WEEK = 5;

    private Workload() {
    }

    /**
     * The weeks from the one of {@code from} to the one of {@code to} for every person of the department, in the
     * order of the department's list.
     *
     * @param calendars each person's working days (public holidays of their state and their absences); see
     *        {@link #calendar(Person, Set)}
     */
    public static Map<Person, List<Week>> of(Department department, LocalDate from, LocalDate to,
            Function<Person, WorkingCalendar> calendars, ActualEffort booked) {
        LocalDate firstMonday = from.with(DayOfWeek.MONDAY);
        LocalDate lastMonday = to.with(DayOfWeek.MONDAY);
        Map<Person, WorkingCalendar> calendarOf = new LinkedHashMap<>();
        department.getPersons().forEach(person -> calendarOf.put(person, calendars.apply(person)));
        Map<Person, TreeMap<LocalDate, Double>> daily = perDay(department, firstMonday, lastMonday.plusDays(6),
                calendarOf::get, booked);
        Map<Person, TreeMap<LocalDate, Double>> planned = new LinkedHashMap<>();
        daily.forEach((person, days) -> {
            TreeMap<LocalDate, Double> weeks = new TreeMap<>();
            days.forEach((day, hours) -> weeks.merge(day.with(DayOfWeek.MONDAY), hours, Double::sum));
            planned.put(person, weeks);
        });
        Map<Person, List<Week>> weeks = new LinkedHashMap<>();
        for (Person person : department.getPersons()) {
            WorkingCalendar calendar = calendarOf.get(person);
            List<Week> list = new ArrayList<>();
            for (LocalDate monday = firstMonday; !monday.isAfter(lastMonday); monday = monday.plusWeeks(1)) {
                double capacity = person.getWeeklyCapacity() / WORKING_DAYS_PER_WEEK
                        * calendar.workingDays(monday, monday.plusDays(6));
                list.add(new Week(monday, planned.get(person).getOrDefault(monday, 0.0), capacity));
            }
            weeks.put(person, list);
        }
        return weeks;
    }

    private static boolean isOpenLeaf(WorkItem item) {
        return item.isLeaf() && item.isOpen() && item.getPlannedStart() != null
                && item.getPlannedEnd() != null && !item.getAssignees().isEmpty();
    }

    private static void spread(WorkItem item, double effort, Map<Person, WorkingCalendar> calendars,
            Map<Person, TreeMap<LocalDate, Double>> planned, LocalDate from, LocalDate to) {
        if (effort <= 0) {
            return;
        }
        double share = effort / item.getAssignees().size();
        for (Person person : item.getAssignees()) {
            WorkingCalendar calendar = calendars.get(person);
            if (calendar == null) {
                continue; // someone from elsewhere, not part of this department's view
            }
            int days = calendar.workingDays(item.getPlannedStart(), item.getPlannedEnd());
            if (days == 0) { // a period without working days: all on the next one
                add(planned.get(person), calendar.onOrAfter(item.getPlannedStart()), share, from, to);
                continue;
            }
            double perDay = share / days;
            for (LocalDate day = item.getPlannedStart(); !day.isAfter(item.getPlannedEnd()); day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day)) {
                    add(planned.get(person), day, perDay, from, to);
                }
            }
        }
    }

    private static void add(TreeMap<LocalDate, Double> days, LocalDate day, double hours, LocalDate from,
            LocalDate to) {
        if (!day.isBefore(from) && !day.isAfter(to)) {
            days.merge(day, hours, Double::sum);
        }
    }

    /**
     * The planned hours per person and working day from {@code from} to {@code to}, as {@link #of} spreads them.
     *
     * @param booked the hours booked on the department's tasks, which tell whose remaining effort counts
     */
    public static Map<Person, TreeMap<LocalDate, Double>> perDay(Department department, LocalDate from, LocalDate to,
            Function<Person, WorkingCalendar> calendars, ActualEffort booked) {
        Map<Person, WorkingCalendar> calendarOf = new LinkedHashMap<>();
        Map<Person, TreeMap<LocalDate, Double>> planned = new LinkedHashMap<>();
        for (Person person : department.getPersons()) {
            calendarOf.put(person, calendars.apply(person));
            planned.put(person, new TreeMap<>());
        }
        forEachOpenTask(department, item -> spread(item, effortToDo(item, booked), calendarOf, planned, from, to));
        return planned;
    }

    /** The effort still to do on a task: the remaining effort once time is booked on it, else the planned one. */
    public static double effortToDo(WorkItem item, ActualEffort booked) {
        return booked.isBooked(item) ? item.getRemainingEffort() : item.getPlannedEffort();
    }

    private static void forEachOpenTask(Department department, java.util.function.Consumer<WorkItem> action) {
        for (Project project : department.getProjects()) {
            if (project.getStatus() == ProjectStatus.COMPLETED || project.getStatus() == ProjectStatus.ARCHIVED) {
                continue;
            }
            project.eAllContents().forEachRemaining(o -> {
                if (o instanceof WorkItem item && isOpenLeaf(item)) {
                    action.accept(item);
                }
            });
        }
    }

    /** A person's working days: weekdays without the public holidays of the person's federal state and absences. */
    public static WorkingCalendar calendar(Person person) {
        Set<LocalDate> absent = new HashSet<>();
        Department department = person.getDepartment();
        if (department != null) {
            for (Absence absence : department.getAbsences()) {
                if (absence.getPerson() == person && absence.getFrom() != null && absence.getTo() != null) {
                    for (LocalDate day = absence.getFrom(); !day.isAfter(absence.getTo()); day = day.plusDays(1)) {
                        absent.add(day);
                    }
                }
            }
        }
        return WorkingCalendar.of(person.getFederalState(), absent);
    }
}
