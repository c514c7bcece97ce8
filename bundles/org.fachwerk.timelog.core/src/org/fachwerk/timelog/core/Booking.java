package org.fachwerk.timelog.core;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.fachwerk.model.TimeEntry;

/**
 * A booking as a span of time: an end before the start means the work ran past midnight and ended the next day; an
 * end equal to the start is an empty span, as {@link TimeEntry#getDurationMinutes()} counts it.
 *
 * @param entry the booking
 * @param start when the work began
 * @param end when it ended (not before the start)
 */
public record Booking(TimeEntry entry, LocalDateTime start, LocalDateTime end) {

    /** The booking's span; null while date, start or end is missing. */
    public static Booking of(TimeEntry entry) {
        if (entry.getDate() == null || entry.getStart() == null || entry.getEnd() == null) {
            return null;
        }
        LocalDateTime start = entry.getDate().atTime(entry.getStart());
        LocalDateTime end = entry.getDate().atTime(entry.getEnd());
        if (end.isBefore(start)) {
            end = end.plusDays(1);
        }
        return new Booking(entry, start, end);
    }

    /** The day the booking counts for: the day its work began. */
    public LocalDate day() {
        return entry.getDate();
    }

    /** Minutes worked: the span without the breaks taken in it, as the model counts them. */
    public int netMinutes() {
        return entry.getDurationMinutes();
    }

    public boolean overlaps(Booking other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
