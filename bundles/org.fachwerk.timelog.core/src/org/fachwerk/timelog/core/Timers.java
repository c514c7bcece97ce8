package org.fachwerk.timelog.core;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.RunningTimer;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkLocation;

/**
 * Timers: a person starts one on a task; stopping it books the time from the start to now as any booking is
 * booked, with the same checks. Timers are stored, so they survive a restart and show on every workbench of the
 * person. Starting a timer while another runs stops and books the other first.
 */
public final class Timers {

    /** A timer that ran longer than this was forgotten: its time is booked by hand in the week sheet. */
    public static final Duration LONGEST = Duration.ofHours(16);

    private Timers() {
    }

    /** The person's running timer, or null. */
    public static RunningTimer running(Person person) {
        Department department = person.getDepartment();
        if (department == null) {
            return null;
        }
        for (RunningTimer timer : department.getRunningTimers()) {
            if (timer.getPerson() == person) {
                return timer;
            }
        }
        return null;
    }

    /** The command that starts a timer on the task (after booking a running one). */
    public static Command start(EditingDomain domain, Person person, WorkItem task, WorkLocation location,
            LocalDateTime now) throws RefusedException {
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Timer_start, task.getTitle()));
        RunningTimer running = running(person);
        if (running != null) {
            command.append(stop(domain, running, now));
        }
        RunningTimer timer = FachwerkFactory.eINSTANCE.createRunningTimer();
        timer.setPerson(person);
        timer.setTask(task);
        timer.setLocation(location);
        timer.setStarted(now.truncatedTo(ChronoUnit.MINUTES));
        command.append(AddCommand.create(domain, person.getDepartment(),
                FachwerkPackage.Literals.DEPARTMENT__RUNNING_TIMERS, timer));
        return command;
    }

    /**
     * The command that stops the timer and books its time; a timer stopped within its first minute books nothing.
     * Refused when the booking would be wrong (e.g. it overlaps another) or the timer ran for more than 16 hours;
     * the timer then keeps running, until it is discarded.
     */
    public static Command stop(EditingDomain domain, RunningTimer timer, LocalDateTime now) throws RefusedException {
        Department department = (Department) timer.eContainer();
        LocalDateTime end = now.truncatedTo(ChronoUnit.MINUTES);
        Duration ran = Duration.between(timer.getStarted(), end);
        if (ran.compareTo(LONGEST) > 0) {
            throw new RefusedException(NLS.bind(Messages.Timer_forgotten, ran.toHours()));
        }
        CompoundCommand command = new CompoundCommand(Messages.Timer_stop);
        if (ran.toMinutes() >= 1) {
            TimeEntry entry = FachwerkFactory.eINSTANCE.createTimeEntry();
            entry.setPerson(timer.getPerson());
            entry.setTask(timer.getTask());
            entry.setLocation(timer.getLocation());
            entry.setDate(timer.getStarted().toLocalDate());
            entry.setStart(timer.getStarted().toLocalTime());
            entry.setEnd(end.toLocalTime());
            command.append(new Bookings(domain).add(department, entry, now));
        }
        command.append(discard(domain, timer));
        return command;
    }

    /** The command that throws the timer away without booking. */
    public static Command discard(EditingDomain domain, RunningTimer timer) {
        return RemoveCommand.create(domain, timer.eContainer(), FachwerkPackage.Literals.DEPARTMENT__RUNNING_TIMERS,
                timer);
    }
}
