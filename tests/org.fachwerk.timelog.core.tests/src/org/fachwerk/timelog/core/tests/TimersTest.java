package org.fachwerk.timelog.core.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.fachwerk.testing.PersonBuilder.person;
import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkLocation;
import org.fachwerk.timelog.core.Timers;
import org.junit.jupiter.api.Test;

/** Timers book from their start to their stop, with the booking checks; switching tasks books the first. */
class TimersTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;
    private static final LocalDateTime NINE = LocalDateTime.of(2027, 2, 9, 9, 0, 30);

    private final Department department = FACTORY.createDepartment();
    private final Person bernd = person("Schulz").in(department);
    private final WorkItem mail = task("Posteingang").build();
    private final WorkItem memo = task("Vermerk").build();
    private final BasicCommandStack stack = new BasicCommandStack();
    private final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);

    @Test
    void stoppingBooksFromTheStartToNowAndSwitchingBooksTheFirstTask() throws Exception {
        stack.execute(Timers.start(domain, bernd, mail, WorkLocation.HOME, NINE));
        assertEquals(LocalDateTime.of(2027, 2, 9, 9, 0), Timers.running(bernd).getStarted());
        stack.execute(Timers.start(domain, bernd, memo, WorkLocation.HOME, NINE.plusMinutes(45)));
        assertSame(memo, Timers.running(bernd).getTask());
        TimeEntry first = department.getTimeEntries().get(0);
        assertEquals(mail, first.getTask());
        assertEquals(LocalTime.of(9, 0), first.getStart());
        assertEquals(LocalTime.of(9, 45), first.getEnd());
        assertEquals(WorkLocation.HOME, first.getLocation());

        stack.execute(Timers.stop(domain, Timers.running(bernd), NINE.plusHours(2)));
        assertNull(Timers.running(bernd));
        assertEquals(2, department.getTimeEntries().size());
        assertEquals(LocalTime.of(11, 0), department.getTimeEntries().get(1).getEnd());
        stack.undo();
        assertSame(memo, Timers.running(bernd).getTask(), "undo lets the timer run again");
        assertEquals(1, department.getTimeEntries().size());
    }

    @Test
    void aTimerStoppedWithinAMinuteBooksNothing() throws Exception {
        stack.execute(Timers.start(domain, bernd, mail, WorkLocation.OFFICE, NINE));
        stack.execute(Timers.stop(domain, Timers.running(bernd), NINE.plusSeconds(20)));
        assertNull(Timers.running(bernd));
        assertTrue(department.getTimeEntries().isEmpty());
    }

    @Test
    void aForgottenOrOverlappingTimerIsRefusedAndKeepsRunning() throws Exception {
        stack.execute(Timers.start(domain, bernd, mail, WorkLocation.OFFICE, NINE));
        String forgotten = assertThrows(RefusedException.class,
                () -> Timers.stop(domain, Timers.running(bernd), NINE.plusHours(17))).getMessage();
        assertTrue(forgotten.contains("17 hours"), forgotten);
        booking(bernd, LocalDate.of(2027, 2, 9), "10:00", "10:30").in(department);
        assertThrows(RefusedException.class, () -> Timers.stop(domain, Timers.running(bernd), NINE.plusHours(2)));
        assertSame(mail, Timers.running(bernd).getTask());
        stack.execute(Timers.discard(domain, Timers.running(bernd)));
        assertNull(Timers.running(bernd));
    }
}
