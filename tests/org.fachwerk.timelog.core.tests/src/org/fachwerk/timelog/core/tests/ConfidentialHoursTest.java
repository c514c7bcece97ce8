package org.fachwerk.timelog.core.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.fachwerk.testing.DepartmentBuilder.department;
import static org.fachwerk.testing.PersonBuilder.person;
import static org.fachwerk.testing.ProjectBuilder.project;
import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.fachwerk.model.Access;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Membership;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Role;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.timelog.core.Report;
import org.fachwerk.timelog.core.Reports;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The hours on a confidential project are in no report of someone who is not its member, Planners included: the
 * store never hands them the bookings, so no line of a report can name them.
 */
class ConfidentialHoursTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private static Store aDepartment() {
        BundleContext context = FrameworkUtil.getBundle(ConfidentialHoursTest.class).getBundleContext();
        StoreService service = context.getService(context.getServiceReference(StoreService.class));
        Store store = service.open(StoreLocation.inMemory("confidential-hours-" + System.nanoTime()));
        Department department = department("Ordnungsamt").build();
        person("planer", "Paula", "Planer").role(Role.PLANNER).in(department);
        Person member = person("mitglied", "Max", "Mitglied").role(Role.MEMBER).in(department);
        for (String key : List.of("OFF-1", "GEH-2")) {
            Project project = project(key, "Projekt " + key).in(department);
            project.setConfidential(key.startsWith("GEH"));
            Membership membership = FachwerkFactory.eINSTANCE.createMembership();
            membership.setPerson(member);
            membership.setAccess(Access.EDIT);
            project.getMemberships().add(membership);
            booking(member, LocalDate.of(2026, 10, key.startsWith("GEH") ? 6 : 5), "08:00", "12:00")
                    .on(task("Aufgabe " + key).in(project)).in(department);
        }
        UnitOfWork setup = store.begin("setup");
        setup.add(department);
        setup.commit();
        return store;
    }

    private static String text(Report report) {
        return report.rows().toString();
    }

    @Test
    void aPlannerWhoIsNoMemberReportsNoHourOfTheConfidentialProject() {
        try (Store store = aDepartment()) {
            Department planners = store.begin("planer").loadDepartments().get(0);
            Report perProject = Reports.hoursPerProject(planners, OCTOBER.atDay(1), OCTOBER.atEndOfMonth());
            assertEquals(1, perProject.rows().size(), text(perProject));
            assertTrue(text(perProject).contains("OFF-1"), text(perProject));
            Person member = planners.getPersons().stream().filter(p -> p.getLogin().equals("mitglied")).findFirst()
                    .orElseThrow();
            Report timesheet = Reports.timesheet(member, OCTOBER, Locale.GERMAN);
            assertEquals(1, timesheet.rows().size(), "the member's month shows the open project's day only: "
                    + text(timesheet));
            for (Report report : List.of(perProject, timesheet)) {
                assertFalse(text(report).contains("GEH-2"), text(report));
            }
        }
    }

    @Test
    void theMemberReportsTheHoursOfBoth() {
        try (Store store = aDepartment()) {
            Department members = store.begin("mitglied").loadDepartments().get(0);
            Report perProject = Reports.hoursPerProject(members, OCTOBER.atDay(1), OCTOBER.atEndOfMonth());
            assertEquals(2, perProject.rows().size(), text(perProject));
            assertTrue(text(perProject).contains("GEH-2"), text(perProject));
        }
    }
}
