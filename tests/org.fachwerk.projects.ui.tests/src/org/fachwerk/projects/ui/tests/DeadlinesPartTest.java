package org.fachwerk.projects.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.projects.core.Deadlines.Due;
import org.fachwerk.projects.core.Deadlines.State;
import org.fachwerk.projects.ui.internal.deadlines.DeadlinesPart;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** The deadline overview: traffic lights, sorting and filtering, through its widgets. */
class DeadlinesPartTest {

    private static List<Due> rows(Table table) {
        return Arrays.stream(table.getItems()).map(item -> (Due) item.getData()).toList();
    }

    @Test
    void dueWorkIsListedByDayWithItsLightAndCanBeSortedAndFiltered() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("deadlines"), workbench -> {
            assertTrue(workbench.show("org.fachwerk.projects.part.deadlines"));
            Table table = RunningWorkbench.find(workbench.shell(), Table.class, DeadlinesPart.WIDGET_KEY, "table");
            List<Due> all = rows(table);
            assertTrue(all.size() > 4, "the demo's open milestones are due: " + all.size());
            List<LocalDate> days = all.stream().map(Due::due).toList();
            assertEquals(days.stream().sorted().toList(), days, "by due day");
            assertTrue(all.stream().anyMatch(due -> due.state() == State.OVERDUE));
            assertTrue(table.getItem(0).getText(0).startsWith("\u25cf "), table.getItem(0).getText(0));

            table.getColumn(1).notifyListeners(SWT.Selection, new Event());
            table.getColumn(1).notifyListeners(SWT.Selection, new Event());
            workbench.flush();
            assertEquals(days.stream().sorted(Comparator.reverseOrder()).toList(),
                    rows(table).stream().map(Due::due).toList(), "a second click sorts the other way");

            Combo light = RunningWorkbench.find(workbench.shell(), Combo.class, DeadlinesPart.WIDGET_KEY, "light");
            light.select(1);
            light.notifyListeners(SWT.Modify, new Event());
            workbench.flush();
            assertTrue(rows(table).stream().allMatch(due -> due.state() == State.OVERDUE));
            assertTrue(rows(table).size() < all.size());

            light.select(0);
            light.notifyListeners(SWT.Modify, new Event());
            Text filter = RunningWorkbench.find(workbench.shell(), Text.class, DeadlinesPart.WIDGET_KEY, "filter");
            filter.setText("radverkehr");
            workbench.flush();
            assertTrue(!rows(table).isEmpty()
                    && rows(table).stream().allMatch(due -> due.project().getKey().equals("VER-03")));
        });
    }

    @Test
    void aViewBehindAnotherCatchesUpWhenShownAgain() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("deadlines-hidden"), workbench -> {
            assertTrue(workbench.show("org.fachwerk.projects.part.deadlines"));
            Table table = RunningWorkbench.find(workbench.shell(), Table.class, DeadlinesPart.WIDGET_KEY, "table");
            int listed = table.getItemCount();
            assertTrue(workbench.show("org.fachwerk.projects.part.explorer"));
            workbench.flush();
            assertFalse(table.isVisible(), "the explorer is in front of the deadlines");

            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            WorkItem task = session.department().getProjects().get(0).getWorkItems().get(0).getChildren().get(0);
            LocalDate deadline = LocalDate.now().plusDays(3);
            CompoundCommand edits = new CompoundCommand();
            edits.append(SetCommand.create(session.editingDomain(), task, FachwerkPackage.Literals.WORK_ITEM__DEADLINE,
                    deadline));
            edits.append(SetCommand.create(session.editingDomain(), task, FachwerkPackage.Literals.WORK_ITEM__STATUS,
                    WorkItemStatus.ACTIVE));
            session.commandStack().execute(edits);
            workbench.flush();
            assertEquals(listed, table.getItemCount(), "out of sight, the view waits");
            assertTrue(rows(table).stream().noneMatch(due -> due.item() == task && due.due().equals(deadline)));

            workbench.showPart(DeadlinesPart.PART_ID);
            assertTrue(workbench.waitFor(() -> rows(table).stream()
                    .anyMatch(due -> due.item() == task && due.due().equals(deadline))),
                    "shown again, it lists the new deadline");
        });
    }
}
