package org.fachwerk.timelog.ui.internal;

import java.time.LocalDateTime;
import java.util.Comparator;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.Person;
import org.fachwerk.model.RunningTimer;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkLocation;
import org.fachwerk.timelog.core.Timers;

import jakarta.inject.Named;

/** Starting and stopping the timer of the person at this workbench. */
public final class TimerHandlers {

    private TimerHandlers() {
    }

    /** Starts a timer on the selected task (a task or subtask, not a package or milestone). */
    public static class Start {
        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
            return selection instanceof WorkItem item && item.isLeaf()
                    && item.getKind() != WorkItemKind.MILESTONE;
        }

        @Execute
        public void execute(DepartmentSession session, Shell shell,
                @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
            Person person = actor(session, shell);
            if (person == null || !canExecute(selection)) {
                return;
            }
            try {
                session.commandStack().execute(Timers.start(session.editingDomain(), person, (WorkItem) selection,
                        lastLocation(person), LocalDateTime.now()));
            } catch (RefusedException e) {
                MessageDialog.openError(shell, Messages.Timer_title, e.getMessage());
            }
        }
    }

    /** Stops the running timer and books its time; when that is refused, offers to discard it. */
    public static class Stop {
        @CanExecute
        public boolean canExecute(DepartmentSession session) {
            Person person = session.actorPerson();
            return person != null && Timers.running(person) != null;
        }

        @Execute
        public void execute(DepartmentSession session, Shell shell) {
            stop(session, shell);
        }
    }

    static void stop(DepartmentSession session, Shell shell) {
        Person person = actor(session, shell);
        RunningTimer timer = person == null ? null : Timers.running(person);
        if (timer == null) {
            return;
        }
        try {
            session.commandStack().execute(Timers.stop(session.editingDomain(), timer, LocalDateTime.now()));
        } catch (RefusedException e) {
            if (MessageDialog.openQuestion(shell, Messages.Timer_title,
                    NLS.bind(Messages.Timer_discardQuestion, e.getMessage()))) {
                session.commandStack().execute(Timers.discard(session.editingDomain(), timer));
            }
        }
    }

    private static Person actor(DepartmentSession session, Shell shell) {
        Person person = session.actorPerson();
        if (person == null) {
            MessageDialog.openError(shell, Messages.Timer_title, NLS.bind(Messages.Timer_noPerson, session.actor()));
        }
        return person;
    }

    /** Where the person booked last: where they most likely work now. */
    private static WorkLocation lastLocation(Person person) {
        return person.getDepartment().getTimeEntries().stream()
                .filter(e -> e.getPerson() == person && e.getDate() != null && e.getLocation() != null)
                .max(Comparator.comparing(TimeEntry::getDate)).map(TimeEntry::getLocation).orElse(WorkLocation.OFFICE);
    }
}
