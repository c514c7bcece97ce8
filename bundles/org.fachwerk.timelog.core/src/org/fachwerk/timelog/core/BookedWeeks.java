package org.fachwerk.timelog.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.store.KeptSum;
import org.fachwerk.store.Store;
import org.osgi.service.component.annotations.Component;

/**
 * The minutes booked per person and week, net of breaks, which the store keeps up to date in every commit, so that
 * weekly reports read one sum per person and week instead of every booking.
 */
@Component(service = KeptSum.class)
public final class BookedWeeks implements KeptSum {

    /** The name the store keeps the sum under. */
    public static final String NAME = "timelog.bookedMinutesPerWeek";

    /**
     * The hours booked per person and week in the weeks from the one containing {@code from} to the one containing
     * {@code to}, ordered by person and week; weeks without bookings are left out.
     */
    public static List<WeeklyHours> hoursPerWeek(Store store, LocalDate from, LocalDate to) {
        return store.sums(NAME, monday(from), monday(to)).stream()
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
