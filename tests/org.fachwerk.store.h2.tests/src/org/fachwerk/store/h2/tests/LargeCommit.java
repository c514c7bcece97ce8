package org.fachwerk.store.h2.tests;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.h2.internal.H2StoreService;

/**
 * A program that commits a department with many bookings to an embedded store, for a test that kills it in the
 * middle. It says {@value #COMMITTING} before the commit and {@value #COMMITTED} after it.
 */
public final class LargeCommit {

    static final String COMMITTING = "committing";
    static final String COMMITTED = "committed";

    private LargeCommit() {
    }

    public static void main(String[] args) {
        int bookings = Integer.parseInt(args[1]);
        FachwerkFactory factory = FachwerkFactory.eINSTANCE;
        Department department = factory.createDepartment();
        department.setName("Zweiter Fachbereich");
        Person person = factory.createPerson();
        person.setLogin("viel");
        person.setLastName("Vielbucher");
        department.getPersons().add(person);
        LocalDate day = LocalDate.of(2027, 1, 4);
        for (int i = 0; i < bookings; i++) {
            TimeEntry entry = factory.createTimeEntry();
            entry.setPerson(person);
            entry.setDate(day.plusDays(i / 8));
            entry.setStart(LocalTime.of(8 + i % 8, 0));
            entry.setEnd(LocalTime.of(8 + i % 8, 45));
            department.getTimeEntries().add(entry);
        }
        try (Store store = new H2StoreService().open(StoreLocation.embedded(Path.of(args[0])))) {
            UnitOfWork work = store.begin("viel");
            work.add(department);
            System.out.println(COMMITTING);
            System.out.flush();
            work.commit();
            System.out.println(COMMITTED);
            System.out.flush();
        }
    }

    /** The class path of a JVM that runs this program: the jars and folders of the bundles it needs. */
    static List<String> classPath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(LargeCommit.class, H2StoreService.class, Store.class, Department.class,
                org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.common.util.URI.class,
                org.h2.jdbcx.JdbcConnectionPool.class, org.eclipse.osgi.util.NLS.class)) {
            String location = type.getProtectionDomain().getCodeSource().getLocation().getPath();
            if (!entries.contains(location)) {
                entries.add(location);
            }
        }
        return entries;
    }
}
