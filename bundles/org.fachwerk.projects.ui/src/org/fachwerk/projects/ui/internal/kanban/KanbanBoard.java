package org.fachwerk.projects.ui.internal.kanban;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.model.edit.ModelTexts;
import org.fachwerk.projects.core.Deadlines;
import org.fachwerk.projects.core.Projects;
import org.fachwerk.projects.ui.internal.deadlines.TrafficLight;
import org.fachwerk.ui.Texts;

/**
 * A Kanban board drawn on one canvas: a column per status, a card per task, only the visible cards painted, so
 * that thousands of cards scroll smoothly. A card the person may move is dragged to another column with the mouse,
 * or moved with Ctrl+Left/Right; the arrow keys select. Each card shows its title, project, assignee and, when it is
 * due, the day with the deadline overview's traffic light (red overdue, amber at risk, green on schedule; grey when
 * done or cancelled).
 */
public class KanbanBoard extends Canvas {

    /** Widget data key under which tests find the board. */
    public static final String WIDGET_KEY = "fachwerk.kanban";

    static final int HEADER = 30;
    static final int CARD_HEIGHT = 58;
    static final int GAP = 6;
    private static final int MIN_COLUMN_WIDTH = 170;

    private final Map<WorkItemStatus, List<WorkItem>> columns = new EnumMap<>(WorkItemStatus.class);
    private Map<WorkItem, Deadlines.State> lights = Map.of();
    private final BiConsumer<WorkItem, WorkItemStatus> move;
    private final Predicate<WorkItem> movable;
    private WorkItem selected;
    private WorkItem dragged;
    private Point dragAt;
    private int scroll;

    /**
     * @param move what to do when the user moves a card to another status (change it, undoably, if the rules
     *        allow)
     * @param movable whether the person may move the card at all; the others are neither dragged nor moved by keys
     */
    public KanbanBoard(Composite parent, BiConsumer<WorkItem, WorkItemStatus> move, Predicate<WorkItem> movable) {
        super(parent, SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.move = move;
        this.movable = movable;
        setData(WIDGET_KEY, "board");
        for (WorkItemStatus status : WorkItemStatus.VALUES) {
            columns.put(status, new ArrayList<>());
        }
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> updateScrollBar());
        getVerticalBar().addListener(SWT.Selection, e -> {
            scroll = getVerticalBar().getSelection();
            redraw();
        });
        addListener(SWT.MouseVerticalWheel, e -> scrollBy(-e.count * CARD_HEIGHT / 3));
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.KeyDown, this::keyDown);
        addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_ARROW_NEXT
                && e.detail != SWT.TRAVERSE_ARROW_PREVIOUS);
    }

    /** The traffic lights of what is due, as the deadline overview computes them. */
    public void setDeadlines(List<Deadlines.Due> due) {
        Map<WorkItem, Deadlines.State> byItem = new HashMap<>();
        due.forEach(each -> byItem.put(each.item(), each.state()));
        lights = byItem;
        redraw();
    }

    /** The traffic light a card shows; null when it shows none or a grey one (not due, or finished). */
    public Deadlines.State light(WorkItem card) {
        return Deadlines.due(card) == null ? null : lights.get(card);
    }

    /** Shows these cards, each in the column of its status. */
    public void setCards(List<WorkItem> cards) {
        columns.values().forEach(List::clear);
        for (WorkItem card : cards) {
            columns.get(card.getStatus()).add(card);
        }
        if (selected != null && !cards.contains(selected)) {
            selected = null;
        }
        updateScrollBar();
        redraw();
    }

    /** The cards of a column, top to bottom. */
    public List<WorkItem> cards(WorkItemStatus status) {
        return List.copyOf(columns.get(status));
    }

    public WorkItem selected() {
        return selected;
    }

    public void select(WorkItem card) {
        choose(card);
        reveal(card);
        redraw();
    }

    /** Makes the card the selected one and tells the selection listeners (SWT.Selection). */
    private void choose(WorkItem card) {
        selected = card;
        notifyListeners(SWT.Selection, new Event());
    }

    private int columnWidth() {
        return Math.max(MIN_COLUMN_WIDTH, getClientArea().width / WorkItemStatus.VALUES.size());
    }

    /** Where a card is drawn, in canvas coordinates (scrolled). */
    public Rectangle bounds(WorkItem card) {
        int column = card.getStatus().getValue();
        int row = columns.get(card.getStatus()).indexOf(card);
        int width = columnWidth();
        return new Rectangle(column * width + GAP, HEADER + GAP + row * (CARD_HEIGHT + GAP) - scroll, width - 2 * GAP,
                CARD_HEIGHT);
    }

    /** The status of the column at x. */
    public WorkItemStatus statusAt(int x) {
        int index = Math.min(WorkItemStatus.VALUES.size() - 1, Math.max(0, x / columnWidth()));
        return WorkItemStatus.get(index);
    }

    private Optional<WorkItem> cardAt(int x, int y) {
        WorkItemStatus status = statusAt(x);
        int row = (y - HEADER - GAP + scroll) / (CARD_HEIGHT + GAP);
        List<WorkItem> cards = columns.get(status);
        if (y < HEADER || row < 0 || row >= cards.size()) {
            return Optional.empty();
        }
        return bounds(cards.get(row)).contains(x, y) ? Optional.of(cards.get(row)) : Optional.empty();
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        int width = columnWidth();
        int lineHeight = gc.getFontMetrics().getHeight();
        for (WorkItemStatus status : WorkItemStatus.VALUES) {
            int x = status.getValue() * width;
            List<WorkItem> cards = columns.get(status);
            // only the rows in view: the board stays fast however many cards there are
            int first = Math.max(0, (scroll - GAP) / (CARD_HEIGHT + GAP));
            int last = Math.min(cards.size() - 1, (scroll + area.height) / (CARD_HEIGHT + GAP));
            for (int row = first; row <= last; row++) {
                paintCard(gc, cards.get(row), lineHeight);
            }
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            gc.fillRectangle(x, 0, width, HEADER);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(ModelTexts.of(status) + " (" + cards.size() + ")", x + GAP, (HEADER - lineHeight) / 2, true);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawLine(x + width - 1, 0, x + width - 1, area.height);
        }
        if (dragged != null && dragAt != null) {
            Rectangle target = new Rectangle(statusAt(dragAt.x).getValue() * width, HEADER, width, area.height);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineWidth(2);
            gc.drawRectangle(target.x + 1, target.y + 1, target.width - 3, target.height - 3);
            gc.setLineWidth(1);
        }
    }

    private void paintCard(GC gc, WorkItem card, int lineHeight) {
        Rectangle box = bounds(card);
        boolean isSelected = card == selected;
        gc.setBackground(getDisplay().getSystemColor(isSelected ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_LIGHT_SHADOW));
        gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 8, 8);
        gc.setForeground(getDisplay().getSystemColor(isSelected ? SWT.COLOR_LIST_SELECTION_TEXT : SWT.COLOR_LIST_FOREGROUND));
        int textWidth = box.width - 2 * GAP;
        gc.drawText(fit(gc, card.getTitle(), textWidth), box.x + GAP, box.y + 4, true);
        Project project = Projects.of(card);
        String people = card.getAssignees().isEmpty() ? "" : card.getAssignees().get(0).getFullName();
        String second = (project == null ? "" : project.getKey()) + (people.isEmpty() ? "" : "  \u00b7  " + people);
        gc.drawText(fit(gc, second, textWidth), box.x + GAP, box.y + 4 + lineHeight, true);
        LocalDate due = Deadlines.due(card);
        if (due != null) {
            gc.setBackground(lightColor(card));
            int dot = lineHeight - 6;
            gc.fillOval(box.x + GAP, box.y + 4 + 2 * lineHeight + 3, dot, dot);
            gc.drawText(Texts.date(due), box.x + GAP + dot + 4, box.y + 4 + 2 * lineHeight, true);
        }
    }

    /** Finished work, and work of a finished project, has no light: grey. */
    private Color lightColor(WorkItem card) {
        Deadlines.State state = light(card);
        return state == null ? getDisplay().getSystemColor(SWT.COLOR_GRAY) : TrafficLight.color(getDisplay(), state);
    }

    private static String fit(GC gc, String text, int width) {
        if (text == null) {
            return "";
        }
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && gc.textExtent(shortened + "\u2026").x > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "\u2026";
    }

    private void mouseDown(Event e) {
        forceFocus();
        cardAt(e.x, e.y).ifPresent(card -> {
            choose(card);
            dragged = movable.test(card) ? card : null;
            dragAt = null;
            redraw();
        });
    }

    private void mouseMove(Event e) {
        if (dragged != null && (e.stateMask & SWT.BUTTON1) != 0) {
            dragAt = new Point(e.x, e.y);
            redraw();
        }
    }

    private void mouseUp(Event e) {
        WorkItem card = dragged;
        Point at = dragAt;
        dragged = null;
        dragAt = null;
        if (card != null && at != null && statusAt(e.x) != card.getStatus()) {
            move.accept(card, statusAt(e.x));
        }
        redraw();
    }

    private void keyDown(Event e) {
        if (selected == null) {
            List<WorkItem> firstColumn = columns.values().stream().filter(list -> !list.isEmpty()).findFirst()
                    .orElse(List.of());
            if (!firstColumn.isEmpty()) {
                select(firstColumn.get(0));
            }
            return;
        }
        List<WorkItem> column = columns.get(selected.getStatus());
        int row = column.indexOf(selected);
        int index = selected.getStatus().getValue();
        boolean moving = (e.stateMask & SWT.MOD1) != 0;
        switch (e.keyCode) {
        case SWT.ARROW_UP -> select(column.get(Math.max(0, row - 1)));
        case SWT.ARROW_DOWN -> select(column.get(Math.min(column.size() - 1, row + 1)));
        case SWT.ARROW_LEFT, SWT.ARROW_RIGHT -> {
            int next = index + (e.keyCode == SWT.ARROW_LEFT ? -1 : 1);
            if (next < 0 || next >= WorkItemStatus.VALUES.size()) {
                return;
            }
            if (moving && movable.test(selected)) {
                move.accept(selected, WorkItemStatus.get(next));
            } else {
                List<WorkItem> other = columns.get(WorkItemStatus.get(next));
                if (!other.isEmpty()) {
                    select(other.get(Math.min(row, other.size() - 1)));
                }
            }
        }
        default -> {
            // other keys do nothing here
        }
        }
    }

    private void reveal(WorkItem card) {
        Rectangle box = bounds(card);
        Rectangle area = getClientArea();
        if (box.y < HEADER) {
            scrollBy(box.y - HEADER - GAP);
        } else if (box.y + box.height > area.height) {
            scrollBy(box.y + box.height - area.height + GAP);
        }
    }

    /** Scrolls by pixels, within the board. */
    public void scrollBy(int pixels) {
        ScrollBar bar = getVerticalBar();
        scroll = Math.max(0, Math.min(scroll + pixels, Math.max(0, bar.getMaximum() - bar.getThumb())));
        bar.setSelection(scroll);
        redraw();
    }

    private void updateScrollBar() {
        int rows = columns.values().stream().mapToInt(List::size).max().orElse(0);
        int height = HEADER + GAP + rows * (CARD_HEIGHT + GAP);
        ScrollBar bar = getVerticalBar();
        int visible = Math.max(1, getClientArea().height);
        bar.setMaximum(Math.max(height, 1));
        bar.setThumb(Math.min(visible, Math.max(height, 1)));
        bar.setPageIncrement(visible);
        bar.setIncrement(CARD_HEIGHT / 2);
        scroll = Math.min(scroll, Math.max(0, height - visible));
        bar.setSelection(scroll);
    }
}
