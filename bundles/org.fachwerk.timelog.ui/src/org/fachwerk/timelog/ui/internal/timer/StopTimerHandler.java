package org.fachwerk.timelog.ui.internal.timer;

import java.time.LocalDateTime;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.Person;
import org.fachwerk.model.RunningTimer;
import org.fachwerk.timelog.core.Timers;
import org.fachwerk.timelog.ui.internal.Messages;

/**
 * Stops the running timer of the person at this workbench and books its time; when the booking is refused, offers
 * to discard the timer.
 */
public class StopTimerHandler {

    @CanExecute
    public boolean canExecute(DepartmentSession session) {
        Person person = session.actorPerson();
        return person != null && Timers.running(person) != null;
    }

    @Execute
    public void execute(DepartmentSession session, Shell shell) {
        stop(session, shell);
    }

    /** What the command does, also for the stop button in the status line. */
    static void stop(DepartmentSession session, Shell shell) {
        Person person = personAtWorkbench(session, shell);
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

    /** The person whose timer it is; null, after telling the user, when the login is nobody of the department. */
    static Person personAtWorkbench(DepartmentSession session, Shell shell) {
        Person person = session.actorPerson();
        if (person == null) {
            MessageDialog.openError(shell, Messages.Timer_title, NLS.bind(Messages.Timer_noPerson, session.actor()));
        }
        return person;
    }
}
