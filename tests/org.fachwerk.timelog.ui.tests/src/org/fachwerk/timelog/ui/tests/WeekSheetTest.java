package org.fachwerk.timelog.ui.tests;

import static org.fachwerk.testing.PersonBuilder.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.timelog.ui.internal.weeksheet.WeekSheetPart;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** Booking a week from the keyboard in the week sheet, with the working-time rules watching. */
class WeekSheetTest {

    /** The week of Corpus Christi 2026 (Thursday, 4 June), a public holiday in Bavaria. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    private RunningWorkbench workbench;
    private Control root;

    private <T extends Control> T widget(Class<T> type, String key) {
        return RunningWorkbench.find(root, type, WeekSheetPart.WIDGET_KEY, key);
    }

    private String message() {
        return widget(Label.class, "message").getText();
    }

    /** Types the booking into the line and presses Enter in the last field typed. */
    private void book(LocalDate date, String start, String end, int breakMinutes, String comment) {
        widget(Text.class, "date").setText(date.toString());
        widget(Text.class, "start").setText(start);
        widget(Spinner.class, "break").setSelection(breakMinutes);
        widget(Text.class, "comment").setText(comment);
        Text endField = widget(Text.class, "end");
        endField.setText(end);
        endField.notifyListeners(SWT.DefaultSelection, new Event());
        workbench.flush();
    }

    private List<String> warnings() {
        return Arrays.asList(widget(org.eclipse.swt.widgets.List.class, "warnings").getItems());
    }

    private void select(Table table, int row) {
        table.setSelection(row);
        table.notifyListeners(SWT.Selection, new Event());
        workbench.flush();
    }

    @Test
    void bookingAWeekFromTheKeyboard() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("weeksheet"), wb -> {
            workbench = wb;
            DepartmentSession session = wb.windowService(DepartmentSession.class);
            Person lena = person("lvogel", "Lena", "Vogel").weeklyCapacity(40).federalState(FederalState.BY).build();
            session.commandStack().execute(AddCommand.create(session.editingDomain(), session.department(),
                    FachwerkPackage.Literals.DEPARTMENT__PERSONS, lena));
            assertTrue(wb.show("org.fachwerk.timelog.part.timesheet"));
            WeekSheetPart part = (WeekSheetPart) wb.part(WeekSheetPart.PART_ID).getObject();
            root = wb.shell();
            wb.flush();
            part.showPerson(lena);
            part.showWeek(MONDAY);
            wb.flush();
            String week = widget(Label.class, "week").getText();
            assertTrue(week.startsWith("Week 23:"), week);
            String daysOff = widget(Label.class, "daysOff").getText();
            assertTrue(daysOff.contains("Corpus Christi"), daysOff);
            String target = widget(Label.class, "target").getText();
            assertTrue(target.contains("of a target of 32:00 h"), "40 hours less the holiday: " + target);

            // Monday in two parts: after Enter the next start is the last end
            book(MONDAY, "8", "1200", 0, "Posteingang");
            assertEquals("", message());
            assertEquals("12:00", widget(Text.class, "start").getText());
            book(MONDAY, "12:30", "17:00", 0, "Vermerk");
            // Tuesday with a booked break, Wednesday seven hours without one
            book(MONDAY.plusDays(1), "8:00", "17:00", 30, "");
            book(MONDAY.plusDays(2), "7:00", "14:00", 0, "");
            assertEquals(4, session.department().getTimeEntries().stream().filter(e -> e.getPerson() == lena).count());
            Table grid = widget(Table.class, "grid");
            int totalRow = grid.getItemCount() - 1;
            assertEquals("Total", grid.getItem(totalRow).getText(0));
            assertEquals("8:30", grid.getItem(totalRow).getText(1), "Monday");
            assertEquals("8:30", grid.getItem(totalRow).getText(2), "Tuesday");
            assertEquals("24:00", grid.getItem(totalRow).getText(8), "the week");
            assertTrue(warnings().stream().anyMatch(w -> w.contains("7:00 h worked with 0 minutes of breaks")),
                    warnings().toString());

            // refused: an overlap, a time that is none, work in the future; nothing is stored
            book(MONDAY, "11:00", "13:00", 0, "");
            assertTrue(message().startsWith("The booking overlaps another one"), message());
            book(MONDAY.plusDays(4), "8:00", "25:00", 0, "");
            assertEquals("\"25:00\" is no time of day (e.g. 8:30).", message());
            book(LocalDate.now().plusDays(1), "8:00", "9:00", 0, "");
            assertTrue(message().contains("ends in the future"), message());
            assertEquals(4, session.department().getTimeEntries().stream().filter(e -> e.getPerson() == lena).count());

            // work on the holiday needs a reason: given by changing the booking
            part.showWeek(MONDAY);
            book(MONDAY.plusDays(3), "9:00", "11:00", 0, "Notfall Server");
            assertTrue(warnings().stream().anyMatch(w -> w.contains("work on Corpus Christi needs a reason")),
                    warnings().toString());
            Table bookings = widget(Table.class, "bookings");
            TimeEntry holidayWork = session.department().getTimeEntries().stream()
                    .filter(e -> e.getPerson() == lena && e.getDate().equals(MONDAY.plusDays(3))).findFirst()
                    .orElseThrow();
            select(bookings, 4);
            assertEquals("Apply", widget(Button.class, "book").getText().replace("&", ""));
            assertEquals("09:00", widget(Text.class, "start").getText());
            Text reason = widget(Text.class, "reason");
            reason.setText("Ausfall des Fachverfahrens");
            reason.notifyListeners(SWT.DefaultSelection, new Event());
            wb.flush();
            assertEquals("Ausfall des Fachverfahrens", holidayWork.getReason());
            assertFalse(warnings().stream().anyMatch(w -> w.contains("Corpus Christi")), warnings().toString());

            // Delete removes the selected booking, undo brings it back
            select(bookings, 0);
            Event delete = new Event();
            delete.keyCode = SWT.DEL;
            bookings.notifyListeners(SWT.KeyDown, delete);
            wb.flush();
            assertEquals(4, bookings.getItemCount());
            assertTrue(wb.execute("org.fachwerk.app.command.undo"));
            wb.flush();
            assertEquals(5, bookings.getItemCount());
            assertEquals(LocalTime.of(8, 0), session.department().getTimeEntries().stream()
                    .filter(e -> e.getPerson() == lena && e.getDate().equals(MONDAY)).map(TimeEntry::getStart)
                    .min(LocalTime::compareTo).orElseThrow());

            // the next week is empty
            widget(Button.class, "next").notifyListeners(SWT.Selection, new Event());
            wb.flush();
            assertTrue(widget(Label.class, "week").getText().startsWith("Week 24:"));
            assertEquals(0, bookings.getItemCount());
        });
    }

    @Test
    void aWorkingSetLoadsTheWeekTheSheetShowsAndNoOtherBookings() throws Exception {
        Path data = RunningWorkbench.newDataDirectory("weeksheet-working-set");
        // the login, the Monday and the number of bookings of a week of the demo, and all its bookings
        Object[] week = new Object[4];
        RunningWorkbench.runWithRestart(data, wb -> {
            DepartmentSession session = wb.windowService(DepartmentSession.class);
            TimeEntry some = session.department().getTimeEntries().get(0);
            LocalDate monday = some.getDate().with(DayOfWeek.MONDAY);
            week[0] = some.getPerson().getLogin();
            week[1] = monday;
            week[2] = session.department().getTimeEntries().stream().filter(e -> e.getPerson() == some.getPerson()
                    && !e.getDate().isBefore(monday.minusDays(1)) && !e.getDate().isAfter(monday.plusDays(6))).count();
            week[3] = session.department().getTimeEntries().size();
            System.setProperty(DataLocation.WORKING_SET, "true");
        }, wb -> {
            try {
                DepartmentSession session = wb.windowService(DepartmentSession.class);
                assertTrue(session.isWorkingSet());
                long atStart = session.department().getTimeEntries().size();
                assertTrue(atStart < (int) week[3] / 3, "only what the open views asked for: " + atStart);
                Person person = session.department().getPersons().stream()
                        .filter(p -> p.getLogin().equals(week[0])).findFirst().orElseThrow();
                assertTrue(wb.show("org.fachwerk.timelog.part.timesheet"));
                WeekSheetPart part = (WeekSheetPart) wb.part(WeekSheetPart.PART_ID).getObject();
                root = wb.shell();
                part.showPerson(person);
                part.showWeek((LocalDate) week[1]);
                wb.flush();
                LocalDate monday = (LocalDate) week[1];
                assertEquals((long) week[2], session.department().getTimeEntries().stream()
                        .filter(e -> e.getPerson() == person && !e.getDate().isBefore(monday.minusDays(1))
                                && !e.getDate().isAfter(monday.plusDays(6))).count(),
                        "the week and the day before it are loaded");
                assertTrue(session.department().getTimeEntries().size() < (int) week[3] / 3,
                        "far from all the demo's " + week[3] + " bookings");
                Table grid = widget(Table.class, "grid");
                assertTrue(!grid.getItem(grid.getItemCount() - 1).getText(8).isBlank(), "the week's total shows");
            } finally {
                System.clearProperty(DataLocation.WORKING_SET);
            }
        });
    }
}
