package org.fachwerk.timelog.ui.internal.timer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkLocation;
import org.fachwerk.timelog.core.Timers;
import org.fachwerk.timelog.ui.internal.BookingPermissions;
import org.fachwerk.timelog.ui.internal.Messages;

import jakarta.inject.Named;

/**
 * Starts a timer of the person at this workbench on the selected task (a task or subtask, not a package or
 * milestone), where they booked last; for those who may book their time (not Guests), as a stopped timer books it.
 */
public class StartTimerHandler {

    @CanExecute
    public boolean canExecute(DepartmentSession session,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof WorkItem item && item.isLeaf() && item.getKind() != WorkItemKind.MILESTONE
                && new BookingPermissions(session).whyNotBook(session.actorPerson()) == null;
    }

    @Execute
    public void execute(DepartmentSession session, Shell shell,
            @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        Person person = StopTimerHandler.personAtWorkbench(session, shell);
        if (person == null || !canExecute(session, selection)) {
            return;
        }
        try {
            // today's bookings, which the timer's booking must not overlap, and the last weeks for where one works
            session.loadBookings(person, LocalDate.now().minusWeeks(2), LocalDate.now());
            session.commandStack().execute(Timers.start(session.editingDomain(), person, (WorkItem) selection,
                    lastLocation(person), LocalDateTime.now()));
        } catch (RefusedException e) {
            MessageDialog.openError(shell, Messages.Timer_title, e.getMessage());
        }
    }

    /** Where the person booked last: where they most likely work now. */
    private static WorkLocation lastLocation(Person person) {
        return person.getDepartment().getTimeEntries().stream()
                .filter(e -> e.getPerson() == person && e.getDate() != null && e.getLocation() != null)
                .max(Comparator.comparing(TimeEntry::getDate)).map(TimeEntry::getLocation).orElse(WorkLocation.OFFICE);
    }
}
