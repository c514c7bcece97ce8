package org.fachwerk.projects.ui.internal.workload;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.fachwerk.projects.core.Workload.Week;
import org.fachwerk.projects.ui.internal.Messages;
import org.fachwerk.ui.Texts;

/**
 * One person's load per week as bars, with their capacity as a line: bars above the line, over-allocated weeks,
 * are red. (Drawn here: the chart library on Maven Central needs Java 21.)
 */
public class LoadChart extends Canvas {

    private static final int MARGIN = 28;

    private List<Week> weeks = List.of();
    private String title = "";

    public LoadChart(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addListener(SWT.Paint, e -> paint(e.gc));
    }

    public void show(String person, List<Week> personWeeks) {
        title = person;
        weeks = List.copyOf(personWeeks);
        redraw();
    }

    public List<Week> weeks() {
        return weeks;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawText(title, MARGIN, 4, true);
        if (weeks.isEmpty()) {
            return;
        }
        double top = 1;
        for (Week week : weeks) {
            top = Math.max(top, Math.max(week.planned(), week.capacity()));
        }
        int height = area.height - 2 * MARGIN;
        int width = (area.width - 2 * MARGIN) / weeks.size();
        int base = area.height - MARGIN;
        for (int i = 0; i < weeks.size(); i++) {
            Week week = weeks.get(i);
            int x = MARGIN + i * width;
            int bar = (int) (week.planned() / top * height);
            gc.setBackground(getDisplay().getSystemColor(week.overAllocated() ? SWT.COLOR_RED : SWT.COLOR_BLUE));
            gc.fillRectangle(x + 4, base - bar, Math.max(2, width - 8), bar);
            int capacity = base - (int) (week.capacity() / top * height);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
            gc.setLineWidth(2);
            gc.drawLine(x, capacity, x + width, capacity);
            gc.setLineWidth(1);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(Messages.Gantt_week.replace("{0}",
                    String.valueOf(week.monday().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR))),
                    x + 4, base + 4, true);
            if (week.planned() > 0) {
                gc.drawText(Texts.hours(week.planned()), x + 4, Math.max(MARGIN, base - bar - 18), true);
            }
        }
    }
}
