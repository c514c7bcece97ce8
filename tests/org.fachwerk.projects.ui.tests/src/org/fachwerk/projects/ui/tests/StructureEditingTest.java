package org.fachwerk.projects.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.projects.core.StructureCommands.Position;
import org.fachwerk.projects.ui.internal.structure.ProjectsPart;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** Editing the structure tree in place, with the keyboard, and by dropping. */
class StructureEditingTest {

    private static Tree tree(RunningWorkbench workbench) {
        return RunningWorkbench.find(workbench.shell(), Tree.class, ProjectsPart.WIDGET_KEY, "tree");
    }

    private static TreeItem row(Tree tree, Object element) {
        for (TreeItem group : tree.getItems()) {
            TreeItem found = find(group, element);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no row for " + element);
    }

    private static TreeItem find(TreeItem item, Object element) {
        if (item.getData() == element) {
            return item;
        }
        for (TreeItem child : item.getItems()) {
            TreeItem found = find(child, element);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void select(RunningWorkbench workbench, Object element) {
        Tree tree = tree(workbench);
        TreeItem row = row(tree, element);
        tree.setSelection(row);
        Event event = new Event();
        event.item = row;
        tree.notifyListeners(SWT.Selection, event);
        workbench.flush();
    }

    /** Presses a key in the explorer's tree. */
    static void key(RunningWorkbench workbench, int keyCode, int stateMask) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.stateMask = stateMask;
        tree(workbench).notifyListeners(SWT.KeyDown, event);
        workbench.flush();
    }

    private static void traverse(RunningWorkbench workbench, int detail) {
        Event event = new Event();
        event.detail = detail;
        event.doit = true;
        tree(workbench).notifyListeners(SWT.Traverse, event);
        workbench.flush();
    }

    /** Types into the cell editor that is open and presses Enter. */
    static void type(RunningWorkbench workbench, String text) {
        Text editor = RunningWorkbench.findAll(tree(workbench), Text.class).stream().filter(Text::isVisible)
                .findFirst().orElseThrow(() -> new AssertionError("no cell editor is open"));
        editor.setText(text);
        editor.notifyListeners(SWT.DefaultSelection, new Event());
        workbench.flush();
    }

    @Test
    void newTasksAreTypedIndentedOutdentedDeletedAndAllOfItUndone() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("structure"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            Project project = session.department().getProjects().get(0);
            WorkItem survey = project.getWorkItems().get(0);
            workbench.showPart(ProjectsPart.PART_ID);
            select(workbench, survey);

            key(workbench, SWT.INSERT, 0);
            type(workbench, "Baugrund pr\u00fcfen");
            WorkItem added = project.getWorkItems().get(1);
            assertEquals("Baugrund pr\u00fcfen", added.getTitle());
            assertEquals(1, tree(workbench).getSelectionCount());
            assertEquals(added, tree(workbench).getSelection()[0].getData(), "the new task is selected");

            traverse(workbench, SWT.TRAVERSE_TAB_NEXT);
            assertEquals(added, survey.getChildren().get(survey.getChildren().size() - 1), "Tab indents");
            traverse(workbench, SWT.TRAVERSE_TAB_PREVIOUS);
            assertEquals(added, project.getWorkItems().get(1), "Shift+Tab outdents");

            key(workbench, SWT.INSERT, SWT.SHIFT);
            type(workbench, "Bohrkerne");
            assertEquals("Bohrkerne", added.getChildren().get(0).getTitle(), "Shift+Insert adds a subtask");

            select(workbench, added.getChildren().get(0));
            key(workbench, SWT.DEL, 0);
            assertTrue(added.getChildren().isEmpty(), "Delete removes a task");

            // new task, its title, indent, outdent, new subtask, its title, delete
            for (int i = 0; i < 7; i++) {
                assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
            }
            assertEquals(4, project.getWorkItems().size(), "undo takes everything back");
            assertEquals(survey, project.getWorkItems().get(0));
        });
    }

    @Test
    void cellsRefuseWhatTheModelDoesNotAllowAndTakeWhatItDoes() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("cells"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            ProjectsPart part = (ProjectsPart) workbench.showPart(ProjectsPart.PART_ID);
            WorkItem task = session.department().getProjects().get(0).getWorkItems().get(0).getChildren().get(0);
            LocalDate start = task.getPlannedStart();
            String[] refusal = new String[1];
            workbench.whenDialogOpens(dialog -> {
                refusal[0] = String.join(" ", RunningWorkbench.findAll(dialog, Label.class).stream()
                        .map(Label::getText).toList());
                dialog.close();
            });
            part.edit(task, 3);
            type(workbench, "2020-01-01");
            assertTrue(workbench.waitFor(() -> refusal[0] != null));
            assertTrue(refusal[0].contains("would lie before the start"), refusal[0]);
            assertEquals(start, task.getPlannedStart());

            part.edit(task, 3);
            type(workbench, "2031-01-31");
            assertEquals(LocalDate.of(2031, 1, 31), task.getPlannedEnd());
            part.edit(task, 4);
            type(workbench, "12.5");
            assertEquals(12.5, task.getPlannedEffort());

            // the work of a planned project stays planned
            WorkItem planned = session.department().getProjects().get(3).getWorkItems().get(0).getChildren().get(0);
            WorkItemStatus before = planned.getStatus();
            refusal[0] = null;
            workbench.whenDialogOpens(dialog -> {
                refusal[0] = String.join(" ", RunningWorkbench.findAll(dialog, Label.class).stream()
                        .map(Label::getText).toList());
                dialog.close();
            });
            part.edit(planned, 1);
            CCombo combo = RunningWorkbench.findAll(tree(workbench), CCombo.class).stream().filter(CCombo::isVisible)
                    .findFirst().orElseThrow();
            combo.select(WorkItemStatus.ACTIVE.getValue());
            combo.notifyListeners(SWT.DefaultSelection, new Event());
            workbench.flush();
            assertTrue(workbench.waitFor(() -> refusal[0] != null));
            assertTrue(refusal[0].contains("stays planned until the project"), refusal[0]);
            assertEquals(before, planned.getStatus());
        });
    }

    @Test
    void droppingMovesTasksIntoAnotherPackageAndPackagesShowWhatTheirTasksAdd() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("drop"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            ProjectsPart part = (ProjectsPart) workbench.showPart(ProjectsPart.PART_ID);
            Project project = session.department().getProjects().get(0);
            WorkItem survey = project.getWorkItems().get(0);
            WorkItem planning = project.getWorkItems().get(1);
            WorkItem moved = survey.getChildren().get(0);
            double before = planning.getChildren().stream().mapToDouble(WorkItem::getPlannedEffort).sum();

            assertTrue(part.drop(List.of(moved), planning, Position.INTO));
            workbench.flush();
            assertEquals(moved, planning.getChildren().get(planning.getChildren().size() - 1));
            String effort = row(tree(workbench), planning).getText(4);
            assertTrue(effort.startsWith(String.valueOf((int) (before + moved.getPlannedEffort()))), effort);
            assertEquals(false, part.drop(List.of(planning), moved, Position.INTO), "not into its own task");

            assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
            assertEquals(moved, survey.getChildren().get(0));
        });
    }
}
