package org.fachwerk.timelog.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fachwerk.core.PublicHolidays;
import org.fachwerk.model.Absence;
import org.fachwerk.model.Department;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;

/**
 * A person's week: the minutes booked per task and day, the days off (public holidays of the person's state and
 * absences), the week's target and the working-time rules broken in it.
 */
public final class WeekSheet {

    /** A day of the week: the public holiday's name or the absence that makes it a day off, and the minutes booked. */
    public record Day(LocalDate date, String holiday, Absence absence, int minutes) {
        public boolean isOff() {
            return holiday != null || absence != null || date.getDayOfWeek() == DayOfWeek.SATURDAY
                    || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        }
    }

    /** The minutes booked on a task (null: without a task), Monday to Sunday. */
    public record Row(WorkItem task, int[] minutes) {
        public int total() {
            int total = 0;
            for (int day : minutes) {
                total += day;
            }
            return total;
        }
    }

    private final Person person;
    private final LocalDate monday;
    private final List<Day> days = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<TimeEntry> bookings = new ArrayList<>();
    private final List<WorkingTimeRules.Violation> violations = new ArrayList<>();
    private final int target;

    private WeekSheet(Person person, LocalDate monday, Locale locale) {
        this.person = person;
        this.monday = monday;
        LocalDate sunday = monday.plusDays(6);
        Department department = person.getDepartment();
        List<TimeEntry> around = new ArrayList<>();
        if (department != null) {
            for (TimeEntry entry : department.getTimeEntries()) {
                if (entry.getPerson() == person && entry.getDate() != null
                        && !entry.getDate().isBefore(monday.minusDays(1)) && !entry.getDate().isAfter(sunday)) {
                    around.add(entry); // the day before counts for the rest period of Monday
                    if (!entry.getDate().isBefore(monday)) {
                        bookings.add(entry);
                    }
                }
            }
        }
        bookings.sort(Comparator.comparing(TimeEntry::getDate).thenComparing(TimeEntry::getStart,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        Map<WorkItem, int[]> byTask = new LinkedHashMap<>();
        int[] perDay = new int[7];
        for (TimeEntry entry : bookings) {
            int day = entry.getDate().getDayOfWeek().getValue() - 1;
            int minutes = entry.getDurationMinutes();
            byTask.computeIfAbsent(entry.getTask(), t -> new int[7])[day] += minutes;
            perDay[day] += minutes;
        }
        byTask.forEach((task, minutes) -> rows.add(new Row(task, minutes)));
        rows.sort(Comparator.comparing((Row row) -> row.task() == null ? "" : String.valueOf(row.task().getTitle())));
        int weeklyTarget = (int) Math.round(weeklyHours(person) * 60);
        int dailyTarget = weeklyTarget / 5;
        int target = weeklyTarget;
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            Day day = new Day(date, PublicHolidays.name(date, person.getFederalState(), locale), absence(date),
                    perDay[i]);
            days.add(day);
            if (i < 5 && day.isOff()) {
                target -= dailyTarget;
            }
        }
        this.target = target;
        for (WorkingTimeRules.Violation violation : WorkingTimeRules.check(person, around)) {
            if (!violation.date().isBefore(monday)) {
                violations.add(violation);
            }
        }
    }

    /** The week of the person that contains the day. */
    public static WeekSheet of(Person person, LocalDate day, Locale locale) {
        return new WeekSheet(person, day.with(DayOfWeek.MONDAY), locale);
    }

    /** The hours a person should work in a week: the rule set's weekly hours, else the weekly capacity. */
    public static double weeklyHours(Person person) {
        return person.getRuleSet() != null ? person.getRuleSet().getWeeklyHours() : person.getWeeklyCapacity();
    }

    private Absence absence(LocalDate date) {
        Department department = person.getDepartment();
        if (department == null) {
            return null;
        }
        for (Absence absence : department.getAbsences()) {
            if (absence.getPerson() == person && absence.getFrom() != null && absence.getTo() != null
                    && !date.isBefore(absence.getFrom()) && !date.isAfter(absence.getTo())) {
                return absence;
            }
        }
        return null;
    }

    public Person person() {
        return person;
    }

    public LocalDate monday() {
        return monday;
    }

    /** Monday to Sunday. */
    public List<Day> days() {
        return days;
    }

    /** A row per task booked in the week, by title; bookings without a task first. */
    public List<Row> rows() {
        return rows;
    }

    /** The week's bookings by date and start. */
    public List<TimeEntry> bookings() {
        return bookings;
    }

    public int total() {
        return days.stream().mapToInt(Day::minutes).sum();
    }

    /** The minutes to work this week: the weekly hours less a fifth of them for each weekday off. */
    public int target() {
        return target;
    }

    /** The working-time rules broken on the week's days. */
    public List<WorkingTimeRules.Violation> violations() {
        return violations;
    }
}
