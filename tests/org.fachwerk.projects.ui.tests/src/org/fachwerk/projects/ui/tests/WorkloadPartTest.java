package org.fachwerk.projects.ui.tests;

import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Qualification;
import org.fachwerk.model.WorkItem;
import org.fachwerk.projects.core.ActualEffort;
import org.fachwerk.projects.core.Workload;
import org.fachwerk.projects.ui.internal.workload.WorkloadPart;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** The workload overview follows the plan: a big task makes its assignee's week red, undo takes it back. */
class WorkloadPartTest {

    private static void selectRow(RunningWorkbench workbench, Table table, int row) {
        table.setSelection(row);
        Event event = new Event();
        event.item = table.getItem(row);
        table.notifyListeners(SWT.Selection, event);
        workbench.flush();
    }

    @Test
    void aBigTaskOverAllocatesItsAssigneeAndTheQualificationFilterNarrowsThePeople() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("workload"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            assertTrue(workbench.show("org.fachwerk.projects.part.workload"));
            WorkloadPart part = (WorkloadPart) workbench.part(WorkloadPart.PART_ID).getObject();
            Table table = RunningWorkbench.find(workbench.shell(), Table.class, WorkloadPart.WIDGET_KEY, "table");
            assertEquals(session.department().getPersons().size(), table.getItemCount());
            Person anna = session.department().getPersons().get(0);
            selectRow(workbench, table, 0);
            assertEquals(12, part.chart().weeks().size());
            double before = part.chart().weeks().get(0).planned();

            LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY);
            WorkItem big = task("Haushaltsplan aufstellen").from(monday).to(monday.plusDays(4)).effort(100)
                    .assignedTo(anna).build();
            session.commandStack().execute(AddCommand.create(session.editingDomain(),
                    session.department().getProjects().get(0), FachwerkPackage.Literals.PROJECT__WORK_ITEMS, big));
            workbench.flush();
            assertEquals(before + 100, part.chart().weeks().get(0).planned(), 1e-6, "the chart follows");
            assertTrue(part.chart().weeks().get(0).overAllocated());
            assertEquals(SWT.COLOR_RED, colorOf(table, 0, 1), "the week is red in the table");

            assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
            assertEquals(before, part.chart().weeks().get(0).planned(), 1e-6);

            // a task of Anna's dropped on another person: Anna's load goes down, the other's up
            session.commandStack().execute(AddCommand.create(session.editingDomain(),
                    session.department().getProjects().get(0), FachwerkPackage.Literals.PROJECT__WORK_ITEMS, big));
            workbench.flush();
            assertTrue(part.tasksShown().contains(big), "Anna's open tasks are listed below her chart");
            Person other = session.department().getPersons().get(1);
            double othersBefore = Workload.of(session.department(), monday, monday.plusDays(6),
                    Workload::calendar, ActualEffort.of(session)).get(other).get(0).planned();
            // from the keyboard: the task's menu (Shift+F10), Give to, the other person
            Table tasks = RunningWorkbench.find(workbench.shell(), Table.class, WorkloadPart.WIDGET_KEY, "tasks");
            tasks.setSelection(part.tasksShown().indexOf(big));
            tasks.notifyListeners(SWT.Selection, new Event());
            tasks.getMenu().notifyListeners(SWT.Show, new Event());
            Menu giveTo = tasks.getMenu().getItem(0).getMenu();
            assertTrue(tasks.getMenu().getItem(0).isEnabled());
            giveTo.notifyListeners(SWT.Show, new Event());
            Arrays.stream(giveTo.getItems()).filter(item -> item.getText().equals(other.getFullName()))
                    .findFirst().orElseThrow().notifyListeners(SWT.Selection, new Event());
            workbench.flush();
            assertFalse(Arrays.stream(giveTo.getItems()).anyMatch(item -> item.getText()
                    .equals(anna.getFullName())), "not to the person who has it");
            assertEquals(before, part.chart().weeks().get(0).planned(), 1e-6, "Anna's row goes down");
            assertEquals(othersBefore + 100, Workload.of(session.department(), monday, monday.plusDays(6),
                    Workload::calendar, ActualEffort.of(session)).get(other).get(0).planned(), 1e-6);
            assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
            assertTrue(big.getAssignees().contains(anna));
            assertTrue(workbench.execute("org.fachwerk.app.command.undo"));

            Qualification gis = FachwerkFactory.eINSTANCE.createQualification();
            gis.setName("GIS");
            CompoundCommand qualify = new CompoundCommand();
            qualify.append(AddCommand.create(session.editingDomain(), session.department(),
                    FachwerkPackage.Literals.DEPARTMENT__QUALIFICATIONS, gis));
            qualify.append(AddCommand.create(session.editingDomain(), anna,
                    FachwerkPackage.Literals.PERSON__QUALIFICATIONS, gis));
            session.commandStack().execute(qualify);
            workbench.flush();
            Combo qualification = RunningWorkbench.find(workbench.shell(), Combo.class, WorkloadPart.WIDGET_KEY,
                    "qualification");
            qualification.select(qualification.indexOf("GIS"));
            qualification.notifyListeners(SWT.Modify, new Event());
            workbench.flush();
            assertEquals(1, table.getItemCount());
            assertEquals(anna.getFullName(), table.getItem(0).getText(0));
            assertFalse(table.getItem(0).getText(1).isEmpty());
        });
    }

    private static int colorOf(Table table, int row, int column) {
        return table.getItem(row).getBackground(column).equals(table.getDisplay().getSystemColor(SWT.COLOR_RED))
                ? SWT.COLOR_RED : SWT.NONE;
    }
}
