package org.fachwerk.timelog.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.Department;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkLocation;
import org.fachwerk.model.edit.ModelTexts;

/** The time logging reports: timesheet, hours per project, hours by location, working-time compliance. */
public final class Reports {

    private Reports() {
    }

    /** A person's bookings in a month, day by day, with the month's total. */
    public static Report timesheet(Person person, YearMonth month, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (TimeEntry entry : inTimeOrder(bookings(person.getDepartment(), person, month.atDay(1),
                month.atEndOfMonth()))) {
            Project project = project(entry);
            rows.add(List.of(entry.getDate(), entry.getDate().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale),
                    entry.getStart().toString(), entry.getEnd().toString(), entry.getBreakMinutes(),
                    hours(entry.getDurationMinutes()), entry.getTask() == null ? "" : text(entry.getTask().getTitle()),
                    project == null ? "" : text(project.getKey()), ModelTexts.of(entry.getLocation()),
                    text(entry.getComment()), text(entry.getReason())));
        }
        return new Report(NLS.bind(Messages.Report_timesheet, person.getFullName(), Formats.month(month, locale)),
                List.of(Messages.Report_date, Messages.Report_weekday, Messages.Report_from, Messages.Report_to,
                        Messages.Report_breakMinutes, Messages.Report_hours, Messages.Report_task,
                        Messages.Report_project, Messages.Report_location, Messages.Report_comment,
                        Messages.Report_reason),
                rows, List.of(4, 5));
    }

    /** The hours booked on each project from one day to another, and those booked on no project. */
    public static Report hoursPerProject(Department department, LocalDate from, LocalDate to) {
        Map<Project, long[]> perProject = new LinkedHashMap<>();
        for (Project project : department.getProjects()) {
            perProject.put(project, new long[2]);
        }
        long[] none = new long[2];
        for (TimeEntry entry : bookings(department, null, from, to)) {
            Project project = project(entry);
            long[] sums = project == null ? none : perProject.computeIfAbsent(project, p -> new long[2]);
            sums[0] += entry.getDurationMinutes();
            sums[1]++;
        }
        List<List<Object>> rows = new ArrayList<>();
        perProject.entrySet().stream().filter(e -> e.getValue()[1] > 0)
                .sorted(Comparator.comparing(e -> text(e.getKey().getKey()))).forEach(e -> rows.add(List.of(
                        text(e.getKey().getKey()), text(e.getKey().getName()), hours(e.getValue()[0]),
                        e.getValue()[1])));
        if (none[1] > 0) {
            rows.add(List.of("", Messages.Report_noProject, hours(none[0]), none[1]));
        }
        return new Report(NLS.bind(Messages.Report_perProject, date(from), date(to)),
                List.of(Messages.Report_projectKey, Messages.Report_projectName, Messages.Report_hours,
                        Messages.Report_bookings),
                rows, List.of(2, 3));
    }

    /** The department's hours per month of a year at the office, at home and mobile, with the share at home. */
    public static Report hoursByLocation(Department department, int year, Locale locale) {
        Map<YearMonth, long[]> perMonth = new TreeMap<>();
        for (int month = 1; month <= 12; month++) {
            perMonth.put(YearMonth.of(year, month), new long[WorkLocation.VALUES.size()]);
        }
        for (TimeEntry entry : bookings(department, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            WorkLocation location = entry.getLocation() == null ? WorkLocation.OFFICE : entry.getLocation();
            perMonth.get(YearMonth.from(entry.getDate()))[location.getValue()] += entry.getDurationMinutes();
        }
        List<List<Object>> rows = new ArrayList<>();
        perMonth.forEach((month, minutes) -> {
            long total = minutes[0] + minutes[1] + minutes[2];
            rows.add(List.of(Formats.month(month, locale), hours(minutes[WorkLocation.OFFICE_VALUE]),
                    hours(minutes[WorkLocation.HOME_VALUE]), hours(minutes[WorkLocation.MOBILE_VALUE]), hours(total),
                    total == 0 ? 0.0 : Math.round(1000.0 * minutes[WorkLocation.HOME_VALUE] / total) / 10.0));
        });
        return new Report(NLS.bind(Messages.Report_byLocation, year),
                List.of(Messages.Report_month, ModelTexts.of(WorkLocation.OFFICE), ModelTexts.of(WorkLocation.HOME),
                        ModelTexts.of(WorkLocation.MOBILE), Messages.Report_hours, Messages.Report_homeShare),
                rows, List.of(1, 2, 3, 4, 5));
    }

    /** Every breach of the working-time rules in a person's month, with the rule. */
    public static Report compliance(Person person, YearMonth month) {
        List<TimeEntry> entries = inTimeOrder(bookings(person.getDepartment(), person,
                month.atDay(1).minusDays(1), month.atEndOfMonth()));
        List<List<Object>> rows = new ArrayList<>();
        for (WorkingTimeRules.Violation violation : WorkingTimeRules.check(person, entries)) {
            if (!violation.date().isBefore(month.atDay(1))) {
                rows.add(List.of(violation.date(), ruleName(violation.rule()), violation.message()));
            }
        }
        WorkingTimeRules.Limits limits = WorkingTimeRules.limits(person);
        return new Report(NLS.bind(Messages.Report_compliance, new Object[] { person.getFullName(),
                Formats.month(month, Locale.getDefault()), limits.law().getLiteral().toUpperCase(Locale.ROOT) }),
                List.of(Messages.Report_date, Messages.Report_rule, Messages.Report_violation), rows, List.of());
    }

    /** The rule's name for the user. */
    public static String ruleName(WorkingTimeRules.Rule rule) {
        return switch (rule) {
        case DAILY_MAXIMUM -> Messages.RuleName_daily;
        case BREAKS -> Messages.RuleName_breaks;
        case WORK_WITHOUT_BREAK -> Messages.RuleName_withoutBreak;
        case REST_PERIOD -> Messages.RuleName_rest;
        case SUNDAY_OR_HOLIDAY -> Messages.RuleName_sundayOrHoliday;
        case WEEKLY_MAXIMUM -> Messages.RuleName_weekly;
        };
    }

    /** The complete bookings of the person (null: everyone) from one day to another, in the order stored. */
    private static List<TimeEntry> bookings(Department department, Person person, LocalDate from, LocalDate to) {
        List<TimeEntry> result = new ArrayList<>();
        if (department == null) {
            return result;
        }
        for (TimeEntry entry : department.getTimeEntries()) {
            if ((person == null || entry.getPerson() == person) && entry.getDate() != null
                    && entry.getStart() != null && entry.getEnd() != null && !entry.getDate().isBefore(from)
                    && !entry.getDate().isAfter(to)) {
                result.add(entry);
            }
        }
        return result;
    }

    /** Sorted by day and start; the sums need no order, and a department's year is a million bookings to sort. */
    private static List<TimeEntry> inTimeOrder(List<TimeEntry> entries) {
        entries.sort(Comparator.comparing(TimeEntry::getDate).thenComparing(TimeEntry::getStart));
        return entries;
    }

    /** The project a booking's task belongs to, or null. */
    public static Project project(TimeEntry entry) {
        return entry.getTask() == null ? null : entry.getTask().getProject();
    }

    /** Minutes as decimal hours, rounded to hundredths. */
    private static double hours(long minutes) {
        return Math.round(minutes * 100.0 / 60.0) / 100.0;
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }
}
