package org.fachwerk.timelog.core.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.h2.internal.Migrations;
import org.fachwerk.timelog.core.BookedWeeks;
import org.fachwerk.timelog.core.WeeklyHours;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The weekly sums of booked hours, which the store keeps for the time logging module in every commit. */
class BookedWeeksTest {

    @TempDir
    Path directory;

    private static StoreService storeService() {
        BundleContext context = FrameworkUtil.getBundle(BookedWeeksTest.class).getBundleContext();
        return context.getService(context.getServiceReference(StoreService.class));
    }

    @Test
    void bookedHoursPerPersonAndWeekFollowEveryCommit() {
        try (Store store = storeService().open(StoreLocation.inMemory("hours"))) {
            Department department = FachwerkFactory.eINSTANCE.createDepartment();
            department.setName("Ordnungsamt");
            Person person = FachwerkFactory.eINSTANCE.createPerson();
            person.setLogin("bschulz");
            person.setLastName("Schulz");
            department.getPersons().add(person);
            TimeEntry night = booking(person, LocalDate.of(2027, 1, 6), "22:00", "02:30").build();
            night.setBreakMinutes(15);
            department.getTimeEntries().add(night);
            UnitOfWork work = store.begin("akoch");
            work.add(department);
            work.commit();
            String bernd = person.getId();
            LocalDate monday = LocalDate.of(2027, 1, 4);
            // 22:00 to 2:30 with a 15-minute break, on Wednesday 6 January 2027
            assertEquals(List.of(new WeeklyHours(bernd, monday, 4.25)),
                    BookedWeeks.hoursPerWeek(store.begin("akoch"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));

            TimeEntry entry = department.getTimeEntries().get(0);
            TimeEntry more = EcoreUtil.copy(entry);
            more.setId(null);
            more.setDate(LocalDate.of(2027, 1, 8));
            more.setStart(LocalTime.of(8, 0));
            more.setEnd(LocalTime.of(12, 0));
            more.setBreakMinutes(0);
            department.getTimeEntries().add(more);
            work.commit();
            assertEquals(List.of(new WeeklyHours(bernd, monday, 8.25)),
                    BookedWeeks.hoursPerWeek(store.begin("akoch"), monday.plusDays(2), monday.plusDays(2)), "the whole week counts");

            entry.setDate(LocalDate.of(2027, 1, 12)); // into the next week
            work.commit();
            assertEquals(List.of(new WeeklyHours(bernd, monday, 4.0), new WeeklyHours(bernd, monday.plusWeeks(1), 4.25)),
                    BookedWeeks.hoursPerWeek(store.begin("akoch"), monday, monday.plusWeeks(1)));

            department.getTimeEntries().remove(more);
            work.commit();
            assertEquals(List.of(new WeeklyHours(bernd, monday.plusWeeks(1), 4.25)),
                    BookedWeeks.hoursPerWeek(store.begin("akoch"), monday, monday.plusWeeks(1)), "a week without bookings is left out");
            assertTrue(BookedWeeks.hoursPerWeek(store.begin("akoch"), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)).isEmpty());
        }
    }

    @Test
    void aDatabaseOfTheVersionBeforeKeptSumsGivesTheWeeklyHoursOfItsBookings() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + directory.resolve("fachwerk"));
        database.setUser("fachwerk");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            new Migrations().migrate(connection, "v6", 6);
            statement.execute("INSERT INTO \"DEPARTMENT\" (\"ID\", \"ROOT_ID\", \"AGGREGATE_ID\", \"NAME\")"
                    + " VALUES ('d', 'd', 'd', 'Bauamt')");
            statement.execute("INSERT INTO \"PERSON\" (\"ID\", \"ROOT_ID\", \"AGGREGATE_ID\", \"PARENT_ID\","
                    + " \"PARENT_FEATURE\", \"POSITION\", \"LOGIN\", \"LAST_NAME\", \"WEEKLY_CAPACITY\")"
                    + " VALUES ('p', 'd', 'p', 'd', 'persons', 0, 'akoch', 'Koch', 41)");
            statement.execute("INSERT INTO \"TIME_ENTRY\" (\"ID\", \"ROOT_ID\", \"AGGREGATE_ID\", \"PARENT_ID\","
                    + " \"PARENT_FEATURE\", \"POSITION\", \"PERSON_ID\", \"DATE\", \"START\", \"END\", \"BREAK_MINUTES\")"
                    + " VALUES ('t', 'd', 't', 'd', 'timeEntries', 0, 'p', DATE '2027-02-03', TIME '08:00:00',"
                    + " TIME '16:30:00', 30)");
        }
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            assertEquals(List.of(new WeeklyHours("p", LocalDate.of(2027, 2, 1), 8.0)),
                    BookedWeeks.hoursPerWeek(store.begin("akoch"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
                    "the weekly sums are computed from the bookings already there");
        }
    }
}
