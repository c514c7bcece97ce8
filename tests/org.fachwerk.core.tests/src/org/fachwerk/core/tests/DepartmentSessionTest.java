package org.fachwerk.core.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.fachwerk.testing.DepartmentBuilder.department;
import static org.fachwerk.testing.PersonBuilder.person;
import static org.fachwerk.testing.ProjectBuilder.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Role;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

class DepartmentSessionTest {

    private static StoreService storeService() {
        BundleContext context = FrameworkUtil.getBundle(DepartmentSessionTest.class).getBundleContext();
        return context.getService(context.getServiceReference(StoreService.class));
    }

    /** What an empty store is given: the person at the workbench and two projects she leads. */
    private static Department firstDepartment() {
        Department department = department("Fachbereich Planen und Bauen").build();
        Person anna = person("akoch", "Anna", "Koch").role(Role.ADMIN).in(department);
        project("BAU-01", "Sanierung Grundschule Lindenweg").owner(anna).in(department);
        project("DIG-02", "Einf\u00fchrung E-Akte").owner(anna).in(department);
        return department;
    }

    @Test
    void whatAnotherWorkbenchCommitsIsTakenInAndTheViewsAreTold() {
        StoreLocation location = StoreLocation.inMemory("catchup");
        Store store = storeService().open(location);
        try (DepartmentSession mine = DepartmentSession.open(store, store.begin("akoch"),
                DepartmentSessionTest::firstDepartment, true)) {
            assertFalse(mine.catchUp(), "nothing committed since the session opened");
            Project project = mine.department().getProjects().get(0);
            mine.commandStack().execute(SetCommand.create(mine.editingDomain(), project,
                    FachwerkPackage.Literals.PROJECT__GOALS, "Fertig bis Ostern"));
            assertFalse(mine.catchUp(), "nothing is taken in over a pending change");
            mine.prepareCommit().write();
            assertTrue(mine.commandStack().canUndo());
            AtomicInteger told = new AtomicInteger();
            mine.whenCommitted(told::incrementAndGet);
            try (DepartmentSession theirs = DepartmentSession.open(storeService().open(location), "akoch",
                    () -> null)) {
                Person anna = theirs.department().getPersons().get(0);
                TimeEntry booking = booking(anna, LocalDate.of(2026, 11, 2), "08:00", "12:00").build();
                theirs.department().getTimeEntries().add(booking);
                theirs.department().getProjects().get(0).setName("Sanierung Grundschule");
                theirs.prepareCommit().write();

                assertTrue(mine.catchUp());
                assertEquals("Sanierung Grundschule", project.getName());
                assertEquals("Fertig bis Ostern", project.getGoals(), "one's own commit stays");
                assertEquals(1, told.get(), "the views read the sums again");
                assertFalse(mine.commandStack().canUndo(), "undoing could put back what the other one changed");
                assertEquals(List.of(booking.getId()), mine.bookings(mine.actorPerson(), LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 2)).stream().map(TimeEntry::getId).toList());
                assertFalse(mine.catchUp(), "taken in once");
            }
        }
    }

    @Test
    void anEmptyStoreGetsTheFirstDepartmentOnceAndKeepsIt() {
        StoreLocation location = StoreLocation.inMemory("session");
        AtomicInteger created = new AtomicInteger();
        try (DepartmentSession session = DepartmentSession.open(storeService().open(location), "akoch", () -> {
            created.incrementAndGet();
            return firstDepartment();
        })) {
            assertEquals(1, created.get());
            assertEquals("akoch", session.actorPerson().getLogin(), "the person at the workbench");
            Project project = session.department().getProjects().get(0);
            session.commandStack().execute(SetCommand.create(session.editingDomain(), project,
                    FachwerkPackage.Literals.PROJECT__NAME, "Neuer Name"));
            session.prepareCommit().write();
            try (DepartmentSession second = DepartmentSession.open(storeService().open(location), "akoch", () -> {
                created.incrementAndGet();
                return firstDepartment();
            })) {
                assertEquals(1, created.get(), "a store with a department is not seeded again");
                assertEquals("Neuer Name", second.department().getProjects().get(0).getName());
            }
        }
    }

    @Test
    void editsCanBeUndoneAndRedone() {
        try (DepartmentSession session = DepartmentSession.open(storeService().open(StoreLocation.inMemory("undo")), "akoch",
                DepartmentSessionTest::firstDepartment)) {
            Project project = session.department().getProjects().get(0);
            String before = project.getName();
            session.commandStack().execute(SetCommand.create(session.editingDomain(), project,
                    FachwerkPackage.Literals.PROJECT__NAME, "Geändert"));
            session.commandStack().undo();
            assertEquals(before, project.getName());
            session.commandStack().redo();
            assertEquals("Geändert", project.getName());
        }
    }

    @Test
    void aCommitWritesWhatTheEditsChangedUnderTheActorsName() {
        try (DepartmentSession session = DepartmentSession.open(storeService().open(StoreLocation.inMemory("commit")),
                "akoch", DepartmentSessionTest::firstDepartment)) {
            long before = session.store().lastSequence();
            Project project = session.department().getProjects().get(1);
            session.commandStack().execute(SetCommand.create(session.editingDomain(), project,
                    FachwerkPackage.Literals.PROJECT__GOALS, "Alle Akten elektronisch"));
            assertTrue(session.hasChanges());
            long sequence = session.prepareCommit().write();
            assertFalse(session.hasChanges());
            ChangeSet change = session.store().begin("akoch").changesSince(before).get(0);
            assertEquals(sequence, change.sequence());
            assertEquals("akoch", change.actor());
            assertEquals(Set.of(project.getId()), change.changedIds());
            assertEquals("Alle Akten elektronisch", session.store().begin("check")
                    .load(Project.class, project.getId()).getGoals());
        }
    }

    @Test
    void theDataDirectoryDefaultsToTheUsersHome() {
        String configured = System.getProperty(DataLocation.PROPERTY);
        try {
            System.clearProperty(DataLocation.PROPERTY);
            assertEquals(Path.of(System.getProperty("user.home"), ".fachwerk", "data"), DataLocation.directory());
            System.setProperty(DataLocation.PROPERTY, "relative/dir");
            assertTrue(DataLocation.directory().isAbsolute());
        } finally {
            if (configured == null) {
                System.clearProperty(DataLocation.PROPERTY);
            } else {
                System.setProperty(DataLocation.PROPERTY, configured);
            }
        }
    }

    @Test
    void aWorkingSetLoadsBookingsByPersonAndPeriodAsTheViewsAskForThem() {
        StoreLocation location = StoreLocation.inMemory("working-set");
        Department first = firstDepartment();
        Person bernd = person("bschulz", "Bernd", "Schulz").role(Role.MEMBER).in(first);
        Person anna = first.getPersons().get(0);
        LocalDate monday = LocalDate.of(2027, 3, 1);
        for (int day = 0; day < 28; day++) {
            for (Person person : List.of(anna, bernd)) {
                booking(person, monday.plusDays(day), "08:00", "12:00").in(first);
            }
        }
        try (DepartmentSession whole = DepartmentSession.open(storeService().open(location), "akoch", () -> first)) {
            assertEquals(56, whole.department().getTimeEntries().size());
            UnitOfWork work = whole.store().begin("akoch");
            // a second session on the same store, as another workbench would open it (closing it would close both)
            DepartmentSession session = DepartmentSession.open(whole.store(), work, () -> null, true);
            assertTrue(session.isWorkingSet());
            assertTrue(session.department().getTimeEntries().isEmpty(), "no booking at the start");
            Person her = session.actorPerson();
            assertEquals(7, session.bookings(her, monday.plusWeeks(1), monday.plusWeeks(1).plusDays(6)).size());
            assertEquals(7, session.department().getTimeEntries().size(), "her week is loaded, no more");
            assertEquals(1, session.bookings(her, monday.plusWeeks(1).plusDays(2),
                    monday.plusWeeks(1).plusDays(2)).size(), "a day of a loaded week is not read again");
            assertEquals(7, session.department().getTimeEntries().size());
            assertEquals(28, session.bookings(null, monday, monday.plusDays(13)).size(), "everyone's");
            assertEquals(7 + 21, session.department().getTimeEntries().size(), "each booking once");

            TimeEntry added = booking(her, monday, "13:00", "14:00").build();
            session.commandStack().execute(AddCommand.create(session.editingDomain(), session.department(),
                    FachwerkPackage.Literals.DEPARTMENT__TIME_ENTRIES, added));
            assertTrue(session.bookings(her, monday, monday).contains(added), "with what is not committed");
            session.prepareCommit().write();
            assertEquals(57, whole.store().begin("akoch").loadDepartments().get(0).getTimeEntries().size(),
                    "the bookings never loaded are all there, with the new one");
        }
    }
}
