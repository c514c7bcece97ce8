package org.fachwerk.timelog.core.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.fachwerk.testing.PersonBuilder.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.ApprovalState;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Role;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.timelog.core.Booking;
import org.fachwerk.timelog.core.Bookings;
import org.fachwerk.timelog.core.MonthApprovals;
import org.junit.jupiter.api.Test;

/** Wrong bookings are refused with a message and change nothing; approved months are locked. */
class BookingsTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;
    private static final LocalDate MONDAY = LocalDate.of(2027, 2, 8);
    private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 2, 12, 0);

    private final Department department = FACTORY.createDepartment();
    private final Person bernd = person("bschulz", "Bernd", "Schulz").role(Role.MEMBER).in(department);
    private final Person anna = person("akoch", "Anna", "Koch").role(Role.PLANNER).in(department);
    private final Person admin = person("admin", "Ida", "Admin").role(Role.ADMIN).in(department);
    private final BasicCommandStack stack = new BasicCommandStack();
    private final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);

    private TimeEntry book(Person person, LocalDate date, String start, String end) throws RefusedException {
        TimeEntry entry = booking(person, date, start, end).build();
        stack.execute(new Bookings(domain).add(department, entry, NOW));
        return entry;
    }

    private String refusal(TimeEntry entry) {
        int before = department.getTimeEntries().size();
        String message = assertThrows(RefusedException.class, () -> new Bookings(domain).add(department, entry, NOW))
                .getMessage();
        assertEquals(before, department.getTimeEntries().size(), "nothing stored");
        return message;
    }

    @Test
    void overlappingBookingsOfThePersonAreRefusedOthersAreNot() throws Exception {
        book(bernd, MONDAY, "08:00", "12:00");
        assertTrue(refusal(booking(bernd, MONDAY, "11:59", "13:00").build())
                .startsWith("The booking overlaps another one"));
        book(bernd, MONDAY, "12:00", "13:00"); // touching is no overlap
        book(anna, MONDAY, "08:00", "12:00"); // another person
        assertEquals(3, department.getTimeEntries().size());
    }

    @Test
    void aBookingAcrossMidnightOverlapsTheNextMorning() throws Exception {
        book(bernd, MONDAY, "22:00", "02:00");
        assertTrue(refusal(booking(bernd, MONDAY.plusDays(1), "01:30", "03:00").build()).contains("overlaps"));
        book(bernd, MONDAY.plusDays(1), "02:00", "03:00");
    }

    @Test
    void workInTheFutureNoDurationAndLongBreaksAreRefused() {
        assertTrue(refusal(booking(bernd, NOW.toLocalDate(), "11:00", "12:30").build())
                .contains("ends in the future"));
        assertTrue(refusal(booking(bernd, NOW.toLocalDate().plusDays(1), "08:00", "09:00").build())
                .contains("future"));
        assertTrue(refusal(booking(bernd, MONDAY, "08:00", "08:00").build()).contains("no duration"));
        TimeEntry longBreak = booking(bernd, MONDAY, "08:00", "09:00").breakMinutes(60).build();
        assertTrue(refusal(longBreak).contains("break of 60 minutes"));
        TimeEntry incomplete = booking(bernd, MONDAY, "08:00", "09:00").build();
        incomplete.setEnd(null);
        assertEquals("A booking needs a date, a start and an end.", refusal(incomplete));
    }

    @Test
    void aBookingThatEndsWhenItStartsIsAnEmptySpanAsTheModelCountsIt() {
        TimeEntry entry = booking(bernd, MONDAY, "08:00", "08:00").build();
        Booking booking = Booking.of(entry);
        assertEquals(booking.start(), booking.end(), "not 24 hours");
        assertEquals(0, booking.netMinutes());
        assertEquals(entry.getDurationMinutes(), booking.netMinutes());
        String refusal = refusal(entry);
        assertTrue(refusal.startsWith("The booking starts and ends at 8:00") && refusal.endsWith("it has no duration."),
                refusal);
    }

    @Test
    void aChangeIsCheckedLikeANewBookingAndUndoable() throws Exception {
        TimeEntry morning = book(bernd, MONDAY, "08:00", "12:00");
        book(bernd, MONDAY, "13:00", "17:00");
        assertThrows(RefusedException.class, () -> new Bookings(domain).change(morning,
                Map.of(FachwerkPackage.Literals.TIME_ENTRY__END, LocalTime.of(13, 30)), NOW));
        assertEquals(LocalTime.of(12, 0), morning.getEnd());
        stack.execute(new Bookings(domain).change(morning, Map.of(FachwerkPackage.Literals.TIME_ENTRY__END,
                LocalTime.of(12, 30)), NOW));
        assertEquals(LocalTime.of(12, 30), morning.getEnd());
        stack.undo();
        assertEquals(LocalTime.of(12, 0), morning.getEnd());
    }

    @Test
    void anApprovedMonthIsLockedUntilAnAdministratorReopensIt() throws Exception {
        TimeEntry booked = book(bernd, MONDAY, "08:00", "12:00");
        YearMonth february = YearMonth.of(2027, 2);
        assertEquals("Nobody approves their own month.", assertThrows(RefusedException.class,
                () -> MonthApprovals.approve(domain, anna, february, anna, NOW)).getMessage());
        assertTrue(assertThrows(RefusedException.class, () -> MonthApprovals.approve(domain, bernd, february, bernd,
                NOW)).getMessage().contains("no planner"));
        assertTrue(assertThrows(RefusedException.class, () -> MonthApprovals.approve(domain, bernd,
                YearMonth.of(2027, 3), anna, NOW)).getMessage().contains("not over"));

        Command approve = MonthApprovals.approve(domain, bernd, february, anna, NOW);
        stack.execute(approve);
        assertNotNull(MonthApprovals.approval(bernd, MONDAY));
        assertEquals(ApprovalState.APPROVED, booked.getApproval());
        assertEquals(MonthApprovals.APPROVED, department.getAuditEvents().get(0).getAction());
        assertEquals(anna, department.getAuditEvents().get(0).getPerson());
        assertFalse(stack.canUndo(), "an approval is on the record");

        String locked = "February 2027 of Bernd Schulz is approved and locked. An administrator can reopen it.";
        assertEquals(locked, refusal(booking(bernd, MONDAY.plusDays(1), "08:00", "09:00").build()));
        assertEquals(locked, assertThrows(RefusedException.class, () -> new Bookings(domain).change(booked,
                Map.of(FachwerkPackage.Literals.TIME_ENTRY__END, LocalTime.of(11, 0)), NOW)).getMessage());
        assertEquals(locked, assertThrows(RefusedException.class, () -> new Bookings(domain).remove(booked))
                .getMessage());
        book(bernd, LocalDate.of(2027, 3, 1), "08:00", "09:00"); // March is open

        assertTrue(assertThrows(RefusedException.class, () -> MonthApprovals.reopen(domain, bernd, february, anna,
                NOW)).getMessage().contains("no administrator"));
        stack.execute(MonthApprovals.reopen(domain, bernd, february, admin, NOW));
        assertNull(MonthApprovals.approval(bernd, MONDAY));
        assertEquals(ApprovalState.OPEN, booked.getApproval());
        assertEquals(MonthApprovals.REOPENED, department.getAuditEvents().get(1).getAction());
        stack.execute(new Bookings(domain).remove(booked));
        assertFalse(department.getTimeEntries().contains(booked));
    }
}
