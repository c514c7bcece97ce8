package org.fachwerk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Role;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkItemStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

    @ParameterizedTest(name = "{0} to {1} less {2} min = {3} min")
    @CsvSource({ "08:00, 16:30, 30, 480", "22:00, 06:00, 45, 435", "09:00, 09:10, 30, 0", "00:00, 00:00, 0, 0" })
    void durationSubtractsBreaksAndRunsAcrossMidnight(String start, String end, int breakMinutes, int expected) {
        TimeEntry entry = FACTORY.createTimeEntry();
        entry.setDate(LocalDate.of(2027, 1, 5));
        entry.setStart(LocalTime.parse(start));
        entry.setEnd(LocalTime.parse(end));
        entry.setBreakMinutes(breakMinutes);
        assertEquals(expected, entry.getDurationMinutes());
    }

    @Test
    void fullNameLeavesOutMissingParts() {
        Person person = FACTORY.createPerson();
        person.setLastName("Koch");
        assertEquals("Koch", person.getFullName());
        person.setFirstName("Anna");
        assertEquals("Anna Koch", person.getFullName());
    }

    @Test
    void newObjectsHaveTheDocumentedDefaults() {
        Person person = FACTORY.createPerson();
        assertEquals(41.0, person.getWeeklyCapacity());
        assertEquals(Role.MEMBER, person.getRole());
        assertEquals(WorkItemKind.TASK, FACTORY.createWorkItem().getKind());
    }

    @Test
    void containmentSetsTheOppositeReference() {
        Department department = FACTORY.createDepartment();
        Project project = FACTORY.createProject();
        department.getProjects().add(project);
        assertSame(department, project.getDepartment());
    }

    @Test
    void datesAndTimesConvertToIsoTextAndBack() {
        LocalDate date = LocalDate.of(2027, 2, 28);
        String text = FACTORY.convertToString(FachwerkPackage.Literals.LOCAL_DATE, date);
        assertEquals("2027-02-28", text);
        assertEquals(date, FACTORY.createFromString(FachwerkPackage.Literals.LOCAL_DATE, text));
        assertEquals(LocalTime.of(7, 45), FACTORY.createFromString(FachwerkPackage.Literals.LOCAL_TIME, "07:45"));
    }

    @Test
    void aWorkItemIsALeafUntilItHasChildrenAndOpenUntilDoneOrCancelled() {
        WorkItem workPackage = FACTORY.createWorkItem();
        workPackage.setKind(WorkItemKind.WORK_PACKAGE);
        assertTrue(workPackage.isLeaf(), "an empty package is scheduled like a task");
        WorkItem task = FACTORY.createWorkItem();
        workPackage.getChildren().add(task);
        assertFalse(workPackage.isLeaf());
        assertTrue(task.isLeaf());
        for (WorkItemStatus status : WorkItemStatus.VALUES) {
            task.setStatus(status);
            assertEquals(status != WorkItemStatus.DONE && status != WorkItemStatus.CANCELLED, task.isOpen(),
                    status.getName());
        }
    }
}
