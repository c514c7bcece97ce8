package org.fachwerk.timelog.core.tests;

import java.time.LocalDate;
import java.time.LocalTime;

import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;

/** Bookings for the tests, not yet in a department. */
final class Entries {

    private Entries() {
    }

    /** A booking of the person on the day, from and to a time of day such as "08:00". */
    static TimeEntry entry(Person person, LocalDate date, String start, String end) {
        TimeEntry entry = FachwerkFactory.eINSTANCE.createTimeEntry();
        entry.setPerson(person);
        entry.setDate(date);
        entry.setStart(LocalTime.parse(start));
        entry.setEnd(LocalTime.parse(end));
        return entry;
    }
}
