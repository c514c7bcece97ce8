package org.fachwerk.timelog.core;

import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.Rights;
import org.fachwerk.model.Absence;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.MonthApproval;
import org.fachwerk.model.Person;
import org.fachwerk.model.RunningTimer;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.store.CommitRule;
import org.fachwerk.store.ReadRule;
import org.fachwerk.store.Stored;
import org.fachwerk.store.Visible;
import org.osgi.service.component.annotations.Component;

/**
 * Who may read and change bookings, timers, month approvals and absences (docs/rights.md), enforced by the store:
 * <ul>
 * <li>bookings: everyone but Guests books their own time; Planners and Admins read the department's bookings (on
 * projects they may open) and correct an unapproved booking of someone else only with a reason, which the booking
 * and the change log keep; others read only their own;</li>
 * <li>a running timer is its person's alone;</li>
 * <li>months: Planners and Admins approve other people's months, nobody their own; only Admins reopen one; everyone
 * reads their own approvals, Planners and Admins all;</li>
 * <li>absences: everyone reads who is absent when, only the person and Planners and Admins why (its kind and
 * note); a person records their own, Planners and Admins anyone's.</li>
 * </ul>
 */
@Component(service = { ReadRule.class, CommitRule.class })
public final class BookingRights implements ReadRule, CommitRule {

    private static final FachwerkPackage MODEL = FachwerkPackage.eINSTANCE;
    private static final Set<EStructuralFeature> APPROVAL_MARK = Set.of(FachwerkPackage.Literals.TIME_ENTRY__APPROVAL);

    @Override
    public EClass checked() {
        return MODEL.getEntity();
    }

    @Override
    public Visible visible(EClass type, Stored stored) {
        Rights rights = Rights.of(stored);
        if (rights.unrestricted()) {
            return Visible.ALL;
        }
        Visible own = Visible.equal(personOf(type), rights.person());
        if (type == MODEL.getTimeEntry()) {
            return rights.isPlanner() ? Visible.anyOf(own, Visible.equal(MODEL.getTimeEntry_Task(), null),
                    Visible.refersWithin(MODEL.getTimeEntry_Task(), rights.openProjects())) : own;
        } else if (type == MODEL.getMonthApproval()) {
            return rights.isPlanner() ? Visible.ALL : own;
        } else if (type == MODEL.getRunningTimer()) {
            return own;
        }
        return Visible.ALL;
    }

    @Override
    public Map<EAttribute, Visible> withheld(EClass type, Stored stored) {
        Rights rights = Rights.of(stored);
        if (type != MODEL.getAbsence() || rights.unrestricted() || rights.isPlanner()) {
            return Map.of();
        }
        Visible own = Visible.equal(MODEL.getAbsence_Person(), rights.person());
        return Map.of(MODEL.getAbsence_Kind(), own, MODEL.getAbsence_Note(), own);
    }

    private static EStructuralFeature personOf(EClass type) {
        return type == MODEL.getTimeEntry() ? MODEL.getTimeEntry_Person()
                : type == MODEL.getMonthApproval() ? MODEL.getMonthApproval_Person()
                        : type == MODEL.getRunningTimer() ? MODEL.getRunningTimer_Person()
                                : MODEL.getAbsence_Person();
    }

    /** Whose a booking, timer, approval or absence was, as stored. */
    @Override
    public boolean readsStoredState(EClass type) {
        return type == MODEL.getTimeEntry() || type == MODEL.getMonthApproval() || type == MODEL.getRunningTimer()
                || type == MODEL.getAbsence();
    }

    @Override
    public String check(Write write, Stored stored) {
        if (!(write.object() instanceof TimeEntry || write.object() instanceof MonthApproval
                || write.object() instanceof RunningTimer || write.object() instanceof Absence)
                || write.kind() == Kind.CHANGE && write.features().isEmpty()) {
            return null; // not these classes, or only in another place of the list
        }
        Rights rights = Rights.of(stored);
        if (rights.unrestricted()) {
            return null;
        }
        Person person = (Person) write.object().eGet(personOf(write.object().eClass()));
        Person before = write.stored() == null ? null
                : (Person) write.stored().eGet(personOf(write.object().eClass()));
        boolean own = rights.is(person) && (write.stored() == null || rights.is(before));
        if (write.object() instanceof TimeEntry entry) {
            return booking(write, entry, own, rights.mayBook(person) && (before == null || rights.mayBook(before)),
                    rights);
        } else if (write.object() instanceof MonthApproval approval) {
            if (write.kind() != Kind.CREATE) {
                return rights.isAdmin() ? null : NLS.bind(Messages.Approval_notAdministrator, rights.name());
            }
            if (!rights.isPlanner() || !rights.is(approval.getApprovedBy())) {
                return NLS.bind(Messages.Approval_notPlanner, rights.name());
            }
            return rights.mayApprove(person) ? null : Messages.Approval_own;
        } else if (write.object() instanceof RunningTimer) {
            return own ? null : NLS.bind(Messages.Rights_timerOfOther, rights.name());
        }
        return own || rights.isPlanner() ? null : NLS.bind(Messages.Rights_absenceOfOther, rights.name());
    }

    /** @param mayBook whether the person books for whom the booking is, before and after (Rights.mayBook) */
    private static String booking(Write write, TimeEntry entry, boolean own, boolean mayBook, Rights rights) {
        if (rights.isGuest()) {
            return NLS.bind(Messages.Rights_guestBooks, rights.name());
        }
        if (write.kind() == Kind.CHANGE && APPROVAL_MARK.containsAll(write.features())) {
            // approving and reopening mark the bookings; the month approval they come with is checked above
            return rights.isPlanner() && !own ? null : NLS.bind(Messages.Approval_notPlanner, rights.name());
        }
        if (own) {
            return null;
        }
        if (!mayBook) {
            return NLS.bind(Messages.Rights_bookingOfOther, rights.name());
        }
        // each correction says why: a new booking carries its reason, a change sets one anew
        String reason = entry.getReason();
        boolean reasoned = write.kind() == Kind.REMOVE || reason != null && !reason.isBlank()
                && (write.kind() == Kind.CREATE || write.features().contains(MODEL.getTimeEntry_Reason()));
        return reasoned ? null : NLS.bind(Messages.Rights_correctionWithoutReason, rights.name());
    }
}
