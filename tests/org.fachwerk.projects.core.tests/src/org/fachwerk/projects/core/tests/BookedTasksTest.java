package org.fachwerk.projects.core.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.fachwerk.testing.DepartmentBuilder.department;
import static org.fachwerk.testing.PersonBuilder.person;
import static org.fachwerk.testing.ProjectBuilder.project;
import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.fachwerk.testing.WorkItemBuilder.workPackage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.fachwerk.model.Access;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Membership;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Role;
import org.fachwerk.model.WorkItem;
import org.fachwerk.projects.core.ActualEffort;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.fachwerk.store.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The booked hours of a project's items from the sum the store keeps per task: a member sees everyone's hours on
 * the tasks of their project, though they read only their own bookings; nobody sees the hours of a project they may
 * not open.
 */
class BookedTasksTest {

    private static Store aDepartment() {
        BundleContext context = FrameworkUtil.getBundle(BookedTasksTest.class).getBundleContext();
        StoreService service = context.getService(context.getServiceReference(StoreService.class));
        Store store = service.open(StoreLocation.inMemory("booked-tasks-" + System.nanoTime()));
        Department department = department("Bauamt").build();
        Person anna = person("anna", "Anna", "Koch").role(Role.MEMBER).in(department);
        Person bernd = person("bernd", "Bernd", "Schulz").role(Role.MEMBER).in(department);
        person("carla", "Carla", "Aussen").role(Role.MEMBER).in(department);
        Project project = project("BAU-1", "Sanierung Rathaus").in(department);
        for (Person member : new Person[] { anna, bernd }) {
            Membership membership = FachwerkFactory.eINSTANCE.createMembership();
            membership.setPerson(member);
            membership.setAccess(Access.EDIT);
            project.getMemberships().add(membership);
        }
        WorkItem walls = task("W\u00e4nde").in(workPackage("Rohbau").in(project));
        booking(anna, LocalDate.of(2026, 11, 2), "08:00", "12:00").on(walls).in(department); // 4 h
        booking(bernd, LocalDate.of(2026, 11, 3), "08:00", "10:30").on(walls).in(department); // 2.5 h
        booking(bernd, LocalDate.of(2027, 1, 4), "08:00", "09:00").on(walls).in(department); // 1 h, the next year
        UnitOfWork setup = store.begin("setup");
        setup.add(department);
        setup.commit();
        return store;
    }

    @Test
    void aMemberSeesEveryonesHoursOnTheTasksOfTheirProject() {
        try (Store store = aDepartment()) {
            UnitOfWork anna = store.begin("anna");
            Department department = anna.loadDepartments().get(0);
            Project project = department.getProjects().get(0);
            WorkItem walls = project.getWorkItems().get(0).getChildren().get(0);
            assertEquals(4, ActualEffort.of(department).hours(walls), 1e-9, "her own bookings are all she holds");
            ActualEffort kept = ActualEffort.kept(department, anna);
            assertEquals(7.5, kept.hours(walls), 1e-9, "the store's sum has Bernd's hours too, both years");
            assertEquals(7.5, kept.hours(project.getWorkItems().get(0)), 1e-9, "rolled up to the package");
            assertEquals(7.5, kept.hours(project), 1e-9, "and the project");

            department.getTimeEntries().get(0).setEnd(java.time.LocalTime.of(13, 0));
            anna.commit();
            assertEquals(8.5, ActualEffort.kept(department, anna).hours(walls), 1e-9, "kept up by each commit");
        }
    }

    @Test
    void nobodyReadsTheHoursOfAProjectTheyMayNotOpen() {
        try (Store store = aDepartment()) {
            UnitOfWork carla = store.begin("carla");
            Department department = carla.loadDepartments().get(0);
            assertTrue(department.getProjects().isEmpty());
            assertTrue(carla.sums("projects.bookedMinutesPerTaskAndYear", LocalDate.of(2000, 1, 1),
                    LocalDate.of(2100, 1, 1)).isEmpty(), "no task's row reaches her");
        }
    }
}
