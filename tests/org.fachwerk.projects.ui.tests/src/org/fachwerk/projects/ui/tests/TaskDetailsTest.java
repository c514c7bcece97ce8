package org.fachwerk.projects.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Control;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Person;
import org.fachwerk.model.WorkItem;
import org.fachwerk.projects.ui.internal.structure.ProjectsPart;
import org.fachwerk.projects.ui.internal.details.TaskDetailsPart;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** The details of a task, edited through their widgets, each change undoable. */
class TaskDetailsTest {

    private static <T extends Control> T find(RunningWorkbench workbench, Class<T> type, String id) {
        return RunningWorkbench.find(workbench.shell(), type, TaskDetailsPart.WIDGET_KEY, id);
    }

    private static void press(RunningWorkbench workbench, String id) {
        find(workbench, Button.class, id).notifyListeners(SWT.Selection, new Event());
        workbench.flush();
    }

    /** Ticks a row of a check table as a click on its box does. */
    private static void tick(RunningWorkbench workbench, String table, int row) {
        TableItem item = find(workbench, Table.class, table).getItem(row);
        item.setChecked(!item.getChecked());
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        item.getParent().notifyListeners(SWT.Selection, event);
        workbench.flush();
    }

    @Test
    void descriptionChecklistDependencyAssigneeAndCommentAreEditedAndUndone() throws Exception {
        System.setProperty(DataLocation.USER, "akoch");
        try {
            RunningWorkbench.run(RunningWorkbench.newDataDirectory("details"), workbench -> {
                DepartmentSession session = workbench.windowService(DepartmentSession.class);
                WorkItem task = session.department().getProjects().get(0).getWorkItems().get(0).getChildren().get(1);
                WorkItem before = session.department().getProjects().get(0).getWorkItems().get(0).getChildren().get(0);
                ProjectsPart explorer = (ProjectsPart) workbench.showPart(ProjectsPart.PART_ID);
                explorer.reveal(task); // selects it, as a click does
                workbench.flush();
                assertTrue(workbench.execute("org.fachwerk.projects.command.details"));
                TaskDetailsPart details = (TaskDetailsPart) workbench.part(TaskDetailsPart.PART_ID).getObject();
                assertEquals(task, details.shown());

                Text description = find(workbench, Text.class, "description");
                description.setText("Mit dem Hausmeister abstimmen");
                description.notifyListeners(SWT.FocusOut, new Event());
                workbench.flush();
                assertEquals("Mit dem Hausmeister abstimmen", task.getDescription());

                find(workbench, Text.class, "newCheck").setText("Pl\u00e4ne anfordern");
                press(workbench, "addCheck");
                assertEquals("Pl\u00e4ne anfordern", task.getChecklist().get(0).getText());
                tick(workbench, "checklist", 0);
                assertTrue(task.getChecklist().get(0).isDone());

                Combo predecessor = find(workbench, Combo.class, "predecessor");
                predecessor.select(predecessor.indexOf(before.getTitle()));
                press(workbench, "addDependency");
                assertEquals(before, task.getDependencies().get(0).getPredecessor());

                Person someone = session.department().getPersons().stream()
                        .filter(person -> !task.getAssignees().contains(person)).findFirst().orElseThrow();
                int assigneesBefore = task.getAssignees().size();
                tick(workbench, "assignees", session.department().getPersons().indexOf(someone));
                assertEquals(assigneesBefore + 1, task.getAssignees().size());
                assertTrue(task.getAssignees().contains(someone));

                find(workbench, Text.class, "newComment").setText("Termin steht.");
                press(workbench, "addComment");
                assertEquals("Termin steht.", task.getComments().get(0).getText());
                assertEquals("akoch", task.getComments().get(0).getAuthor().getLogin());

                for (int i = 0; i < 6; i++) {
                    assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
                }
                assertNull(task.getDescription());
                assertTrue(task.getChecklist().isEmpty() && task.getDependencies().isEmpty()
                        && task.getComments().isEmpty());
                assertEquals(assigneesBefore, task.getAssignees().size());
            });
        } finally {
            System.clearProperty(DataLocation.USER);
        }
    }
}
