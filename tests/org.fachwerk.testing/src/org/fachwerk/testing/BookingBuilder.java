package org.fachwerk.testing;

import static org.fachwerk.model.FachwerkPackage.Literals.DEPARTMENT__TIME_ENTRIES;
import static org.fachwerk.model.FachwerkPackage.Literals.TIME_ENTRY__BREAK_MINUTES;
import static org.fachwerk.model.FachwerkPackage.Literals.TIME_ENTRY__COMMENT;
import static org.fachwerk.model.FachwerkPackage.Literals.TIME_ENTRY__DATE;
import static org.fachwerk.model.FachwerkPackage.Literals.TIME_ENTRY__END;
import static org.fachwerk.model.FachwerkPackage.Literals.TIME_ENTRY__LOCATION;
import static org.fachwerk.model.FachwerkPackage.Literals.TIME_ENTRY__PERSON;
import static org.fachwerk.model.FachwerkPackage.Literals.TIME_ENTRY__START;
import static org.fachwerk.model.FachwerkPackage.Literals.TIME_ENTRY__TASK;

import java.time.LocalDate;
import java.time.LocalTime;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkLocation;

/**
 * A booking (time entry) as a test needs one, with its times of day as they are typed:
 * {@code booking(bernd, monday, "08:00", "12:30").breakMinutes(30).on(task).in(department)}.
 */
public final class BookingBuilder extends ObjectBuilder<TimeEntry, BookingBuilder> {

    private BookingBuilder(Person person, LocalDate date, String start, String end) {
        super(FachwerkFactory.eINSTANCE.createTimeEntry());
        set(TIME_ENTRY__PERSON, person).set(TIME_ENTRY__DATE, date).set(TIME_ENTRY__START, LocalTime.parse(start))
                .set(TIME_ENTRY__END, LocalTime.parse(end));
    }

    /** The person's booking on the day, from and to a time of day such as "08:00"; past midnight if it ends earlier. */
    public static BookingBuilder booking(Person person, LocalDate date, String start, String end) {
        return new BookingBuilder(person, date, start, end);
    }

    /** A booking of nobody in particular, for sums that only count hours. */
    public static BookingBuilder booking(LocalDate date, String start, String end) {
        return new BookingBuilder(null, date, start, end);
    }

    public BookingBuilder breakMinutes(int minutes) {
        return set(TIME_ENTRY__BREAK_MINUTES, minutes);
    }

    /** The task the time is booked on; none for a booking on no task. */
    public BookingBuilder on(WorkItem task) {
        return set(TIME_ENTRY__TASK, task);
    }

    public BookingBuilder at(WorkLocation location) {
        return set(TIME_ENTRY__LOCATION, location);
    }

    public BookingBuilder comment(String comment) {
        return set(TIME_ENTRY__COMMENT, comment);
    }

    /** The booking, added to the department's bookings. */
    public TimeEntry in(Department department) {
        return into(department, DEPARTMENT__TIME_ENTRIES);
    }
}
