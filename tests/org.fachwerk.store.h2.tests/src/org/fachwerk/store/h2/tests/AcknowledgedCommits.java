package org.fachwerk.store.h2.tests;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.h2.internal.H2StoreService;

/**
 * A program that commits one booking after another to an embedded store and says {@value #ACKNOWLEDGED} and the
 * booking's number once its commit has returned, for a test that kills it right after such an acknowledgement.
 */
public final class AcknowledgedCommits {

    static final String ACKNOWLEDGED = "acknowledged ";

    private AcknowledgedCommits() {
    }

    public static void main(String[] args) {
        try (Store store = new H2StoreService().open(StoreLocation.embedded(Path.of(args[0])))) {
            UnitOfWork work = store.begin("akoch");
            Department department = work.loadDepartments().get(0);
            for (int i = 1;; i++) {
                TimeEntry entry = FachwerkFactory.eINSTANCE.createTimeEntry();
                entry.setPerson(department.getPersons().get(0));
                entry.setDate(LocalDate.of(2027, 3, 1).plusDays(i / 8));
                entry.setStart(LocalTime.of(8 + i % 8, 0));
                entry.setEnd(LocalTime.of(8 + i % 8, 30));
                entry.setComment("Buchung " + i);
                department.getTimeEntries().add(entry);
                work.commit();
                System.out.println(ACKNOWLEDGED + i);
                System.out.flush();
            }
        }
    }
}
