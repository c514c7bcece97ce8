package org.fachwerk.timelog.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Access;
import org.fachwerk.model.Person;
import org.fachwerk.model.Role;
import org.fachwerk.model.WorkItem;
import org.fachwerk.timelog.ui.internal.reports.ReportsPart;
import org.fachwerk.timelog.ui.internal.weeksheet.WeekSheetPart;
import org.fachwerk.ui.testing.Newcomer;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** Who books whose time, starts a timer and approves a month: the time logging views follow the rights. */
class BookingRightsTest {

    private static final String LOGIN = "tneu";
    /** A Tuesday three weeks back: over, in an open month of the demo department, before its own bookings. */
    private static final LocalDate DAY = LocalDate.now().minusWeeks(3).with(DayOfWeek.TUESDAY);

    private interface Body {
        void run(RunningWorkbench workbench, DepartmentSession session, WeekSheetPart sheet) throws Exception;
    }

    /** Runs the body with the week sheet shown, in a workbench of the newcomer {@value #LOGIN}. */
    private static void asNewcomer(String directory, Body body) throws Exception {
        System.setProperty(DataLocation.USER, LOGIN);
        try {
            RunningWorkbench.run(RunningWorkbench.newDataDirectory(directory), workbench -> {
                assertTrue(workbench.show(WeekSheetPart.PART_ID));
                body.run(workbench, workbench.windowService(DepartmentSession.class),
                        (WeekSheetPart) workbench.part(WeekSheetPart.PART_ID).getObject());
            });
        } finally {
            System.clearProperty(DataLocation.USER);
        }
    }

    private static <T extends Control> T widget(RunningWorkbench workbench, Class<T> type, String key) {
        return RunningWorkbench.find(workbench.shell(), type, WeekSheetPart.WIDGET_KEY, key);
    }

    /** Types a booking of the day into the line and presses Enter, as WeekSheetTest does. */
    private static void book(RunningWorkbench workbench, String start, String end, String reason) {
        widget(workbench, Text.class, "date").setText(DAY.toString());
        widget(workbench, Text.class, "start").setText(start);
        widget(workbench, Text.class, "reason").setText(reason);
        Text endField = widget(workbench, Text.class, "end");
        endField.setText(end);
        endField.notifyListeners(SWT.DefaultSelection, new Event());
        workbench.flush();
    }

    private static long bookingsOf(DepartmentSession session, Person person) {
        return session.department().getTimeEntries().stream().filter(e -> e.getPerson() == person).count();
    }

    private static Person demoPerson(DepartmentSession session, String login) {
        return session.department().getPersons().stream().filter(p -> login.equals(p.getLogin())).findFirst()
                .orElseThrow();
    }

    @Test
    void aGuestNeitherBooksNorStartsATimer() throws Exception {
        asNewcomer("bookingguest", (workbench, session, sheet) -> {
            WorkItem task = session.department().getProjects().get(0).getWorkItems().get(0).getChildren().get(0);
            Person guest = Newcomer.join(session, LOGIN, "Neu", Role.GUEST,
                    Map.of(session.department().getProjects().get(0), Access.EDIT));
            workbench.flush();
            sheet.showPerson(guest);
            sheet.showWeek(DAY);
            workbench.flush();
            Button bookButton = widget(workbench, Button.class, "book");
            assertFalse(bookButton.isEnabled());
            assertEquals("Guests read and do not book.", bookButton.getToolTipText());
            assertFalse(widget(workbench, Text.class, "start").getEditable());
            book(workbench, "8:00", "9:00", "");
            assertEquals(0, bookingsOf(session, guest), "Enter in the line books nothing");

            workbench.part(WeekSheetPart.PART_ID).getContext().get(ESelectionService.class).setSelection(task);
            workbench.flush();
            assertFalse(workbench.execute("org.fachwerk.timelog.command.startTimer"), "a guest starts no timer");
        });
    }

    @Test
    void aMemberBooksTheirOwnTimeAndNobodyElses() throws Exception {
        asNewcomer("bookingmember", (workbench, session, sheet) -> {
            Person member = Newcomer.join(session, LOGIN, "Neu", Role.MEMBER, Map.of());
            Person colleague = demoPerson(session, "dbecker");
            workbench.flush();
            sheet.showPerson(colleague);
            sheet.showWeek(DAY);
            workbench.flush();
            Button bookButton = widget(workbench, Button.class, "book");
            assertFalse(bookButton.isEnabled(), "not for a colleague");
            assertTrue(bookButton.getToolTipText().contains("You may not book or change the time of Deniz Becker"),
                    bookButton.getToolTipText());

            sheet.showPerson(member);
            workbench.flush();
            assertTrue(bookButton.isEnabled(), "the choice of the person decides");
            assertTrue(widget(workbench, Text.class, "start").getEditable());
            book(workbench, "8:00", "12:00", "");
            assertEquals("", widget(workbench, Label.class, "message").getText());
            assertEquals(1, bookingsOf(session, member));
        });
    }

    @Test
    void aPlannerCorrectsAColleaguesTimeOnlyWithAReasonAndApprovesOnlyOtherPeoplesMonths() throws Exception {
        asNewcomer("bookingplanner", (workbench, session, sheet) -> {
            Person planner = Newcomer.join(session, LOGIN, "Neu", Role.PLANNER, Map.of());
            Person colleague = demoPerson(session, "dbecker");
            workbench.flush();
            sheet.showPerson(colleague);
            sheet.showWeek(DAY);
            workbench.flush();
            assertTrue(widget(workbench, Button.class, "book").isEnabled(), "planners correct other people's time");
            assertEquals("why you correct this booking (required)", widget(workbench, Text.class, "reason")
                    .getMessage());
            long before = bookingsOf(session, colleague);
            book(workbench, "8:00", "12:00", "");
            String message = widget(workbench, Label.class, "message").getText();
            assertTrue(message.contains("a correction of someone else's booking needs a new reason"), message);
            assertEquals(before, bookingsOf(session, colleague), "nothing is booked without a reason");
            book(workbench, "8:00", "12:00", "Nachtrag nach R\u00fccksprache");
            assertEquals("", widget(workbench, Label.class, "message").getText());
            assertEquals(before + 1, bookingsOf(session, colleague));

            assertTrue(workbench.show(ReportsPart.PART_ID));
            ReportsPart reports = (ReportsPart) workbench.part(ReportsPart.PART_ID).getObject();
            Button approve = RunningWorkbench.find(workbench.shell(), Button.class, ReportsPart.WIDGET_KEY,
                    "approve");
            reports.show(ReportsPart.Kind.TIMESHEET, planner, YearMonth.now().minusMonths(1));
            workbench.flush();
            assertFalse(approve.isEnabled());
            assertEquals("Nobody approves their own month.", approve.getToolTipText());
            reports.show(ReportsPart.Kind.TIMESHEET, colleague, YearMonth.now().minusMonths(1));
            workbench.flush();
            assertTrue(approve.isEnabled(), "a colleague's month");
            assertFalse(RunningWorkbench.find(workbench.shell(), Button.class, ReportsPart.WIDGET_KEY, "reopen")
                    .isEnabled(), "an open month is not reopened");
        });
    }

    @Test
    void aMemberApprovesNoMonth() throws Exception {
        asNewcomer("approvalmember", (workbench, session, sheet) -> {
            Newcomer.join(session, LOGIN, "Neu", Role.MEMBER, Map.of());
            workbench.flush();
            assertTrue(workbench.show(ReportsPart.PART_ID));
            ReportsPart reports = (ReportsPart) workbench.part(ReportsPart.PART_ID).getObject();
            reports.show(ReportsPart.Kind.TIMESHEET, demoPerson(session, "dbecker"), YearMonth.now().minusMonths(1));
            workbench.flush();
            Button approve = RunningWorkbench.find(workbench.shell(), Button.class, ReportsPart.WIDGET_KEY,
                    "approve");
            assertFalse(approve.isEnabled());
            assertEquals("Only planners and administrators approve months.", approve.getToolTipText());
        });
    }
}
