package org.fachwerk.timelog.ui.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Person;
import org.fachwerk.model.Role;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.testing.PersonBuilder;
import org.fachwerk.timelog.core.MonthApprovals;
import org.fachwerk.timelog.core.ReportExport.Format;
import org.fachwerk.timelog.ui.internal.reports.ReportsPart;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** A planner looks at a colleague's last month, exports it and approves it; reopening is for administrators. */
class ReportsPartTest {

    private static final YearMonth LAST_MONTH = YearMonth.now().minusMonths(1);
    /** The third Tuesday of last month: in Berlin never a public holiday. */
    private static final int TUESDAY = LAST_MONTH.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(3,
            DayOfWeek.TUESDAY)).getDayOfMonth();

    private static Person person(DepartmentSession session, String login, String last, Role role) {
        Person person = PersonBuilder.person(last).login(login).role(role).federalState(FederalState.BE).build();
        session.commandStack().execute(AddCommand.create(session.editingDomain(), session.department(),
                FachwerkPackage.Literals.DEPARTMENT__PERSONS, person));
        return person;
    }

    private static void book(DepartmentSession session, Person person, int day, String start, String end) {
        TimeEntry entry = booking(person, LAST_MONTH.atDay(day), start, end).build();
        session.commandStack().execute(AddCommand.create(session.editingDomain(), session.department(),
                FachwerkPackage.Literals.DEPARTMENT__TIME_ENTRIES, entry));
    }

    private static void press(Shell dialog, String label) {
        RunningWorkbench.findAll(dialog, Button.class).stream().filter(b -> b.getText().replace("&", "")
                .equals(label)).findFirst().orElseThrow().notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void aPlannerExportsAndApprovesAColleaguesMonth() throws Exception {
        System.setProperty(DataLocation.USER, "pplaner");
        Path export = Files.createTempDirectory("fachwerk-export").resolve("stundenzettel.xlsx");
        try {
            RunningWorkbench.run(RunningWorkbench.newDataDirectory("reports"), workbench -> {
                DepartmentSession session = workbench.windowService(DepartmentSession.class);
                person(session, "pplaner", "Planer", Role.PLANNER);
                Person lena = person(session, "lvogel", "Vogel", Role.MEMBER);
                book(session, lena, TUESDAY, "08:00", "12:00");
                book(session, lena, TUESDAY + 1, "07:00", "14:30"); // 7:30 without a break
                assertTrue(workbench.show("org.fachwerk.timelog.part.reports"));
                ReportsPart part = (ReportsPart) workbench.part(ReportsPart.PART_ID).getObject();
                part.show(ReportsPart.Kind.TIMESHEET, lena, LAST_MONTH);
                workbench.flush();
                Table table = RunningWorkbench.find(workbench.shell(), Table.class, ReportsPart.WIDGET_KEY, "table");
                assertEquals(2, table.getItemCount());
                assertEquals("4", table.getItem(0).getText(5), "hours");
                part.show(ReportsPart.Kind.COMPLIANCE, lena, LAST_MONTH);
                workbench.flush();
                assertEquals(2, table.getItemCount(), "breaks and work without a break on Wednesday");

                Job job = part.export(Format.XLSX, export);
                job.join();
                assertTrue(job.getResult().isOK(), job.getResult().getMessage());
                assertTrue(Files.size(export) > 0);

                Label approval = RunningWorkbench.find(workbench.shell(), Label.class, ReportsPart.WIDGET_KEY,
                        "approval");
                assertTrue(approval.getText().contains("is open"), approval.getText());
                String[] question = new String[1];
                workbench.whenDialogOpens(dialog -> {
                    question[0] = String.join(" ", RunningWorkbench.findAll(dialog, Label.class).stream()
                            .map(Label::getText).toList());
                    press(dialog, "OK");
                });
                RunningWorkbench.find(workbench.shell(), Button.class, ReportsPart.WIDGET_KEY, "approve")
                        .notifyListeners(SWT.Selection, new Event());
                workbench.flush();
                assertTrue(question[0].contains("Breaches of the working-time rules in the month: 2"), question[0]);
                assertNotNull(MonthApprovals.approval(lena, LAST_MONTH.atDay(1)));
                assertTrue(approval.getText().contains("approved by Planer"), approval.getText());
                assertFalse(RunningWorkbench.find(workbench.shell(), Button.class, ReportsPart.WIDGET_KEY, "approve")
                        .isEnabled());

                // a planner cannot reopen it: the button says who may
                Button reopen = RunningWorkbench.find(workbench.shell(), Button.class, ReportsPart.WIDGET_KEY,
                        "reopen");
                assertFalse(reopen.isEnabled());
                assertTrue(reopen.getToolTipText().contains("Only administrators reopen an approved month"),
                        reopen.getToolTipText());
                assertNotNull(MonthApprovals.approval(lena, LAST_MONTH.atDay(1)));
                assertNull(MonthApprovals.approval(lena, LAST_MONTH.minusMonths(1).atDay(1)));
            });
        } finally {
            System.clearProperty(DataLocation.USER);
            Files.deleteIfExists(export);
            Files.deleteIfExists(export.getParent());
        }
    }
}
