package org.fachwerk.projects.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.fachwerk.core.PublicHolidays;
import org.fachwerk.model.FederalState;

/**
 * Which days are worked: Monday to Friday, except the given holidays (a person's or a department's public holidays,
 * or absences). Plans count in working days, so that a task of five days that starts on a Thursday ends on the
 * next Wednesday.
 */
public final class WorkingCalendar {

    private final Predicate<LocalDate> dayOff;

    private WorkingCalendar(Predicate<LocalDate> dayOff) {
        this.dayOff = dayOff;
    }

    /** Monday to Friday. */
    public static WorkingCalendar weekdays() {
        return new WorkingCalendar(day -> false);
    }

    /** Monday to Friday without the holidays. */
    public static WorkingCalendar weekdaysWithout(Set<LocalDate> holidays) {
        Set<LocalDate> off = Set.copyOf(holidays);
        return new WorkingCalendar(off::contains);
    }

    /** Monday to Friday without the public holidays of the state (null: the nationwide ones) and the other days off. */
    public static WorkingCalendar of(FederalState state, Set<LocalDate> otherDaysOff) {
        Set<LocalDate> off = Set.copyOf(otherDaysOff);
        return new WorkingCalendar(day -> off.contains(day) || PublicHolidays.isHoliday(day, state));
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !dayOff.test(date);
    }

    /** The date itself if it is a working day, else the next one. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The date itself if it is a working day, else the one before. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * The working day {@code days} working days after (or, when negative, before) the given working day; 0 gives the
     * day itself (moved to the next working day if it is none).
     */
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        LocalDate day = days >= 0 ? onOrAfter(date) : onOrBefore(date);
        int step = days >= 0 ? 1 : -1;
        for (int left = Math.abs(days); left > 0;) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** How many working days lie from {@code from} to {@code to}, both included; 0 when {@code to} is before. */
    public int workingDays(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    /**
     * The number of the working day, counted from {@code origin} (working day 0): negative before it. A day that
     * is not worked counts as the next working day.
     */
    public int index(LocalDate origin, LocalDate date) {
        LocalDate start = onOrAfter(origin);
        LocalDate day = onOrAfter(date);
        return day.isBefore(start) ? -workingDays(day, start.minusDays(1)) : workingDays(start, day) - 1;
    }
}
