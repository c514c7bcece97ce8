package org.fachwerk.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.demo.DemoDepartment;
import org.fachwerk.model.Department;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.projects.core.ProjectSchedule;
import org.fachwerk.projects.core.WorkingCalendar;
import org.fachwerk.projects.ui.internal.gantt.GanttChart;
import org.fachwerk.projects.ui.internal.kanban.KanbanBoard;

/**
 * The projects module's speed: the critical path of a 10,000-item project, and the time per frame of the Gantt
 * chart with 10,000 rows and the Kanban board with 2,000 cards while scrolling, each against an empty canvas of
 * the same size painted in the same run (what a frame costs at all). Needs a display; {@code ./benchmarks
 * projects} starts one when there is none.
 */
public final class ProjectsBenchmark {

    private static final int RUNS = 21;
    private static final int FRAMES = 60;

    private ProjectsBenchmark() {
    }

    public static void main(String[] args) {
        LocalDate today = LocalDate.of(2027, 6, 30);
        Department department = DemoDepartment.create(1, today,
                new DemoDepartment.Size(2, 10_500, 60, 2_000, 10_000));
        Project project = department.getProjects().get(0);
        List<String> table = new ArrayList<>();

        double[] cpm = new double[RUNS];
        for (int i = 0; i < RUNS + 5; i++) {
            long start = System.nanoTime();
            ProjectSchedule.of(project, WorkingCalendar.weekdays());
            if (i >= 5) {
                cpm[i - 5] = millis(start);
            }
        }
        int items = count(project);
        table.add(String.format(Locale.ROOT, "| critical path of a project with %d work items | | %.1f ms | |", items,
                StoreBenchmark.median(cpm)));

        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 800);
        Canvas empty = new Canvas(shell, SWT.DOUBLE_BUFFERED);
        empty.addListener(SWT.Paint, e -> e.gc.fillRectangle(empty.getClientArea()));
        shell.open();
        shell.layout();
        double baseline = frames(display, empty, () -> { });
        empty.dispose();

        GanttChart gantt = new GanttChart(shell, (item, period) -> { }, item -> true);
        shell.layout();
        gantt.setProject(project, ProjectSchedule.of(project, WorkingCalendar.weekdays()).critical(),
                department.getTimeEntries());
        int[] row = { 0 };
        double ganttFrame = frames(display, gantt, () -> gantt.getVerticalBar().setSelection(row[0]++ * 240));
        table.add(String.format(Locale.ROOT, "| Gantt chart frame while scrolling, %d rows | %.3f ms | %.2f ms | <= 16 ms |",
                gantt.rows().size(), baseline, ganttFrame));
        gantt.dispose();

        KanbanBoard board = new KanbanBoard(shell, (card, status) -> { }, card -> true);
        shell.layout();
        List<WorkItem> cards = new ArrayList<>();
        project.eAllContents().forEachRemaining(o -> {
            if (o instanceof WorkItem item && item.getChildren().isEmpty() && item.getKind() == WorkItemKind.TASK
                    && cards.size() < 2_000) {
                cards.add(item);
            }
        });
        board.setCards(cards);
        double boardFrame = frames(display, board, () -> board.scrollBy(120));
        table.add(String.format(Locale.ROOT, "| Kanban board frame while scrolling, %d cards | %.3f ms | %.2f ms | <= 16 ms |",
                cards.size(), baseline, boardFrame));
        shell.dispose();
        display.dispose();

        System.out.println("| measurement | empty canvas | Fachwerk | target |");
        System.out.println("|---|---|---|---|");
        table.forEach(System.out::println);
        System.exit(0);
    }

    /**
     * The median time of a frame: the step, then the canvas's paint listeners drawing its whole area into an image
     * (as the window system would have them paint, without waiting for the screen).
     */
    private static double frames(Display display, Canvas canvas, Runnable step) {
        Rectangle area = canvas.getClientArea();
        Image image = new Image(display, Math.max(1, area.width), Math.max(1, area.height));
        GC gc = new GC(image);
        double[] times = new double[FRAMES];
        try {
            for (int i = 0; i < FRAMES + 10; i++) {
                long start = System.nanoTime();
                step.run();
                Event paint = new Event();
                paint.gc = gc;
                paint.x = 0;
                paint.y = 0;
                paint.width = area.width;
                paint.height = area.height;
                canvas.notifyListeners(SWT.Paint, paint);
                if (i >= 10) {
                    times[i - 10] = millis(start);
                }
                while (display.readAndDispatch()) {
                    // let the display catch up between frames
                }
            }
        } finally {
            gc.dispose();
            image.dispose();
        }
        return StoreBenchmark.median(times);
    }

    private static int count(Project project) {
        int[] count = { 0 };
        project.eAllContents().forEachRemaining(o -> count[0] += o instanceof WorkItem ? 1 : 0);
        return count[0];
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
