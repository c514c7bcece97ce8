package org.fachwerk.projects.ui.tests;

import static org.fachwerk.testing.WorkItemBuilder.finishToStart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Dependency;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.projects.core.WorkingCalendar;
import org.fachwerk.projects.ui.internal.gantt.GanttChart;
import org.fachwerk.projects.ui.internal.gantt.GanttPart;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** The Gantt chart: dragging a task moves what depends on it; zoom changes the scale; undo takes it back. */
class GanttTest {

    @Test
    void draggingATaskLaterPushesItsDependentAndUndoRestoresBoth() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("gantt"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            assertTrue(workbench.show("org.fachwerk.projects.part.gantt"));
            GanttPart part = (GanttPart) workbench.part(GanttPart.PART_ID).getObject();
            Project project = session.department().getProjects().get(0);
            part.show(project);
            GanttChart chart = part.chart();
            WorkItem first = project.getWorkItems().get(0).getChildren().get(0);
            WorkItem second = project.getWorkItems().get(0).getChildren().get(1);
            Dependency after = finishToStart(first);
            session.commandStack().execute(AddCommand.create(session.editingDomain(), second,
                    FachwerkPackage.Literals.WORK_ITEM__DEPENDENCIES, after));
            workbench.flush();
            LocalDate firstStart = first.getPlannedStart();
            LocalDate firstEnd = first.getPlannedEnd();
            LocalDate secondStart = second.getPlannedStart();
            assertEquals(project.getWorkItems().size() + project.getWorkItems().stream()
                    .mapToInt(p -> p.getChildren().size()).sum(), chart.rows().size(), "a row per work item");

            chart.show(firstStart.minusWeeks(1));
            Rectangle bar = chart.bar(first);
            int y = bar.y + bar.height / 2;
            int x = bar.x + 2;
            int week = 7 * 8; // seven days at the week scale
            chart.notifyListeners(SWT.MouseDown, RunningWorkbench.mouse(x, y, 0));
            chart.notifyListeners(SWT.MouseMove, RunningWorkbench.mouse(x + week, y, SWT.BUTTON1));
            chart.notifyListeners(SWT.MouseUp, RunningWorkbench.mouse(x + week, y, SWT.BUTTON1));
            workbench.flush();
            assertEquals(firstStart.plusWeeks(1), first.getPlannedStart(), "the task moved a week");
            // the department's working days: weekdays without the public holidays of its state
            WorkingCalendar calendar = WorkingCalendar.of(session.department().getFederalState(), Set.of());
            assertEquals(calendar.plusWorkingDays(first.getPlannedEnd(), 1), second.getPlannedStart(),
                    "its dependent starts after it");

            assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
            assertEquals(firstStart, first.getPlannedStart());
            assertEquals(secondStart, second.getPlannedStart());

            // the same from the keyboard: the task a working day later, its end a working day later still, and back
            // with undo
            chart.select(first);
            Event right = new Event();
            right.keyCode = SWT.ARROW_RIGHT;
            right.stateMask = SWT.MOD1;
            chart.notifyListeners(SWT.KeyDown, right);
            Event longer = new Event();
            longer.keyCode = SWT.ARROW_RIGHT;
            longer.stateMask = SWT.MOD1 | SWT.SHIFT;
            chart.notifyListeners(SWT.KeyDown, longer);
            workbench.flush();
            assertEquals(calendar.plusWorkingDays(firstStart, 1), first.getPlannedStart());
            assertEquals(calendar.plusWorkingDays(firstEnd, 2), first.getPlannedEnd(),
                    "moved by one working day and one working day longer");
            assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
            assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
            assertEquals(firstStart, first.getPlannedStart());

            Combo zoom = RunningWorkbench.find(workbench.shell(), Combo.class, GanttPart.WIDGET_KEY, "zoom");
            zoom.select(0);
            zoom.notifyListeners(SWT.Modify, new Event());
            workbench.flush();
            assertEquals(GanttChart.Zoom.DAY, chart.zoom());
            int days = (int) java.time.temporal.ChronoUnit.DAYS.between(first.getPlannedStart(), first.getPlannedEnd()) + 1;
            assertEquals(days * 28, chart.bar(first).width);
        });
    }
}
