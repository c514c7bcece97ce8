package org.fachwerk.timelog.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.core.Rights;
import org.fachwerk.model.Person;

/**
 * What the person at the workbench may do with bookings, timers and month approvals, as {@link Rights} decides it
 * from the department as loaded now, and why not: for the time logging views to enable their actions and show the
 * reason. Each answer is null when the person may, else the reason.
 */
public final class BookingPermissions {

    private final Rights rights;

    public BookingPermissions(DepartmentSession session) {
        this.rights = session.rights();
    }

    /** Why the person may not book, change or remove the bookings of {@code owner} (or start a timer for them). */
    public String whyNotBook(Person owner) {
        if (rights.mayBook(owner)) {
            return null;
        }
        return rights.isGuest() ? Messages.Rights_guest : NLS.bind(Messages.Rights_bookingOfOther,
                owner == null ? "" : owner.getFullName());
    }

    /** Whether booking for {@code owner} corrects someone else's booking, which then needs a reason. */
    public boolean needsReason(Person owner) {
        return rights.correctsSomeoneElse(owner);
    }

    /** Why the person may not approve the month of {@code owner}. */
    public String whyNotApprove(Person owner) {
        if (rights.mayApprove(owner)) {
            return null;
        }
        return rights.isPlanner() ? Messages.Rights_approveOwn : Messages.Rights_approveNotPlanner;
    }

    /** Why the person may not reopen an approved month. */
    public String whyNotReopen() {
        return rights.isAdmin() ? null : Messages.Rights_reopen;
    }
}
