package org.fachwerk.timelog.core;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;

/**
 * Adds, changes and removes bookings as undoable commands, after checking what would make them wrong: missing
 * date or times, no duration, breaks as long as the booking, work in the future, an overlap with another booking
 * of the same person, or a month that is approved and locked. A refused booking changes nothing. The workbench
 * puts one for the open department into the e4 context.
 */
public final class Bookings {

    private final EditingDomain domain;

    /** @param domain the editing domain whose command stack runs the commands */
    public Bookings(EditingDomain domain) {
        this.domain = domain;
    }

    /** The command that adds the booking to the department; refused when the booking is wrong. */
    public Command add(Department department, TimeEntry entry, LocalDateTime now)
            throws RefusedException {
        check(entry, null, department, now);
        return AddCommand.create(domain, department, FachwerkPackage.Literals.DEPARTMENT__TIME_ENTRIES, entry);
    }

    /** The command that gives the booking the new values; refused when the result would be wrong. */
    public Command change(TimeEntry entry, Map<EStructuralFeature, Object> values,
            LocalDateTime now) throws RefusedException {
        checkNotLocked(entry);
        TimeEntry changed = EcoreUtil.copy(entry);
        values.forEach(changed::eSet);
        check(changed, entry, (Department) entry.eContainer(), now);
        CompoundCommand command = new CompoundCommand(Messages.Booking_change);
        values.forEach((feature, value) -> command.append(SetCommand.create(domain, entry, feature, value)));
        return command.unwrap();
    }

    /** The command that removes the booking; refused in an approved month. */
    public Command remove(TimeEntry entry) throws RefusedException {
        checkNotLocked(entry);
        return RemoveCommand.create(domain, entry.eContainer(), FachwerkPackage.Literals.DEPARTMENT__TIME_ENTRIES,
                entry);
    }

    /** Refuses a change of a booking in an approved month. */
    private static void checkNotLocked(TimeEntry entry) throws RefusedException {
        if (entry.getPerson() != null && entry.getDate() != null
                && MonthApprovals.approval(entry.getPerson(), entry.getDate()) != null) {
            throw new RefusedException(MonthApprovals.lockedMessage(entry.getPerson(), entry.getDate()));
        }
    }

    /**
     * Refuses a wrong booking with the first problem found.
     *
     * @param replaced the booking this one replaces (left out of the overlap check), or null
     */
    private static void check(TimeEntry entry, TimeEntry replaced, Department department, LocalDateTime now)
            throws RefusedException {
        List<String> problems = problems(entry, replaced, department, now);
        if (!problems.isEmpty()) {
            throw new RefusedException(problems.get(0));
        }
    }

    /** Everything wrong with the booking, for the user; empty when it can be stored. */
    public static List<String> problems(TimeEntry entry, TimeEntry replaced, Department department,
            LocalDateTime now) {
        List<String> problems = new ArrayList<>();
        Person person = entry.getPerson();
        if (person == null) {
            problems.add(Messages.Booking_noPerson);
        }
        Booking booking = Booking.of(entry);
        if (booking == null) {
            problems.add(Messages.Booking_incomplete);
            return problems;
        }
        if (entry.getStart().equals(entry.getEnd())) {
            problems.add(NLS.bind(Messages.Booking_noDuration, Formats.time(booking.start())));
        } else if (entry.getBreakMinutes() < 0) {
            problems.add(Messages.Booking_negativeBreak);
        } else if (booking.netMinutes() == 0) {
            problems.add(NLS.bind(Messages.Booking_breakTooLong, entry.getBreakMinutes()));
        }
        if (booking.end().isAfter(now)) {
            problems.add(NLS.bind(Messages.Booking_future, Formats.dateTime(booking.end())));
        }
        if (person != null && MonthApprovals.approval(person, entry.getDate()) != null) {
            problems.add(MonthApprovals.lockedMessage(person, entry.getDate()));
        }
        if (person != null && department != null) {
            for (TimeEntry other : department.getTimeEntries()) {
                Booking existing = other == entry || other == replaced || other.getPerson() != person ? null
                        : Booking.of(other);
                if (existing != null && existing.overlaps(booking)) {
                    problems.add(NLS.bind(Messages.Booking_overlap, new Object[] { Formats.dateTime(existing.start()),
                            Formats.time(existing.end()), describe(other) }));
                    break;
                }
            }
        }
        return problems;
    }

    private static String describe(TimeEntry entry) {
        if (entry.getTask() != null && entry.getTask().getTitle() != null) {
            return entry.getTask().getTitle();
        }
        return entry.getComment() == null || entry.getComment().isBlank() ? Messages.Booking_withoutTask
                : entry.getComment();
    }
}
