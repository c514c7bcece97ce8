package org.fachwerk.model.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.fachwerk.testing.DepartmentBuilder.department;
import static org.fachwerk.testing.PersonBuilder.person;
import static org.fachwerk.testing.ProjectBuilder.project;
import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.fachwerk.model.Absence;
import org.fachwerk.model.Department;
import org.fachwerk.model.Dependency;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.validation.ModelValidator;
import org.junit.jupiter.api.Test;

/** The invariants of the model, with the messages a user reads (the tests run in English). */
class ModelValidatorTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

    private static Department validDepartment() {
        Department department = department("Bauamt").build();
        Person person = person("Koch").login("akoch").in(department);
        Project project = project("BAU-1", "Neubau").from(LocalDate.of(2027, 1, 1)).to(LocalDate.of(2027, 12, 31))
                .in(department);
        task("Planung").effort(12).in(project);
        booking(person, LocalDate.of(2027, 1, 5), "22:00", "02:00").in(department); // across midnight is fine
        return department;
    }

    @Test
    void aValidDepartmentHasNoProblems() {
        assertEquals(List.of(), ModelValidator.problems(validDepartment()));
    }

    @Test
    void missingRequiredValuesAreNamed() {
        Department department = validDepartment();
        department.getPersons().get(0).setLogin(" ");
        department.getProjects().get(0).setName(null);
        department.getTimeEntries().get(0).setDate(null);
        assertEquals(List.of("Person Koch: login is required.", "Project BAU-1: name is required.",
                "TimeEntry: date is required."), ModelValidator.problems(department));
    }

    @Test
    void negativeOrImpossibleAmountsAreRefused() {
        Department department = validDepartment();
        department.getProjects().get(0).getWorkItems().get(0).setPlannedEffort(-1.5);
        department.getPersons().get(0).setWeeklyCapacity(200);
        department.getTimeEntries().get(0).setBreakMinutes(-15);
        List<String> problems = ModelValidator.problems(department);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.contains("WorkItem Planung: plannedEffort must not be negative (-1.5)."), problems.toString());
        assertTrue(problems.get(0).startsWith("Person Koch: weeklyCapacity must be at most 168"), problems.toString());
    }

    @Test
    void periodsMustNotEndBeforeTheyStart() {
        Department department = validDepartment();
        department.getProjects().get(0).setEnd(LocalDate.of(2026, 12, 31));
        Absence absence = FACTORY.createAbsence();
        absence.setPerson(department.getPersons().get(0));
        absence.setFrom(LocalDate.of(2027, 3, 10));
        absence.setTo(LocalDate.of(2027, 3, 9));
        department.getAbsences().add(absence);
        assertEquals(List.of("Project BAU-1: end (2026-12-31) lies before start (2027-01-01).",
                "Absence: to (2027-03-09) lies before from (2027-03-10)."), ModelValidator.problems(department));
    }

    @Test
    void aWorkItemCannotWaitForItself() {
        Department department = validDepartment();
        WorkItem task = department.getProjects().get(0).getWorkItems().get(0);
        Dependency dependency = FACTORY.createDependency();
        dependency.setPredecessor(task);
        task.getDependencies().add(dependency);
        assertEquals(List.of("Dependency cannot depend on itself."), ModelValidator.problems(department));
    }
}
