package org.fachwerk.timelog.core;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.PublicHolidays;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkingTimeLaw;
import org.fachwerk.model.WorkingTimeRuleSet;

/**
 * Checks a person's bookings against the working-time law of their rule set: the Working Time Act (ArbZG) for
 * employees, the federal working-time ordinance (AZV) for civil servants.
 * <ul>
 * <li>Daily maximum: ArbZG 8 hours, extendable to 10 (the rule set's maximum) of net work; AZV 13 hours from the
 * first start to the last end, breaks included.</li>
 * <li>Breaks: more than 6 hours of net work need 30 minutes, more than 9 hours 45; only breaks of at least 15
 * minutes count (a gap between two bookings or the break booked in one).</li>
 * <li>No more than 6 hours of work in a row without such a break.</li>
 * <li>Rest: the rule set's hours (11) between the end of one working day and the start of the next.</li>
 * <li>Sundays and public holidays of the person's federal state: work needs a reason.</li>
 * <li>Week: ArbZG at most 60 hours (six days of ten); AZV the rule set's weekly hours (41).</li>
 * </ul>
 * A booking counts for the day it began, also when it runs past midnight.
 */
public final class WorkingTimeRules {

    /** What the rules check. */
    public enum Rule {
        DAILY_MAXIMUM, BREAKS, WORK_WITHOUT_BREAK, REST_PERIOD, SUNDAY_OR_HOLIDAY, WEEKLY_MAXIMUM
    }

    /** A breach of a rule on a day (for the weekly maximum: the week's Monday), described for the user. */
    public record Violation(LocalDate date, Rule rule, String message) {
    }

    /** The limits that apply to a person, in minutes. */
    public record Limits(WorkingTimeLaw law, int dailyMaximum, int rest, int weeklyMaximum) {
    }

    /** A break counts only from this length on (ArbZG section 4, AZV section 5). */
    public static final int MINIMUM_BREAK = 15;
    private static final int LONGEST_STRETCH = 6 * 60;
    private static final int SHORT_DAY = 6 * 60;
    private static final int LONG_DAY = 9 * 60;
    private static final int ARBZG_WEEK = 60 * 60;

    private WorkingTimeRules() {
    }

    /** The limits of the person's rule set; without one, those of the ArbZG. */
    public static Limits limits(Person person) {
        WorkingTimeRuleSet rules = person.getRuleSet();
        if (rules == null) {
            return new Limits(WorkingTimeLaw.ARBZG, 10 * 60, 11 * 60, ARBZG_WEEK);
        }
        int weekly = rules.getLaw() == WorkingTimeLaw.AZV ? minutes(rules.getWeeklyHours()) : ARBZG_WEEK;
        return new Limits(rules.getLaw(), minutes(rules.getMaxDailyHours()), minutes(rules.getMinRestHours()), weekly);
    }

    private static int minutes(double hours) {
        return (int) Math.round(hours * 60);
    }

    /** The person's violations in the given bookings (others' bookings are ignored), in date order. */
    public static List<Violation> check(Person person, Collection<TimeEntry> entries) {
        Limits limits = limits(person);
        List<Booking> bookings = new ArrayList<>();
        for (TimeEntry entry : entries) {
            Booking booking = entry.getPerson() == person ? Booking.of(entry) : null;
            if (booking != null) {
                bookings.add(booking);
            }
        }
        bookings.sort(Comparator.comparing(Booking::start));
        Map<LocalDate, List<Booking>> days = new TreeMap<>();
        for (Booking booking : bookings) {
            days.computeIfAbsent(booking.day(), d -> new ArrayList<>()).add(booking);
        }
        List<Violation> violations = new ArrayList<>();
        Booking lastOfPreviousDay = null;
        for (Map.Entry<LocalDate, List<Booking>> day : days.entrySet()) {
            checkDay(person, limits, day.getKey(), day.getValue(), violations);
            if (lastOfPreviousDay != null) {
                checkRest(limits, lastOfPreviousDay, day.getValue().get(0), violations);
            }
            lastOfPreviousDay = day.getValue().stream().max(Comparator.comparing(Booking::end)).orElseThrow();
        }
        checkWeeks(limits, days, violations);
        violations.sort(Comparator.comparing(Violation::date));
        return violations;
    }

    private static void checkDay(Person person, Limits limits, LocalDate date, List<Booking> bookings,
            List<Violation> violations) {
        int net = bookings.stream().mapToInt(Booking::netMinutes).sum();
        if (limits.law() == WorkingTimeLaw.AZV) {
            LocalDateTime first = bookings.get(0).start();
            LocalDateTime last = bookings.stream().map(Booking::end).max(Comparator.naturalOrder()).orElseThrow();
            int span = (int) Duration.between(first, last).toMinutes();
            if (span > limits.dailyMaximum()) {
                violations.add(new Violation(date, Rule.DAILY_MAXIMUM, NLS.bind(Messages.Rule_dailySpan,
                        new Object[] { Formats.date(date), hours(span), hours(limits.dailyMaximum()) })));
            }
        } else if (net > limits.dailyMaximum()) {
            violations.add(new Violation(date, Rule.DAILY_MAXIMUM, NLS.bind(Messages.Rule_daily,
                    new Object[] { Formats.date(date), hours(net), hours(limits.dailyMaximum()) })));
        }
        int required = net > LONG_DAY ? 45 : net > SHORT_DAY ? 30 : 0;
        int breaks = countedBreaks(bookings);
        if (breaks < required) {
            violations.add(new Violation(date, Rule.BREAKS, NLS.bind(Messages.Rule_breaks,
                    new Object[] { Formats.date(date), hours(net), breaks, hours(net > LONG_DAY ? LONG_DAY : SHORT_DAY),
                            required, MINIMUM_BREAK })));
        }
        checkStretches(date, bookings, violations);
        boolean sunday = date.getDayOfWeek() == DayOfWeek.SUNDAY;
        String holiday = PublicHolidays.name(date, person.getFederalState(), Locale.getDefault());
        if ((sunday || holiday != null)
                && bookings.stream().anyMatch(b -> b.entry().getReason() == null || b.entry().getReason().isBlank())) {
            violations.add(new Violation(date, Rule.SUNDAY_OR_HOLIDAY, NLS.bind(Messages.Rule_sundayOrHoliday,
                    Formats.date(date), holiday != null ? holiday : Messages.Rule_sunday)));
        }
    }

    /** Breaks of at least 15 minutes: those booked in a booking and the gaps between two bookings. */
    private static int countedBreaks(List<Booking> bookings) {
        int minutes = 0;
        LocalDateTime previousEnd = null;
        for (Booking booking : bookings) {
            if (booking.entry().getBreakMinutes() >= MINIMUM_BREAK) {
                minutes += booking.entry().getBreakMinutes();
            }
            if (previousEnd != null) {
                long gap = Duration.between(previousEnd, booking.start()).toMinutes();
                if (gap >= MINIMUM_BREAK) {
                    minutes += (int) gap;
                }
            }
            previousEnd = previousEnd == null || booking.end().isAfter(previousEnd) ? booking.end() : previousEnd;
        }
        return minutes;
    }

    /**
     * Work in a row: bookings joined by gaps shorter than a counted break. Where a booking has a break of its own,
     * the break is taken to lie in its middle, splitting its work in two halves.
     */
    private static void checkStretches(LocalDate date, List<Booking> bookings, List<Violation> violations) {
        int stretch = 0;
        int longest = 0;
        LocalDateTime stretchStart = null;
        LocalDateTime longestStart = null;
        LocalDateTime previousEnd = null;
        for (Booking booking : bookings) {
            if (previousEnd == null || Duration.between(previousEnd, booking.start()).toMinutes() >= MINIMUM_BREAK) {
                stretch = 0;
                stretchStart = booking.start();
            }
            int net = booking.netMinutes();
            if (booking.entry().getBreakMinutes() >= MINIMUM_BREAK) {
                int firstHalf = net / 2;
                stretch += firstHalf;
                if (stretch > longest) {
                    longest = stretch;
                    longestStart = stretchStart;
                }
                stretch = net - firstHalf;
                stretchStart = booking.start().plusMinutes(firstHalf + booking.entry().getBreakMinutes());
            } else {
                stretch += net;
            }
            if (stretch > longest) {
                longest = stretch;
                longestStart = stretchStart;
            }
            previousEnd = previousEnd == null || booking.end().isAfter(previousEnd) ? booking.end() : previousEnd;
        }
        if (longest > LONGEST_STRETCH) {
            violations.add(new Violation(date, Rule.WORK_WITHOUT_BREAK, NLS.bind(Messages.Rule_withoutBreak,
                    new Object[] { Formats.date(date), hours(longest), Formats.time(longestStart),
                            hours(LONGEST_STRETCH) })));
        }
    }

    private static void checkRest(Limits limits, Booking previous, Booking next, List<Violation> violations) {
        long rest = Duration.between(previous.end(), next.start()).toMinutes();
        if (rest < limits.rest()) {
            violations.add(new Violation(next.day(), Rule.REST_PERIOD, NLS.bind(Messages.Rule_rest, new Object[] {
                    Formats.date(next.day()), hours((int) Math.max(0, rest)), Formats.dateTime(previous.end()),
                    hours(limits.rest()) })));
        }
    }

    private static void checkWeeks(Limits limits, Map<LocalDate, List<Booking>> days, List<Violation> violations) {
        Map<LocalDate, Integer> weeks = new TreeMap<>();
        days.forEach((day, bookings) -> weeks.merge(day.with(DayOfWeek.MONDAY),
                bookings.stream().mapToInt(Booking::netMinutes).sum(), Integer::sum));
        weeks.forEach((monday, minutes) -> {
            if (minutes > limits.weeklyMaximum()) {
                violations.add(new Violation(monday, Rule.WEEKLY_MAXIMUM, NLS.bind(Messages.Rule_weekly,
                        new Object[] { Formats.date(monday), hours(minutes), hours(limits.weeklyMaximum()) })));
            }
        });
    }

    /** Minutes as hours and minutes, e.g. {@code 6:01 h}. */
    static String hours(int minutes) {
        return String.format("%d:%02d h", minutes / 60, minutes % 60);
    }
}
