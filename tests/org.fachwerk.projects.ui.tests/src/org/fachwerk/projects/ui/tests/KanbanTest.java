package org.fachwerk.projects.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.projects.core.ActualEffort;
import org.fachwerk.projects.core.Deadlines;
import org.fachwerk.projects.core.Workload;
import org.fachwerk.projects.ui.internal.kanban.KanbanBoard;
import org.fachwerk.projects.ui.internal.kanban.KanbanPart;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** The Kanban board, driven with the mouse and the keyboard. */
class KanbanTest {

    private static void choose(RunningWorkbench workbench, String id, int index) {
        Combo combo = RunningWorkbench.find(workbench.shell(), Combo.class, KanbanPart.WIDGET_KEY, id);
        combo.select(index);
        combo.notifyListeners(SWT.Modify, new Event());
        workbench.flush();
    }

    /** Drags the card to the column of the status, as the mouse does. */
    private static void drag(RunningWorkbench workbench, KanbanBoard board, WorkItem card, WorkItemStatus to) {
        Rectangle from = board.bounds(card);
        int x = from.x + from.width / 2;
        int y = from.y + from.height / 2;
        int targetX = board.bounds(card).width * to.getValue() + to.getValue() * 2 * 6 + 20;
        board.notifyListeners(SWT.MouseDown, RunningWorkbench.mouse(x, y, 0));
        board.notifyListeners(SWT.MouseMove, RunningWorkbench.mouse(targetX, y, SWT.BUTTON1));
        board.notifyListeners(SWT.MouseUp, RunningWorkbench.mouse(targetX, y, SWT.BUTTON1));
        workbench.flush();
    }

    @Test
    void cardsMoveBetweenColumnsByMouseAndKeyboardAndUndoBringsThemBack() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("kanban"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            assertTrue(workbench.show("org.fachwerk.projects.part.kanban"));
            KanbanPart part = (KanbanPart) workbench.part(KanbanPart.PART_ID).getObject();
            KanbanBoard board = part.board();
            choose(workbench, "scope", 2); // BAU-01
            List<WorkItem> active = board.cards(WorkItemStatus.ACTIVE);
            assertFalse(active.isEmpty(), "BAU-01 has active tasks");
            assertTrue(active.stream().allMatch(card -> card.getStatus() == WorkItemStatus.ACTIVE));
            WorkItem card = active.get(0);

            drag(workbench, board, card, WorkItemStatus.REVIEW);
            assertEquals(WorkItemStatus.REVIEW, card.getStatus());
            assertTrue(board.cards(WorkItemStatus.REVIEW).contains(card), "the card is in its new column");

            Event key = new Event();
            key.keyCode = SWT.ARROW_RIGHT;
            key.stateMask = SWT.MOD1;
            board.notifyListeners(SWT.KeyDown, key);
            workbench.flush();
            assertEquals(WorkItemStatus.DONE, card.getStatus(), "Ctrl+Right moves the selected card on");

            assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
            assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
            assertEquals(WorkItemStatus.ACTIVE, card.getStatus());
            assertTrue(board.cards(WorkItemStatus.ACTIVE).contains(card));

            Person someone = card.getAssignees().get(0);
            choose(workbench, "assignee", session.department().getPersons().indexOf(someone) + 1);
            for (WorkItemStatus status : WorkItemStatus.VALUES) {
                assertTrue(board.cards(status).stream().allMatch(c -> c.getAssignees().contains(someone)));
            }
        });
    }

    @Test
    void cardsShowTheTrafficLightOfTheDeadlineOverview() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("kanbanlights"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            assertTrue(workbench.show("org.fachwerk.projects.part.kanban"));
            KanbanBoard board = ((KanbanPart) workbench.part(KanbanPart.PART_ID).getObject()).board();
            WorkItem card = board.cards(WorkItemStatus.ACTIVE).get(0);
            session.commandStack().execute(SetCommand.create(session.editingDomain(), card,
                    FachwerkPackage.Literals.WORK_ITEM__DEADLINE, LocalDate.now().minusDays(1)));
            workbench.flush();
            assertEquals(Deadlines.State.OVERDUE, board.light(card), "a deadline yesterday is overdue");
            session.commandStack().execute(SetCommand.create(session.editingDomain(), card,
                    FachwerkPackage.Literals.WORK_ITEM__DEADLINE, LocalDate.now().plusYears(1)));
            workbench.flush();
            Map<WorkItem, Deadlines.State> overview = new HashMap<>();
            Deadlines.of(session.department(), LocalDate.now(), Workload::calendar, ActualEffort.of(session))
                    .forEach(due -> overview.put(due.item(), due.state()));
            for (WorkItemStatus status : WorkItemStatus.VALUES) {
                for (WorkItem each : board.cards(status)) {
                    assertEquals(overview.get(each), board.light(each), each.getTitle());
                }
            }
            assertEquals(Deadlines.State.ON_SCHEDULE, board.light(card), "a year is time enough");
        });
    }

    @Test
    void theTasksOfAPlannedProjectStayPlanned() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("kanbanrules"), workbench -> {
            assertTrue(workbench.show("org.fachwerk.projects.part.kanban"));
            KanbanBoard board = ((KanbanPart) workbench.part(KanbanPart.PART_ID).getObject()).board();
            choose(workbench, "scope", 5); // ORG-04, planned
            WorkItem card = board.cards(WorkItemStatus.PLANNED).get(0);
            String[] refusal = new String[1];
            workbench.whenDialogOpens(dialog -> {
                refusal[0] = String.join(" ", RunningWorkbench.findAll(dialog, Label.class).stream()
                        .map(Label::getText).toList());
                dialog.close();
            });
            drag(workbench, board, card, WorkItemStatus.ACTIVE);
            assertTrue(workbench.waitFor(() -> refusal[0] != null));
            assertTrue(refusal[0].contains("stays planned until the project"), refusal[0]);
            assertEquals(WorkItemStatus.PLANNED, card.getStatus());
        });
    }
}
