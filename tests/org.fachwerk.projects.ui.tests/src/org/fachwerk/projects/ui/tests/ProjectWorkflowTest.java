package org.fachwerk.projects.ui.tests;

import static org.fachwerk.testing.WorkItemBuilder.finishToStart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Dependency;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.projects.core.ActualEffort;
import org.fachwerk.projects.core.Workload;
import org.fachwerk.projects.ui.internal.gantt.GanttChart;
import org.fachwerk.projects.ui.internal.gantt.GanttPart;
import org.fachwerk.projects.ui.internal.kanban.KanbanBoard;
import org.fachwerk.projects.ui.internal.kanban.KanbanPart;
import org.fachwerk.projects.ui.internal.structure.ProjectsPart;
import org.fachwerk.projects.ui.internal.workload.WorkloadPart;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/**
 * A planner's morning in one go: create a project, add a package and tasks from the keyboard, move a card on the
 * board, drag a task later in the Gantt chart and see its dependent follow, see the workload change, and take all
 * of it back with undo.
 */
class ProjectWorkflowTest {

    @Test
    void createPlanMoveRescheduleSeeTheLoadAndUndoEverything() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("workflow"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            int undoable = 0;

            // a new project through its dialog
            workbench.whenDialogOpens(dialog -> {
                RunningWorkbench.findAll(dialog, Text.class).get(0).setText("Neubau Kita Sonnenschein");
                RunningWorkbench.findAll(dialog, Button.class).stream().filter(b -> b.getText().replace("&", "")
                        .equals("OK")).findFirst().orElseThrow().notifyListeners(SWT.Selection, new Event());
            });
            assertTrue(workbench.execute("org.fachwerk.projects.command.newProject"));
            undoable++;
            Project project = session.department().getProjects().get(4);
            LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY);
            session.commandStack().execute(SetCommand.create(session.editingDomain(), project,
                    FachwerkPackage.Literals.PROJECT__STATUS, ProjectStatus.ACTIVE));
            undoable++;

            // a package and two tasks from the keyboard (the new project is selected)
            StructureEditingTest.key(workbench, SWT.INSERT, 0);
            StructureEditingTest.type(workbench, "Planung");
            undoable += 2;
            WorkItem planning = project.getWorkItems().get(0);
            ProjectsPart explorer = (ProjectsPart) workbench.showPart(ProjectsPart.PART_ID);
            explorer.reveal(planning);
            workbench.flush();
            StructureEditingTest.key(workbench, SWT.INSERT, SWT.SHIFT);
            StructureEditingTest.type(workbench, "Entwurf");
            StructureEditingTest.key(workbench, SWT.INSERT, 0);
            StructureEditingTest.type(workbench, "Pr\u00fcfung");
            undoable += 4;
            assertEquals(List.of("Entwurf", "Pr\u00fcfung"), planning.getChildren().stream().map(WorkItem::getTitle)
                    .toList());
            WorkItem draft = planning.getChildren().get(0);
            WorkItem review = planning.getChildren().get(1);

            // dates, effort, an assignee and a dependency, as one change
            Person anna = session.department().getPersons().get(0);
            CompoundCommand plan = new CompoundCommand();
            plan.append(SetCommand.create(session.editingDomain(), draft, FachwerkPackage.Literals.WORK_ITEM__PLANNED_START, monday));
            plan.append(SetCommand.create(session.editingDomain(), draft, FachwerkPackage.Literals.WORK_ITEM__PLANNED_END, monday.plusDays(1)));
            plan.append(SetCommand.create(session.editingDomain(), draft, FachwerkPackage.Literals.WORK_ITEM__PLANNED_EFFORT, 80.0));
            plan.append(AddCommand.create(session.editingDomain(), draft, FachwerkPackage.Literals.WORK_ITEM__ASSIGNEES, anna));
            plan.append(SetCommand.create(session.editingDomain(), review, FachwerkPackage.Literals.WORK_ITEM__PLANNED_START, monday.plusDays(2)));
            plan.append(SetCommand.create(session.editingDomain(), review, FachwerkPackage.Literals.WORK_ITEM__PLANNED_END, monday.plusDays(3)));
            Dependency after = finishToStart(draft);
            plan.append(AddCommand.create(session.editingDomain(), review, FachwerkPackage.Literals.WORK_ITEM__DEPENDENCIES, after));
            session.commandStack().execute(plan);
            undoable++;

            // the workload shows Anna's 80 hours this week
            assertTrue(workbench.show("org.fachwerk.projects.part.workload"));
            double annasWeek = Workload.of(session.department(), monday, monday.plusDays(6),
                    Workload::calendar, ActualEffort.of(session)).get(anna).get(0).planned();
            WorkloadPart workload = (WorkloadPart) workbench.part(WorkloadPart.PART_ID).getObject();
            assertTrue(annasWeek >= 80, "the new task counts: " + annasWeek);

            // the card of the draft moves to "active" on the board
            assertTrue(workbench.show("org.fachwerk.projects.part.kanban"));
            KanbanBoard board = ((KanbanPart) workbench.part(KanbanPart.PART_ID).getObject()).board();
            Combo scope = RunningWorkbench.find(workbench.shell(), Combo.class, KanbanPart.WIDGET_KEY, "scope");
            scope.select(2 + 4);
            scope.notifyListeners(SWT.Modify, new Event());
            workbench.flush();
            board.select(draft);
            Event right = new Event();
            right.keyCode = SWT.ARROW_RIGHT;
            right.stateMask = SWT.MOD1;
            board.notifyListeners(SWT.KeyDown, right);
            workbench.flush();
            assertEquals(WorkItemStatus.ACTIVE, draft.getStatus());
            undoable++;

            // the draft is dragged a week later in the Gantt chart: the review follows
            assertTrue(workbench.show("org.fachwerk.projects.part.gantt"));
            GanttPart gantt = (GanttPart) workbench.part(GanttPart.PART_ID).getObject();
            gantt.show(project);
            GanttChart chart = gantt.chart();
            chart.show(monday.minusWeeks(1));
            Rectangle bar = chart.bar(draft);
            int x = bar.x + 2;
            int y = bar.y + bar.height / 2;
            chart.notifyListeners(SWT.MouseDown, RunningWorkbench.mouse(x, y, 0));
            chart.notifyListeners(SWT.MouseMove, RunningWorkbench.mouse(x + 56, y, SWT.BUTTON1));
            chart.notifyListeners(SWT.MouseUp, RunningWorkbench.mouse(x + 56, y, SWT.BUTTON1));
            workbench.flush();
            undoable++;
            assertEquals(monday.plusWeeks(1), draft.getPlannedStart());
            assertEquals(monday.plusWeeks(1).plusDays(2), review.getPlannedStart(), "the review follows the draft");

            // the workload sees the 80 hours move to next week
            double thisWeek = Workload.of(session.department(), monday, monday.plusDays(6),
                    Workload::calendar, ActualEffort.of(session)).get(anna).get(0).planned();
            assertEquals(annasWeek - 80, thisWeek, 1e-6);
            workbench.showPart(WorkloadPart.PART_ID); // views out of sight catch up when shown
            org.eclipse.swt.widgets.Table people = RunningWorkbench.find(workbench.shell(),
                    org.eclipse.swt.widgets.Table.class, WorkloadPart.WIDGET_KEY, "table");
            people.setSelection(0); // Anna
            Event select = new Event();
            select.item = people.getItem(0);
            people.notifyListeners(SWT.Selection, select);
            // shown again, the view catches up once it is painted
            assertTrue(workbench.waitFor(() -> Math.abs(workload.chart().weeks().get(0).planned() - thisWeek) < 1e-6),
                    "the view shows it too");

            // and undo takes all of it back
            for (int i = 0; i < undoable; i++) {
                assertTrue(workbench.execute("org.fachwerk.app.command.undo"), "undo step " + (i + 1));
            }
            assertEquals(4, session.department().getProjects().size(), "the project is gone again");
            assertTrue(workbench.waitFor(() -> session.store().begin("check").loadDepartments().get(0).getProjects()
                    .size() == 4), "and so is it in the database");
        });
    }
}
