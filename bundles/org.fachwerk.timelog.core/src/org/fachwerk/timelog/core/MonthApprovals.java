package org.fachwerk.timelog.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.ApprovalState;
import org.fachwerk.model.AuditEvent;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.MonthApproval;
import org.fachwerk.model.Person;
import org.fachwerk.model.Role;
import org.fachwerk.model.TimeEntry;

/**
 * A planner approves a person's month; its bookings are then locked until an administrator reopens it. Both are
 * recorded as audit events and cannot be undone with Undo: they are acts on the record, like a signature.
 */
public final class MonthApprovals {

    /** The audit actions. */
    public static final String APPROVED = "approve-month";
    public static final String REOPENED = "reopen-month";

    private MonthApprovals() {
    }

    /** The approval of the person's month that contains the day, or null while it is open. */
    public static MonthApproval approval(Person person, LocalDate day) {
        Department department = person.getDepartment();
        if (department == null) {
            return null;
        }
        LocalDate month = day.withDayOfMonth(1);
        for (MonthApproval approval : department.getMonthApprovals()) {
            if (approval.getPerson() == person && month.equals(approval.getMonth())) {
                return approval;
            }
        }
        return null;
    }

    /** Why a booking of the person on the day cannot change. */
    static String lockedMessage(Person person, LocalDate day) {
        return NLS.bind(Messages.Approval_locked, month(YearMonth.from(day)), person.getFullName());
    }

    /**
     * The command that approves the person's month: records the approval and an audit event and marks the month's
     * bookings approved. Refused unless the approver is a planner or administrator, the month is over, not approved
     * yet, and not the approver's own.
     */
    public static Command approve(EditingDomain domain, Person person, YearMonth month, Person approver,
            LocalDateTime now) throws RefusedException {
        if (approver.getRole() != Role.PLANNER && approver.getRole() != Role.ADMIN) {
            throw new RefusedException(NLS.bind(Messages.Approval_notPlanner, approver.getFullName()));
        }
        if (approver == person) {
            throw new RefusedException(Messages.Approval_own);
        }
        if (!month.atEndOfMonth().isBefore(now.toLocalDate())) {
            throw new RefusedException(NLS.bind(Messages.Approval_notOver, month(month)));
        }
        if (approval(person, month.atDay(1)) != null) {
            throw new RefusedException(NLS.bind(Messages.Approval_already, month(month), person.getFullName()));
        }
        Department department = person.getDepartment();
        MonthApproval approval = FachwerkFactory.eINSTANCE.createMonthApproval();
        approval.setPerson(person);
        approval.setMonth(month.atDay(1));
        approval.setApprovedBy(approver);
        approval.setApprovedAt(now);
        CompoundCommand command = new OnRecord(NLS.bind(Messages.Approval_approve, month(month), person.getFullName()));
        command.append(AddCommand.create(domain, department, FachwerkPackage.Literals.DEPARTMENT__MONTH_APPROVALS,
                approval));
        command.append(AddCommand.create(domain, department, FachwerkPackage.Literals.DEPARTMENT__AUDIT_EVENTS,
                event(APPROVED, approver, person, month, now)));
        markBookings(domain, command, person, month, ApprovalState.APPROVED);
        return command;
    }

    /** The command that reopens an approved month; only administrators may. */
    public static Command reopen(EditingDomain domain, Person person, YearMonth month, Person administrator,
            LocalDateTime now) throws RefusedException {
        if (administrator.getRole() != Role.ADMIN) {
            throw new RefusedException(NLS.bind(Messages.Approval_notAdministrator, administrator.getFullName()));
        }
        MonthApproval approval = approval(person, month.atDay(1));
        if (approval == null) {
            throw new RefusedException(NLS.bind(Messages.Approval_notApproved, month(month), person.getFullName()));
        }
        CompoundCommand command = new OnRecord(NLS.bind(Messages.Approval_reopen, month(month), person.getFullName()));
        command.append(RemoveCommand.create(domain, person.getDepartment(),
                FachwerkPackage.Literals.DEPARTMENT__MONTH_APPROVALS, approval));
        command.append(AddCommand.create(domain, person.getDepartment(),
                FachwerkPackage.Literals.DEPARTMENT__AUDIT_EVENTS, event(REOPENED, administrator, person, month, now)));
        markBookings(domain, command, person, month, ApprovalState.OPEN);
        return command;
    }

    private static void markBookings(EditingDomain domain, CompoundCommand command, Person person, YearMonth month,
            ApprovalState state) {
        for (TimeEntry entry : person.getDepartment().getTimeEntries()) {
            if (entry.getPerson() == person && entry.getDate() != null && YearMonth.from(entry.getDate()).equals(month)
                    && entry.getApproval() != state) {
                command.append(SetCommand.create(domain, entry, FachwerkPackage.Literals.TIME_ENTRY__APPROVAL, state));
            }
        }
    }

    private static AuditEvent event(String action, Person actor, Person person, YearMonth month, LocalDateTime now) {
        AuditEvent event = FachwerkFactory.eINSTANCE.createAuditEvent();
        event.setTime(now);
        event.setPerson(actor);
        event.setAction(action);
        event.setSubjectId(person.getId());
        event.setDetails(person.getFullName() + ", " + month);
        return event;
    }

    private static String month(YearMonth month) {
        return Formats.month(month, Locale.getDefault());
    }

    /** A command on the record: done, it stays done; Undo does not take it back. */
    private static final class OnRecord extends CompoundCommand {
        OnRecord(String label) {
            super(label);
        }

        @Override
        public boolean canUndo() {
            return false;
        }
    }
}
