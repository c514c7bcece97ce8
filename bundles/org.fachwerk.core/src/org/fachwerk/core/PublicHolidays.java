package org.fachwerk.core;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.fachwerk.model.FederalState;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The statutory public holidays of the German federal states, from Jollyday's calendar for Germany. Working-time
 * rules, week sheets and workload use them per person's state; without a state only the nationwide holidays count.
 */
public final class PublicHolidays {

    /** A public holiday: its date and its name in the language asked for. */
    public record Holiday(LocalDate date, String name) {
    }

    private record Key(FederalState state, int year) {
    }

    /** A state's holidays in a year, in date order, and their dates for quick lookups (plans ask day by day). */
    private record HolidayYear(List<de.focus_shift.jollyday.core.Holiday> holidays, Set<LocalDate> dates) {
    }

    /** Jollyday computes a year in about a millisecond once loaded; the answers do not change. */
    private static final Map<Key, HolidayYear> YEARS = new ConcurrentHashMap<>();

    private PublicHolidays() {
    }

    /** The public holidays of the state (null: nationwide only) in the year, in date order, named in the locale. */
    public static List<Holiday> of(FederalState state, int year, Locale locale) {
        List<Holiday> holidays = new ArrayList<>();
        for (de.focus_shift.jollyday.core.Holiday holiday : year(state, year).holidays()) {
            holidays.add(new Holiday(holiday.getDate(), holiday.getDescription(locale)));
        }
        return holidays;
    }

    /** Whether the day is a public holiday in the state (null: nationwide). */
    public static boolean isHoliday(LocalDate date, FederalState state) {
        return year(state, date.getYear()).dates().contains(date);
    }

    /** The holiday's name in the locale, or null on a working day. */
    public static String name(LocalDate date, FederalState state, Locale locale) {
        for (de.focus_shift.jollyday.core.Holiday holiday : year(state, date.getYear()).holidays()) {
            if (holiday.getDate().equals(date)) {
                return holiday.getDescription(locale);
            }
        }
        return null;
    }

    private static HolidayYear year(FederalState state, int year) {
        return YEARS.computeIfAbsent(new Key(state, year), key -> {
            HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
            Set<de.focus_shift.jollyday.core.Holiday> holidays = state == null ? manager.getHolidays(Year.of(year))
                    : manager.getHolidays(Year.of(year), state.getLiteral().toLowerCase(Locale.ROOT));
            List<de.focus_shift.jollyday.core.Holiday> official = holidays.stream()
                    .filter(holiday -> holiday.getType() == HolidayType.PUBLIC_HOLIDAY)
                    .sorted(Comparator.comparing(de.focus_shift.jollyday.core.Holiday::getDate)).toList();
            return new HolidayYear(official,
                    Set.copyOf(official.stream().map(de.focus_shift.jollyday.core.Holiday::getDate).toList()));
        });
    }
}
