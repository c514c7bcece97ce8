package org.fachwerk.projects.core;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.store.KeptSum;
import org.osgi.service.component.annotations.Component;

/**
 * The minutes booked on each task per year, net of breaks, which the store keeps up to date in every commit, so that
 * the booked hours of a project's items come from one row per task and year instead of every booking. Who reads a
 * task's hours: whoever may open its project (the read rules of work items), everyone's hours together; the bookings
 * one by one stay their person's and the Planners' (docs/rights.md).
 */
@Component(service = KeptSum.class)
public final class BookedTasks implements KeptSum {

    /** The name the store keeps the sum under. */
    public static final String NAME = "projects.bookedMinutesPerTaskAndYear";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EClass summed() {
        return FachwerkPackage.Literals.TIME_ENTRY;
    }

    @Override
    public EClass grouped() {
        return FachwerkPackage.Literals.WORK_ITEM;
    }

    @Override
    public Key keyOf(EObject object) {
        TimeEntry entry = (TimeEntry) object;
        if (entry.getTask() == null || entry.getDate() == null) {
            return null;
        }
        // the task's id from the placeholder a stored booking refers to, as from a loaded task
        return new Key(entry.getTask().getId(), LocalDate.of(entry.getDate().getYear(), 1, 1));
    }

    @Override
    public long valueOf(EObject object) {
        return ((TimeEntry) object).getDurationMinutes();
    }
}
