package org.fachwerk.projects.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Access;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.Role;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.projects.core.StructureCommands.Position;
import org.fachwerk.projects.ui.internal.details.TaskDetailsPart;
import org.fachwerk.projects.ui.internal.gantt.GanttChart;
import org.fachwerk.projects.ui.internal.gantt.GanttPart;
import org.fachwerk.projects.ui.internal.kanban.KanbanBoard;
import org.fachwerk.projects.ui.internal.kanban.KanbanPart;
import org.fachwerk.projects.ui.internal.project.ProjectPropertiesDialog;
import org.fachwerk.projects.ui.internal.structure.ProjectsPart;
import org.fachwerk.ui.testing.Newcomer;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** The project views let the person at the workbench do what the rights allow, and say why not otherwise. */
class ProjectRightsTest {

    private static final String LOGIN = "tneu";

    private interface Body {
        void run(RunningWorkbench workbench, DepartmentSession session) throws Exception;
    }

    /** Runs the body in a workbench of the newcomer {@value #LOGIN}, who joins as the body's first act. */
    private static void asNewcomer(String directory, Body body) throws Exception {
        System.setProperty(DataLocation.USER, LOGIN);
        try {
            RunningWorkbench.run(RunningWorkbench.newDataDirectory(directory),
                    workbench -> body.run(workbench, workbench.windowService(DepartmentSession.class)));
        } finally {
            System.clearProperty(DataLocation.USER);
        }
    }

    private static <T extends Control> T detail(RunningWorkbench workbench, Class<T> type, String id) {
        return RunningWorkbench.find(workbench.shell(), type, TaskDetailsPart.WIDGET_KEY, id);
    }

    /** Ticks a row of a check table as a click on its box does. */
    private static void tick(RunningWorkbench workbench, Table table, int row) {
        TableItem item = table.getItem(row);
        item.setChecked(!item.getChecked());
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, event);
        workbench.flush();
    }

    private static void showDetails(RunningWorkbench workbench, WorkItem task) {
        ProjectsPart explorer = (ProjectsPart) workbench.showPart(ProjectsPart.PART_ID);
        explorer.reveal(task);
        workbench.flush();
        assertTrue(workbench.execute("org.fachwerk.projects.command.details"));
    }

    @Test
    void aGuestCreatesNoProjectAndReadsTheDetailsOfTasksOnly() throws Exception {
        asNewcomer("guest", (workbench, session) -> {
            Project project = session.department().getProjects().get(0);
            Newcomer.join(session, LOGIN, "Neu", Role.GUEST, Map.of(project, Access.EDIT));
            workbench.flush();
            assertFalse(workbench.execute("org.fachwerk.projects.command.newProject"), "a guest creates no project");
            assertFalse(workbench.execute("org.fachwerk.projects.command.newFromTemplate"));

            WorkItem task = project.getWorkItems().get(0).getChildren().get(0);
            showDetails(workbench, task);
            Text description = detail(workbench, Text.class, "description");
            assertFalse(description.getEditable(), "a guest's membership to edit does not count");
            assertTrue(description.getToolTipText().contains("Guests read"), description.getToolTipText());
            for (String button : List.of("addCheck", "removeCheck", "addDependency", "removeDependency",
                    "addComment")) {
                assertFalse(detail(workbench, Button.class, button).isEnabled(), button);
            }
            assertFalse(detail(workbench, Combo.class, "predecessor").isEnabled());
            assertFalse(detail(workbench, Text.class, "newComment").getEditable());
            int assignees = task.getAssignees().size();
            Table people = detail(workbench, Table.class, "assignees");
            tick(workbench, people, 0);
            assertEquals(assignees, task.getAssignees().size(), "the tick is taken back");
            assertEquals(task.getAssignees().contains(session.department().getPersons().get(0)),
                    people.getItem(0).getChecked());
            assertTrue(people.getToolTipText().contains("Guests read"), people.getToolTipText());
        });
    }

    @Test
    void aPlannerWhoCreatesAProjectOwnsItAndFillsIt() throws Exception {
        asNewcomer("planner", (workbench, session) -> {
            Person planner = Newcomer.join(session, LOGIN, "Neu", Role.PLANNER, Map.of());
            workbench.flush();
            workbench.whenDialogOpens(dialog -> {
                RunningWorkbench.findAll(dialog, Text.class).get(0).setText("Neubau Feuerwache");
                RunningWorkbench.findAll(dialog, Button.class).stream()
                        .filter(b -> b.getText().replace("&", "").equals("OK")).findFirst().orElseThrow()
                        .notifyListeners(SWT.Selection, new Event());
            });
            assertTrue(workbench.execute("org.fachwerk.projects.command.newProject"), "planners create projects");
            Project created = session.department().getProjects().get(4);
            assertEquals(planner, created.getOwner(), "whoever creates a project owns it");
            StructureEditingTest.key(workbench, SWT.INSERT, 0); // the new project is selected in the explorer
            StructureEditingTest.type(workbench, "Bedarf ermitteln");
            assertEquals("Bedarf ermitteln", created.getWorkItems().get(0).getTitle(), "and fills it");
        });
    }

    @Test
    void aMemberWhoReadsAProjectNeitherEditsNorMovesItsItemsButEditsTheProjectTheyWorkIn() throws Exception {
        asNewcomer("reader", (workbench, session) -> {
            Project read = session.department().getProjects().get(0); // BAU-01
            Project edited = session.department().getProjects().get(1); // DIG-02
            Newcomer.join(session, LOGIN, "Neu", Role.MEMBER, Map.of(read, Access.READ, edited, Access.EDIT));
            workbench.flush();
            assertFalse(workbench.execute("org.fachwerk.projects.command.newProject"), "members create no project");

            ProjectsPart explorer = (ProjectsPart) workbench.showPart(ProjectsPart.PART_ID);
            Tree tree = RunningWorkbench.find(workbench.shell(), Tree.class, ProjectsPart.WIDGET_KEY, "tree");
            WorkItem readTask = read.getWorkItems().get(0).getChildren().get(0);
            explorer.edit(readTask, 0);
            workbench.flush();
            assertTrue(RunningWorkbench.findAll(tree, Text.class).stream().noneMatch(Text::isVisible),
                    "no cell editor opens in a project the person only reads");
            assertFalse(explorer.drop(List.of(readTask), read.getWorkItems().get(1), Position.INTO));
            assertEquals(readTask, read.getWorkItems().get(0).getChildren().get(0));

            String[] refusal = new String[1];
            workbench.whenDialogOpens(dialog -> {
                refusal[0] = String.join(" ", RunningWorkbench.findAll(dialog, Label.class).stream()
                        .map(Label::getText).toList());
                dialog.close();
            });
            explorer.reveal(readTask);
            workbench.flush();
            StructureEditingTest.key(workbench, SWT.DEL, 0);
            assertTrue(workbench.waitFor(() -> refusal[0] != null));
            assertTrue(refusal[0].contains("You may not change BAU-01"), refusal[0]);
            assertEquals(readTask, read.getWorkItems().get(0).getChildren().get(0), "nothing is deleted");

            WorkItem editedTask = edited.getWorkItems().get(0).getChildren().get(0);
            explorer.edit(editedTask, 0);
            workbench.flush();
            assertTrue(RunningWorkbench.findAll(tree, Text.class).stream().anyMatch(Text::isVisible),
                    "a member with edit access edits in place");
            StructureEditingTest.type(workbench, "Bestand erheben");
            assertEquals("Bestand erheben", editedTask.getTitle());

            showDetails(workbench, editedTask);
            assertTrue(detail(workbench, Text.class, "description").getEditable());
            assertTrue(detail(workbench, Button.class, "addComment").isEnabled());
            showDetails(workbench, readTask);
            assertFalse(detail(workbench, Text.class, "description").getEditable(), "follows the selection");
            String whyNot = detail(workbench, Button.class, "addComment").getToolTipText();
            assertTrue(whyNot.contains("its members who edit or manage it"), whyNot);
        });
    }

    @Test
    void cardsAndBarsOfAProjectThePersonOnlyReadsStayWhereTheyAre() throws Exception {
        asNewcomer("readerboard", (workbench, session) -> {
            Project read = session.department().getProjects().get(0);
            Newcomer.join(session, LOGIN, "Neu", Role.MEMBER, Map.of(read, Access.READ));
            workbench.flush();
            assertTrue(workbench.show(KanbanPart.PART_ID));
            KanbanBoard board = ((KanbanPart) workbench.part(KanbanPart.PART_ID).getObject()).board();
            Combo scope = RunningWorkbench.find(workbench.shell(), Combo.class, KanbanPart.WIDGET_KEY, "scope");
            scope.select(2); // BAU-01
            scope.notifyListeners(SWT.Modify, new Event());
            workbench.flush();
            WorkItem card = board.cards(WorkItemStatus.ACTIVE).get(0);
            Rectangle from = board.bounds(card);
            int y = from.y + from.height / 2;
            int reviewX = board.bounds(card).width * WorkItemStatus.REVIEW.getValue() + 40;
            board.notifyListeners(SWT.MouseDown, RunningWorkbench.mouse(from.x + 10, y, 0));
            board.notifyListeners(SWT.MouseMove, RunningWorkbench.mouse(reviewX, y, SWT.BUTTON1));
            board.notifyListeners(SWT.MouseUp, RunningWorkbench.mouse(reviewX, y, SWT.BUTTON1));
            workbench.flush();
            assertEquals(card, board.selected(), "a card the person may not move is still chosen");
            assertEquals(WorkItemStatus.ACTIVE, card.getStatus(), "but stays in its column");
            assertTrue(board.getToolTipText().contains("You may not change BAU-01"), board.getToolTipText());
            Event key = new Event();
            key.keyCode = SWT.ARROW_RIGHT;
            key.stateMask = SWT.MOD1;
            board.notifyListeners(SWT.KeyDown, key);
            workbench.flush();
            assertEquals(WorkItemStatus.ACTIVE, card.getStatus(), "Ctrl+Right moves it neither");

            GanttPart gantt = (GanttPart) workbench.showPart(GanttPart.PART_ID);
            gantt.show(read);
            workbench.flush();
            GanttChart chart = gantt.chart();
            assertTrue(chart.getToolTipText().contains("You may not change BAU-01"), chart.getToolTipText());
            WorkItem task = read.getWorkItems().get(0).getChildren().get(0);
            chart.select(task);
            Event later = new Event();
            later.keyCode = SWT.ARROW_RIGHT;
            later.stateMask = SWT.MOD1;
            LocalDate start = task.getPlannedStart();
            chart.notifyListeners(SWT.KeyDown, later);
            workbench.flush();
            assertEquals(start, task.getPlannedStart(), "the task is not moved");
        });
    }

    @Test
    void whoWorksInAProjectReadsItsPropertiesAndMembersWithoutChangingThem() throws Exception {
        asNewcomer("readerproperties", (workbench, session) -> {
            Project project = session.department().getProjects().get(3); // ORG-04, planned
            Newcomer.join(session, LOGIN, "Neu", Role.MEMBER, Map.of(project, Access.EDIT));
            workbench.flush();
            ProjectsPart explorer = (ProjectsPart) workbench.showPart(ProjectsPart.PART_ID);
            explorer.reveal(project);
            workbench.flush();
            int members = project.getMemberships().size();
            String[] message = new String[2];
            workbench.whenDialogOpens(dialog -> {
                Text name = RunningWorkbench.find(dialog, Text.class, ProjectPropertiesDialog.WIDGET_KEY, "name");
                assertFalse(name.getEditable());
                message[0] = name.getToolTipText();
                assertFalse(RunningWorkbench.find(dialog, Combo.class, ProjectPropertiesDialog.WIDGET_KEY, "status")
                        .isEnabled());
                assertFalse(RunningWorkbench.find(dialog, Button.class, ProjectPropertiesDialog.WIDGET_KEY,
                        "confidential").isEnabled());
                message[1] = ((TitleAreaDialog) dialog.getData()).getMessage();
                Table table = RunningWorkbench.find(dialog, Table.class, ProjectPropertiesDialog.WIDGET_KEY,
                        "members");
                boolean before = table.getItem(0).getChecked();
                tick(workbench, table, 0);
                assertEquals(before, table.getItem(0).getChecked(), "a tick in the members is taken back");
                RunningWorkbench.findAll(dialog, Button.class).stream()
                        .filter(b -> b.getText().replace("&", "").equals("OK")).findFirst().orElseThrow()
                        .notifyListeners(SWT.Selection, new Event());
            });
            assertTrue(workbench.execute("org.fachwerk.projects.command.properties"));
            assertTrue(message[0].contains("those who manage the project"), message[0]);
            assertEquals(message[0], message[1], "the dialog says why at its top");
            assertEquals(ProjectStatus.PLANNED, project.getStatus());
            assertEquals(members, project.getMemberships().size());
        });
    }
}
