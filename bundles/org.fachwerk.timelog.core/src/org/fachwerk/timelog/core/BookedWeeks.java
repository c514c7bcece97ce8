package org.fachwerk.timelog.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.fachwerk.core.Rights;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.store.KeptSum;
import org.fachwerk.store.Stored;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.Visible;
import org.osgi.service.component.annotations.Component;

/**
 * The minutes booked per person and week, net of breaks, which the store keeps up to date in every commit, so that
 * weekly reports read one sum per person and week instead of every booking. Who reads a person's weeks follows who
 * reads their bookings (docs/rights.md): the person, and Planners and Admins. A Planner's sum of a week holds all
 * the person's hours, also those on projects the Planner may not open: approving a month needs the whole working
 * time, and the sum names no project.
 */
@Component(service = KeptSum.class)
public final class BookedWeeks implements KeptSum {

    /** The name the store keeps the sum under. */
    public static final String NAME = "timelog.bookedMinutesPerWeek";

    /**
     * The hours booked per person and week in the weeks from the one containing {@code from} to the one containing
     * {@code to}, ordered by person and week; weeks without bookings are left out.
     */
    public static List<WeeklyHours> hoursPerWeek(UnitOfWork work, LocalDate from, LocalDate to) {
        return work.sums(NAME, monday(from), monday(to)).stream()
                .map(total -> new WeeklyHours(total.group(), total.day(), total.total() / 60.0)).toList();
    }

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
        return FachwerkPackage.Literals.PERSON;
    }

    @Override
    public Visible readable(Stored stored) {
        Rights rights = Rights.of(stored);
        return rights.unrestricted() || rights.isPlanner() ? Visible.ALL
                : Visible.equal(FachwerkPackage.Literals.ENTITY__ID, rights.person().getId());
    }

    @Override
    public Key keyOf(EObject object) {
        TimeEntry entry = (TimeEntry) object;
        if (entry.getPerson() == null || entry.getDate() == null) {
            return null;
        }
        return new Key(entry.getPerson().getId(), monday(entry.getDate()));
    }

    @Override
    public long valueOf(EObject object) {
        return ((TimeEntry) object).getDurationMinutes();
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(DayOfWeek.MONDAY);
    }
}
