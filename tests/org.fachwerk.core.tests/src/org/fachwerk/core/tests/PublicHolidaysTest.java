package org.fachwerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.fachwerk.core.PublicHolidays;
import org.fachwerk.model.FederalState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PublicHolidaysTest {

    private static final LocalDate EPIPHANY_2027 = LocalDate.of(2027, 1, 6);

    @Test
    void epiphanyIsAHolidayInBavariaButNotInBerlin() {
        assertTrue(PublicHolidays.isHoliday(EPIPHANY_2027, FederalState.BY));
        assertFalse(PublicHolidays.isHoliday(EPIPHANY_2027, FederalState.BE));
        assertTrue(PublicHolidays.isHoliday(LocalDate.of(2027, 3, 8), FederalState.BE), "Frauentag in Berlin");
        assertFalse(PublicHolidays.isHoliday(LocalDate.of(2027, 3, 8), FederalState.BY));
    }

    @Test
    void bavaria2027InDateOrderWithGermanAndEnglishNames() {
        List<PublicHolidays.Holiday> german = PublicHolidays.of(FederalState.BY, 2027, Locale.GERMAN);
        assertEquals(LocalDate.of(2027, 1, 1), german.get(0).date());
        assertEquals("Neujahr", german.get(0).name());
        assertEquals(LocalDate.of(2027, 12, 26), german.get(german.size() - 1).date());
        for (int i = 1; i < german.size(); i++) {
            assertTrue(german.get(i - 1).date().isBefore(german.get(i).date()));
        }
        assertTrue(german.stream().anyMatch(h -> h.date().equals(LocalDate.of(2027, 3, 26))), "Karfreitag");
        assertTrue(german.stream().anyMatch(h -> h.date().equals(LocalDate.of(2027, 5, 27))), "Fronleichnam");
        assertEquals("New Year's Day", PublicHolidays.name(LocalDate.of(2027, 1, 1), FederalState.BY, Locale.ENGLISH));
        assertNull(PublicHolidays.name(LocalDate.of(2027, 1, 7), FederalState.BY, Locale.GERMAN));
    }

    @ParameterizedTest
    @EnumSource(FederalState.class)
    void everyStateHasTheNationwideHolidays(FederalState state) {
        for (LocalDate date : List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 10, 3), LocalDate.of(2027, 12, 25))) {
            assertTrue(PublicHolidays.isHoliday(date, state), date + " in " + state);
        }
        assertFalse(PublicHolidays.isHoliday(LocalDate.of(2027, 12, 24), state), "Heiligabend is a working day");
    }

    @Test
    void withoutAStateOnlyNationwideHolidaysCount() {
        assertTrue(PublicHolidays.isHoliday(LocalDate.of(2027, 10, 3), null));
        assertFalse(PublicHolidays.isHoliday(EPIPHANY_2027, null));
        // across the turn of the year, from each year's holidays: Neujahr and Heilige Drei Könige
        assertEquals(List.of(LocalDate.of(2027, 1, 1), EPIPHANY_2027),
                LocalDate.of(2026, 12, 31).datesUntil(LocalDate.of(2027, 1, 7))
                        .filter(day -> PublicHolidays.isHoliday(day, FederalState.BY)).toList());
    }
}
