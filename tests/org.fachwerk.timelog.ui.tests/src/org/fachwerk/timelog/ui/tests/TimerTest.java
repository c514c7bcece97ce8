package org.fachwerk.timelog.ui.tests;

import static org.fachwerk.testing.PersonBuilder.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Access;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Membership;
import org.fachwerk.model.Person;
import org.fachwerk.model.RunningTimer;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.timelog.core.Timers;
import org.fachwerk.timelog.ui.internal.timer.TimerStatus;
import org.fachwerk.timelog.ui.internal.weeksheet.WeekSheetPart;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** A timer started on the selected task runs in the status line, survives a restart and books when stopped. */
class TimerTest {

    private static final String LOGIN = "lvogel";

    private static Person lena(DepartmentSession session) {
        return session.department().getPersons().stream().filter(p -> LOGIN.equals(p.getLogin())).findFirst()
                .orElse(null);
    }

    private static WorkItem aTask(DepartmentSession session) {
        return session.department().getProjects().get(0).getWorkItems().get(0).getChildren().get(0);
    }

    @Test
    void aTimerSurvivesARestartAndBooksWhenStopped() throws Exception {
        Path data = RunningWorkbench.newDataDirectory("timer");
        System.setProperty(DataLocation.USER, LOGIN);
        try {
            RunningWorkbench.runWithRestart(data, workbench -> {
                DepartmentSession session = workbench.windowService(DepartmentSession.class);
                Person lena = person("Vogel").login(LOGIN).federalState(FederalState.BY).build();
                // she joins the department and works in its first project, in one commit: she has no rights
                // before her person is stored, and sees the project's tasks after the restart
                Membership member = FachwerkFactory.eINSTANCE.createMembership();
                member.setPerson(lena);
                member.setAccess(Access.EDIT);
                CompoundCommand joining = new CompoundCommand();
                joining.append(AddCommand.create(session.editingDomain(), session.department(),
                        FachwerkPackage.Literals.DEPARTMENT__PERSONS, lena));
                joining.append(AddCommand.create(session.editingDomain(), session.department().getProjects().get(0),
                        FachwerkPackage.Literals.PROJECT__MEMBERSHIPS, member));
                session.commandStack().execute(joining);
                assertFalse(workbench.execute("org.fachwerk.timelog.command.stopTimer"), "no timer runs");
                assertTrue(workbench.show("org.fachwerk.timelog.part.timesheet"));
                WorkItem task = aTask(session);
                workbench.part(WeekSheetPart.PART_ID).getContext().get(ESelectionService.class).setSelection(task);
                workbench.flush();
                assertTrue(workbench.execute("org.fachwerk.timelog.command.startTimer"));
                workbench.flush();
                RunningTimer timer = Timers.running(lena);
                assertNotNull(timer);
                assertEquals(task, timer.getTask());
                Label status = RunningWorkbench.find(workbench.shell(), Label.class, TimerStatus.WIDGET_KEY, "text");
                assertTrue(status.getText().startsWith("0:00 on " + task.getTitle()), status.getText());
            }, workbench -> {
                DepartmentSession session = workbench.windowService(DepartmentSession.class);
                Person lena = lena(session);
                RunningTimer timer = Timers.running(lena);
                assertNotNull(timer, "the timer survived the restart");
                // as if it had been started an hour and a half ago
                LocalDateTime started = LocalDateTime.now().withSecond(0).withNano(0).minusMinutes(90);
                session.commandStack().execute(SetCommand.create(session.editingDomain(), timer,
                        FachwerkPackage.Literals.RUNNING_TIMER__STARTED, started));
                workbench.flush();
                Label status = RunningWorkbench.find(workbench.shell(), Label.class, TimerStatus.WIDGET_KEY, "text");
                Button stop = RunningWorkbench.find(workbench.shell(), Button.class, TimerStatus.WIDGET_KEY, "stop");
                stop.notifyListeners(SWT.Selection, new Event());
                workbench.flush();
                assertNull(Timers.running(lena));
                TimeEntry booked = session.department().getTimeEntries().stream().filter(e -> e.getPerson() == lena)
                        .findFirst().orElseThrow();
                assertEquals(aTask(session), booked.getTask());
                assertEquals(90, booked.getDurationMinutes());
                assertEquals("", status.getText());
            });
        } finally {
            System.clearProperty(DataLocation.USER);
        }
    }
}
