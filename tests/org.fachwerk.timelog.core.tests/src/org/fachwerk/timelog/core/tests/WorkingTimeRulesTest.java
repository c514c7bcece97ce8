package org.fachwerk.timelog.core.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.fachwerk.testing.PersonBuilder.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkingTimeLaw;
import org.fachwerk.model.WorkingTimeRuleSet;
import org.fachwerk.timelog.core.WorkingTimeRules;
import org.fachwerk.timelog.core.WorkingTimeRules.Rule;
import org.junit.jupiter.api.Test;

/** The rules of the ArbZG and the AZV at their boundaries. */
class WorkingTimeRulesTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;
    /** A Tuesday without public holidays anywhere. */
    private static final LocalDate TUESDAY = LocalDate.of(2027, 2, 9);

    private final Department department = FACTORY.createDepartment();
    private final Person person = person("Schulz").federalState(FederalState.BE).in(department);

    private TimeEntry book(LocalDate date, String start, String end, int breakMinutes) {
        return booking(person, date, start, end).breakMinutes(breakMinutes).in(department);
    }

    private List<Rule> rules() {
        return WorkingTimeRules.check(person, department.getTimeEntries()).stream()
                .map(WorkingTimeRules.Violation::rule).toList();
    }

    @Test
    void sixHoursWithoutABreakAreAllowedOneMinuteMoreIsNot() {
        book(TUESDAY, "08:00", "14:00", 0);
        assertEquals(List.of(), rules(), "6:00 net");
        department.getTimeEntries().get(0).setEnd(LocalTime.of(14, 1));
        assertEquals(List.of(Rule.BREAKS, Rule.WORK_WITHOUT_BREAK), rules(), "6:01 net");
    }

    @Test
    void breaksCountInBlocksOfFifteenMinutes() {
        // 7 hours of work with two gaps of 15 minutes: 30 minutes of breaks, stretches of 3, 2 and 2 hours
        book(TUESDAY, "08:00", "11:00", 0);
        book(TUESDAY, "11:15", "13:15", 0);
        book(TUESDAY, "13:30", "15:30", 0);
        assertEquals(List.of(), rules());
    }

    @Test
    void aFourteenMinuteBreakDoesNotCount() {
        book(TUESDAY, "08:00", "11:30", 0);
        book(TUESDAY, "11:44", "15:00", 0); // 6:46 net, a gap of 14 minutes
        List<WorkingTimeRules.Violation> violations = WorkingTimeRules.check(person, department.getTimeEntries());
        assertEquals(List.of(Rule.BREAKS, Rule.WORK_WITHOUT_BREAK), violations.stream()
                .map(WorkingTimeRules.Violation::rule).toList());
        assertTrue(violations.get(0).message().contains("0 minutes"), violations.get(0).message());
        department.getTimeEntries().get(1).setStart(LocalTime.of(12, 0)); // 30 minutes: fine
        assertEquals(List.of(), rules());
    }

    @Test
    void moreThanNineHoursNeedFortyFiveMinutes() {
        book(TUESDAY, "07:00", "16:40", 30); // 9:10 net with 30 minutes of break
        assertEquals(List.of(Rule.BREAKS), rules());
        department.getTimeEntries().get(0).setBreakMinutes(45);
        department.getTimeEntries().get(0).setEnd(LocalTime.of(16, 55));
        assertEquals(List.of(), rules());
    }

    @Test
    void moreThanTenHoursBreakTheArbZGAndThirteenHoursSpanTheAzv() {
        book(TUESDAY, "06:00", "17:00", 45); // 10:15 net, 11 hours span
        assertEquals(List.of(Rule.DAILY_MAXIMUM), rules());
        WorkingTimeRuleSet azv = FACTORY.createWorkingTimeRuleSet();
        azv.setLaw(WorkingTimeLaw.AZV);
        azv.setWeeklyHours(41);
        azv.setMaxDailyHours(13);
        person.setRuleSet(azv);
        assertEquals(List.of(), rules(), "within 13 hours under the AZV");
        department.getTimeEntries().get(0).setEnd(LocalTime.of(19, 1));
        assertEquals(Rule.DAILY_MAXIMUM, rules().get(0), "13:01 from start to end");
    }

    @Test
    void aBookingAcrossMidnightCountsForItsFirstDayAndTheRestFollowsItsEnd() {
        book(TUESDAY, "22:00", "02:00", 0); // 4 hours, ending on Wednesday at 2:00
        book(TUESDAY.plusDays(1), "13:00", "17:00", 0); // exactly 11 hours later
        assertEquals(List.of(), rules());
        department.getTimeEntries().get(1).setStart(LocalTime.of(12, 59));
        List<WorkingTimeRules.Violation> violations = WorkingTimeRules.check(person, department.getTimeEntries());
        assertEquals(List.of(Rule.REST_PERIOD), violations.stream().map(WorkingTimeRules.Violation::rule).toList());
        assertEquals(TUESDAY.plusDays(1), violations.get(0).date());
        assertTrue(violations.get(0).message().contains("10:59 h"), violations.get(0).message());
    }

    @Test
    void sundayWorkNeedsAReason() {
        TimeEntry sunday = book(LocalDate.of(2027, 2, 14), "10:00", "12:00", 0);
        assertEquals(List.of(Rule.SUNDAY_OR_HOLIDAY), rules());
        sunday.setReason("Wahlvorbereitung");
        assertEquals(List.of(), rules());
    }

    @Test
    void epiphanyIsAHolidayInBavariaButNotInBerlin() {
        book(LocalDate.of(2027, 1, 6), "08:00", "12:00", 0);
        assertEquals(List.of(), rules(), "Berlin");
        person.setFederalState(FederalState.BY);
        List<WorkingTimeRules.Violation> violations = WorkingTimeRules.check(person, department.getTimeEntries());
        assertEquals(List.of(Rule.SUNDAY_OR_HOLIDAY), violations.stream().map(WorkingTimeRules.Violation::rule)
                .toList(), "Bavaria");
        assertTrue(violations.get(0).message().contains("Epiphany"), violations.get(0).message());
    }

    @Test
    void theWeekIsCheckedAgainstTheLaw() {
        for (int day = 0; day < 6; day++) { // Monday to Saturday, 10 hours each: 60 hours
            book(TUESDAY.minusDays(1).plusDays(day), "07:00", "17:45", 45);
        }
        assertEquals(List.of(), rules(), "60 hours are the ArbZG's most");
        WorkingTimeRuleSet azv = FACTORY.createWorkingTimeRuleSet();
        azv.setLaw(WorkingTimeLaw.AZV);
        azv.setWeeklyHours(41);
        azv.setMaxDailyHours(13);
        person.setRuleSet(azv);
        assertEquals(List.of(Rule.WEEKLY_MAXIMUM), rules(), "more than 41 hours under the AZV");
    }

    @Test
    void otherPeoplesBookingsDoNotCount() {
        Person other = FACTORY.createPerson();
        department.getPersons().add(other);
        book(TUESDAY, "08:00", "15:00", 0).setPerson(other);
        assertEquals(List.of(), rules());
    }
}
