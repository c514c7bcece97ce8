package org.fachwerk.timelog.core.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.fachwerk.testing.PersonBuilder.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.Role;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.timelog.core.MonthApprovals;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The store itself keeps approved months locked and the audit record append-only: tried with a second store on the
 * same database whose units of work loaded the department before the month was approved, as a workbench left open
 * overnight would, and which does not ask the user interface's commands.
 */
class ApprovedMonthLockTest {

    private static final YearMonth JANUARY = YearMonth.of(2027, 1);

    private static StoreService storeService() {
        BundleContext context = FrameworkUtil.getBundle(ApprovedMonthLockTest.class).getBundleContext();
        return context.getService(context.getServiceReference(StoreService.class));
    }

    private static Person bernd(Department department) {
        return department.getPersons().stream().filter(p -> p.getLogin().equals("bschulz")).findFirst().orElseThrow();
    }

    private static TimeEntry on(Department department, LocalDate day) {
        return department.getTimeEntries().stream().filter(e -> e.getDate().equals(day)).findFirst().orElseThrow();
    }

    /** The change, made in a unit of work loaded before the approval, is refused whole and kept for the user. */
    private static void refused(UnitOfWork stale, Consumer<Department> change, String... said) {
        change.accept(stale.loadDepartments().get(0));
        StoreException refusal = assertThrows(StoreException.class, stale::commit);
        for (String part : said) {
            assertTrue(refusal.getMessage().contains(part), refusal.getMessage());
        }
        assertTrue(stale.hasChanges(), "the unit of work keeps its changes");
    }

    @Test
    void aStaleWorkbenchCannotBookIntoAnApprovedMonthNorRewriteTheRecord() throws Exception {
        try (Store office = storeService().open(StoreLocation.inMemory("month-lock"));
                Store stale = storeService().open(StoreLocation.inMemory("month-lock"))) {
            Department department = FachwerkFactory.eINSTANCE.createDepartment();
            department.setName("Ordnungsamt");
            Person anna = person("akoch", "Anna", "Koch").role(Role.PLANNER).in(department);
            Person bernd = person("bschulz", "Bernd", "Schulz").in(department);
            booking(bernd, LocalDate.of(2027, 1, 11), "08:00", "12:00").in(department);
            booking(bernd, LocalDate.of(2027, 1, 12), "08:00", "12:00").in(department);
            booking(bernd, LocalDate.of(2027, 2, 1), "08:00", "12:00").in(department);
            UnitOfWork planner = office.begin("akoch");
            planner.add(department);
            planner.commit();

            // loaded before the approval, each for one attempt
            List<UnitOfWork> before = List.of(stale.begin("bschulz"), stale.begin("bschulz"), stale.begin("bschulz"),
                    stale.begin("bschulz"), stale.begin("bschulz"));
            before.forEach(UnitOfWork::loadDepartments);

            EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
            domain.getCommandStack().execute(MonthApprovals.approve(domain, bernd, JANUARY, anna,
                    LocalDateTime.of(2027, 2, 3, 9, 0)));
            planner.commit(); // approving marks the month's bookings: that change is allowed

            String locked = "of Bernd Schulz is approved and locked";
            refused(before.get(0), d -> booking(bernd(d), LocalDate.of(2027, 1, 13), "08:00", "12:00").in(d), locked);
            refused(before.get(1), d -> on(d, LocalDate.of(2027, 1, 11)).setComment("nachgetragen"), locked);
            refused(before.get(2), d -> d.getTimeEntries().remove(on(d, LocalDate.of(2027, 1, 12))), locked);
            refused(before.get(3), d -> on(d, LocalDate.of(2027, 2, 1)).setDate(LocalDate.of(2027, 1, 20)), locked);

            UnitOfWork february = before.get(4);
            on(february.loadDepartments().get(0), LocalDate.of(2027, 2, 1)).setComment("Februar ist offen");
            february.commit();

            Department stored = office.begin("check").loadDepartments().get(0);
            assertEquals(3, stored.getTimeEntries().size(), "nothing was added or removed");
            assertEquals(null, on(stored, LocalDate.of(2027, 1, 11)).getComment());
            assertEquals(LocalDate.of(2027, 2, 1), on(stored, LocalDate.of(2027, 2, 1)).getDate());

            String record = "is on the record";
            refused(stale.begin("akoch"), d -> d.getAuditEvents().get(0).setDetails("anders"), record,
                    MonthApprovals.APPROVED);
            refused(stale.begin("akoch"), d -> d.getAuditEvents().clear(), record);
            assertEquals(1, office.begin("check").loadDepartments().get(0).getAuditEvents().size());
        }
    }
}
