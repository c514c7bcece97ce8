package org.fachwerk.projects.ui.internal.gantt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.fachwerk.model.Dependency;
import org.fachwerk.model.DependencyType;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.projects.core.Rollup;
import org.fachwerk.projects.core.WorkingCalendar;
import org.fachwerk.projects.ui.internal.Messages;

/**
 * A project's Gantt chart drawn on one canvas: a row per work item in the order of the structure tree, plan bars
 * (red on the critical path), summary bars for packages, diamonds for milestones, the booked span below each task,
 * dependency arrows and a line for today. Only the visible rows are painted, so that ten thousand items scroll
 * smoothly. Dragging a task's bar moves it; dragging its right end changes its end; the owner then reschedules.
 * From the keyboard: Up and Down select a row, Ctrl+Left/Right move the selected task by a day, Ctrl+Shift+Left/Right
 * change its end. Only the tasks the person may move are dragged or moved by keys.
 */
public class GanttChart extends Canvas {

    /** Widget data key under which tests find the chart. */
    public static final String WIDGET_KEY = "fachwerk.gantt";

    /** Pixels per day at each zoom. */
    public enum Zoom {
        DAY(28), WEEK(8), MONTH(2);

        final int pixelsPerDay;

        Zoom(int pixelsPerDay) {
            this.pixelsPerDay = pixelsPerDay;
        }
    }

    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMM yyyy");

    static final int ROW = 24;
    static final int HEADER = 26;
    static final int LABELS = 260;
    private static final int HANDLE = 5;

    private final BiConsumer<WorkItem, LocalDate[]> moved;
    private final Predicate<WorkItem> movable;
    private List<WorkItem> rows = List.of();
    private Map<WorkItem, Integer> rowOf = new HashMap<>();
    private Set<WorkItem> critical = Set.of();
    private Map<WorkItem, LocalDate[]> booked = Map.of();
    private WorkingCalendar calendar = WorkingCalendar.weekdays();
    private LocalDate origin = LocalDate.now();
    private Zoom zoom = Zoom.WEEK;
    private int scrollX;
    private int scrollY;
    private WorkItem dragged;
    private WorkItem selected;
    private boolean resizing;
    private int dragFromX;
    private int dragDays;

    /**
     * @param moved what to do when the user drags a task to a new period: gets the task and its new start and end
     * @param movable whether the person may move the task at all
     */
    public GanttChart(Composite parent, BiConsumer<WorkItem, LocalDate[]> moved, Predicate<WorkItem> movable) {
        super(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.moved = moved;
        this.movable = movable;
        setData(WIDGET_KEY, "chart");
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> updateScrollBars());
        getVerticalBar().addListener(SWT.Selection, e -> {
            scrollY = getVerticalBar().getSelection();
            redraw();
        });
        getHorizontalBar().addListener(SWT.Selection, e -> {
            scrollX = getHorizontalBar().getSelection();
            redraw();
        });
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.KeyDown, this::keyDown);
        addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_ARROW_NEXT
                && e.detail != SWT.TRAVERSE_ARROW_PREVIOUS);
    }

    public WorkItem selected() {
        return selected;
    }

    public void select(WorkItem item) {
        selected = item;
        Integer row = rowOf.get(item);
        if (row != null) {
            int y = row * ROW;
            int visible = getClientArea().height - HEADER;
            if (y < scrollY || y + ROW > scrollY + visible) {
                scrollY = Math.max(0, y - visible / 2);
                getVerticalBar().setSelection(scrollY);
            }
        }
        redraw();
    }

    private void keyDown(Event e) {
        if (rows.isEmpty()) {
            return;
        }
        int row = selected == null || !rowOf.containsKey(selected) ? -1 : rowOf.get(selected);
        boolean control = (e.stateMask & SWT.MOD1) != 0;
        if (e.keyCode == SWT.ARROW_DOWN) {
            select(rows.get(Math.min(rows.size() - 1, row + 1)));
        } else if (e.keyCode == SWT.ARROW_UP) {
            select(rows.get(Math.max(0, row - 1)));
        } else if (control && selected != null && (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT)
                && selected.isLeaf() && selected.getKind() != WorkItemKind.MILESTONE && movable.test(selected)
                && selected.getPlannedStart() != null && selected.getPlannedEnd() != null) {
            int days = e.keyCode == SWT.ARROW_LEFT ? -1 : 1;
            boolean endOnly = (e.stateMask & SWT.SHIFT) != 0;
            LocalDate start = endOnly ? selected.getPlannedStart()
                    : calendar.plusWorkingDays(selected.getPlannedStart(), days);
            LocalDate end = calendar.plusWorkingDays(selected.getPlannedEnd(), days);
            if (!end.isBefore(start)) {
                moved.accept(selected, new LocalDate[] { start, end });
            }
        }
    }

    /** The days worked in the project: days off are shaded, and the keyboard moves tasks by working days. */
    public void setCalendar(WorkingCalendar calendar) {
        this.calendar = calendar;
        redraw();
    }

    /** Shows the project's work items with the critical ones marked. */
    public void setProject(Project project, Set<WorkItem> criticalItems, List<TimeEntry> bookings) {
        List<WorkItem> all = new ArrayList<>();
        if (project != null) {
            for (WorkItem item : project.getWorkItems()) {
                flatten(item, all);
            }
        }
        rows = all;
        rowOf = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            rowOf.put(all.get(i), i);
        }
        critical = Set.copyOf(criticalItems);
        Map<WorkItem, LocalDate[]> spans = new HashMap<>();
        for (TimeEntry entry : bookings) {
            if (entry.getTask() != null && rowOf.containsKey(entry.getTask()) && entry.getDate() != null) {
                LocalDate[] span = spans.computeIfAbsent(entry.getTask(), t -> new LocalDate[] { entry.getDate(),
                        entry.getDate() });
                span[0] = entry.getDate().isBefore(span[0]) ? entry.getDate() : span[0];
                span[1] = entry.getDate().isAfter(span[1]) ? entry.getDate() : span[1];
            }
        }
        booked = spans;
        origin = (project == null ? LocalDate.now() : Rollup.firstDay(project)).with(DayOfWeek.MONDAY).minusWeeks(1);
        updateScrollBars();
        redraw();
    }

    private static void flatten(WorkItem item, List<WorkItem> into) {
        into.add(item);
        for (WorkItem child : item.getChildren()) {
            flatten(child, into);
        }
    }

    public void setZoom(Zoom zoom) {
        this.zoom = zoom;
        updateScrollBars();
        redraw();
    }

    public Zoom zoom() {
        return zoom;
    }

    public List<WorkItem> rows() {
        return rows;
    }

    /** The x of the start of a day, in canvas coordinates. */
    public int x(LocalDate date) {
        return LABELS + (int) ChronoUnit.DAYS.between(origin, date) * zoom.pixelsPerDay - scrollX;
    }

    /** Where a work item's plan bar is drawn; null when it has no dates. */
    public Rectangle bar(WorkItem item) {
        LocalDate start = Rollup.plannedStart(item);
        LocalDate end = Rollup.plannedEnd(item);
        Integer row = rowOf.get(item);
        if (start == null || end == null || row == null) {
            return null;
        }
        int y = HEADER + row * ROW - scrollY;
        return new Rectangle(x(start), y + 5, Math.max(x(end.plusDays(1)) - x(start), 2), ROW - 12);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        int first = Math.max(0, scrollY / ROW);
        int last = Math.min(rows.size() - 1, (scrollY + area.height) / ROW);
        gc.setClipping(LABELS, HEADER, area.width - LABELS, area.height - HEADER);
        paintDaysOff(gc, area);
        for (int row = first; row <= last; row++) {
            paintBars(gc, rows.get(row));
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (int row = first; row <= last; row++) {
            paintArrows(gc, rows.get(row));
        }
        int today = x(LocalDate.now());
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
        gc.drawLine(today, HEADER, today, area.height);
        gc.setClipping((Rectangle) null);
        paintHeader(gc, area);
        paintLabels(gc, area, first, last);
    }

    private void paintDaysOff(GC gc, Rectangle area) {
        if (zoom == Zoom.MONTH) {
            return;
        }
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
        LocalDate day = dayAt(LABELS);
        for (int x = x(day); x < area.width; day = day.plusDays(1), x = x(day)) {
            if (!calendar.isWorkingDay(day)) {
                gc.fillRectangle(x, HEADER, zoom.pixelsPerDay, area.height);
            }
        }
    }

    private void paintBars(GC gc, WorkItem item) {
        Rectangle bar = bar(item);
        if (bar == null) {
            return;
        }
        if (item.getKind() == WorkItemKind.MILESTONE) {
            int cx = bar.x + bar.width / 2;
            int cy = bar.y + bar.height / 2;
            int r = 6;
            gc.setBackground(getDisplay().getSystemColor(critical.contains(item) ? SWT.COLOR_RED : SWT.COLOR_BLACK));
            gc.fillPolygon(new int[] { cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy });
        } else if (!item.isLeaf()) {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(bar.x, bar.y + 2, bar.width, 5);
        } else {
            boolean moving = item == dragged;
            int offset = moving && !resizing ? dragDays * zoom.pixelsPerDay : 0;
            int grow = moving && resizing ? dragDays * zoom.pixelsPerDay : 0;
            gc.setBackground(getDisplay().getSystemColor(critical.contains(item) ? SWT.COLOR_RED : SWT.COLOR_BLUE));
            gc.fillRectangle(bar.x + offset, bar.y, Math.max(2, bar.width + grow), bar.height - 4);
            LocalDate[] span = booked.get(item);
            if (span != null) {
                gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.fillRectangle(x(span[0]), bar.y + bar.height - 3, Math.max(2, x(span[1].plusDays(1)) - x(span[0])), 3);
            }
        }
    }

    private void paintArrows(GC gc, WorkItem successor) {
        Rectangle to = bar(successor);
        if (to == null) {
            return;
        }
        for (Dependency dependency : successor.getDependencies()) {
            Rectangle from = dependency.getPredecessor() == null ? null : bar(dependency.getPredecessor());
            if (from == null) {
                continue;
            }
            DependencyType type = dependency.getType();
            int x1 = type == DependencyType.SS || type == DependencyType.SF ? from.x : from.x + from.width;
            int x2 = type == DependencyType.FS || type == DependencyType.SS ? to.x : to.x + to.width;
            int y1 = from.y + from.height / 2;
            int y2 = to.y + to.height / 2;
            int bend = x1 + 6;
            gc.drawPolyline(new int[] { x1, y1, bend, y1, bend, y2, x2, y2 });
            int head = x2 <= bend ? 4 : -4;
            gc.drawLine(x2, y2, x2 + head, y2 - 3);
            gc.drawLine(x2, y2, x2 + head, y2 + 3);
        }
    }

    private void paintHeader(GC gc, Rectangle area) {
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, 0, area.width, HEADER);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.setClipping(LABELS, 0, area.width - LABELS, HEADER);
        LocalDate day = dayAt(LABELS).with(DayOfWeek.MONDAY);
        if (zoom == Zoom.MONTH) {
            day = dayAt(LABELS).withDayOfMonth(1);
        }
        while (x(day) < area.width) {
            String label = switch (zoom) {
            case DAY -> String.valueOf(day.getDayOfMonth());
            case WEEK -> NLS.bind(Messages.Gantt_week, day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> MONTH_FORMAT.withLocale(Locale.getDefault()).format(day);
            };
            gc.drawText(label, x(day) + 2, 4, true);
            gc.drawLine(x(day), HEADER - 6, x(day), HEADER);
            day = zoom == Zoom.DAY ? day.plusDays(1) : zoom == Zoom.WEEK ? day.plusWeeks(1) : day.plusMonths(1);
        }
        gc.setClipping((Rectangle) null);
    }

    private void paintLabels(GC gc, Rectangle area, int first, int last) {
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, HEADER, LABELS, area.height - HEADER);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.setClipping(0, HEADER, LABELS - 4, area.height - HEADER);
        for (int row = first; row <= last; row++) {
            WorkItem item = rows.get(row);
            if (item == selected) {
                gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
                gc.fillRectangle(0, HEADER + row * ROW - scrollY, LABELS, ROW);
                gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            }
            int depth = 0;
            for (Object parent = item.eContainer(); parent instanceof WorkItem p; parent = p.eContainer()) {
                depth++;
            }
            gc.drawText(item.getTitle() == null ? "" : item.getTitle(), 6 + depth * 12, HEADER + row * ROW - scrollY + 4,
                    true);
        }
        gc.setClipping((Rectangle) null);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawLine(LABELS - 1, 0, LABELS - 1, area.height);
    }

    private LocalDate dayAt(int x) {
        return origin.plusDays(Math.max(0, (x - LABELS + scrollX) / zoom.pixelsPerDay));
    }

    private WorkItem leafAt(int x, int y) {
        int row = (y - HEADER + scrollY) / ROW;
        if (y < HEADER || x < LABELS || row < 0 || row >= rows.size()) {
            return null;
        }
        WorkItem item = rows.get(row);
        Rectangle bar = bar(item);
        return item.isLeaf() && item.getKind() != WorkItemKind.MILESTONE && bar != null
                && x >= bar.x && x <= bar.x + bar.width + HANDLE ? item : null;
    }

    private void mouseDown(Event e) {
        forceFocus();
        int row = (e.y - HEADER + scrollY) / ROW;
        if (e.y >= HEADER && row >= 0 && row < rows.size()) {
            selected = rows.get(row);
            redraw();
        }
        dragged = leafAt(e.x, e.y);
        if (dragged != null && !movable.test(dragged)) {
            dragged = null;
        }
        if (dragged != null) {
            Rectangle bar = bar(dragged);
            resizing = e.x >= bar.x + bar.width - HANDLE;
            dragFromX = e.x;
            dragDays = 0;
        }
    }

    private void mouseMove(Event e) {
        if (dragged != null && (e.stateMask & SWT.BUTTON1) != 0) {
            dragDays = Math.round((float) (e.x - dragFromX) / zoom.pixelsPerDay);
            redraw();
        }
    }

    private void mouseUp(Event e) {
        WorkItem item = dragged;
        int days = dragDays;
        dragged = null;
        dragDays = 0;
        if (item != null && days != 0) {
            LocalDate start = resizing ? item.getPlannedStart() : item.getPlannedStart().plusDays(days);
            LocalDate end = item.getPlannedEnd().plusDays(days);
            moved.accept(item, new LocalDate[] { start, end.isBefore(start) ? start : end });
        }
        redraw();
    }

    private void updateScrollBars() {
        Rectangle area = getClientArea();
        ScrollBar vertical = getVerticalBar();
        int height = HEADER + rows.size() * ROW;
        vertical.setMaximum(Math.max(1, height));
        vertical.setThumb(Math.max(1, Math.min(area.height, height)));
        vertical.setPageIncrement(Math.max(1, area.height - ROW));
        vertical.setIncrement(ROW);
        scrollY = Math.min(scrollY, Math.max(0, height - area.height));
        vertical.setSelection(scrollY);
        LocalDate last = origin.plusMonths(3);
        for (WorkItem item : rows) {
            if (item.getPlannedEnd() != null && item.getPlannedEnd().isAfter(last)) {
                last = item.getPlannedEnd();
            }
        }
        int width = LABELS + (int) ChronoUnit.DAYS.between(origin, last.plusWeeks(2)) * zoom.pixelsPerDay;
        ScrollBar horizontal = getHorizontalBar();
        horizontal.setMaximum(Math.max(1, width));
        horizontal.setThumb(Math.max(1, Math.min(area.width, width)));
        horizontal.setPageIncrement(Math.max(1, area.width - LABELS));
        horizontal.setIncrement(zoom.pixelsPerDay * 7);
        scrollX = Math.min(scrollX, Math.max(0, width - area.width));
        horizontal.setSelection(scrollX);
    }

    /** Scrolls so that the day is at the left of the timeline. */
    public void show(LocalDate day) {
        scrollX = Math.max(0, (int) ChronoUnit.DAYS.between(origin, day) * zoom.pixelsPerDay);
        updateScrollBars();
        redraw();
    }
}
