package org.fachwerk.projects.ui.internal.deadlines;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.fachwerk.projects.core.Deadlines;

/** The colours of the deadline overview's traffic light, the same on the Kanban cards. */
public final class TrafficLight {

    private TrafficLight() {
    }

    public static Color color(Display display, Deadlines.State state) {
        return display.getSystemColor(switch (state) {
        case OVERDUE -> SWT.COLOR_RED;
        case AT_RISK -> SWT.COLOR_DARK_YELLOW;
        case ON_SCHEDULE -> SWT.COLOR_DARK_GREEN;
        });
    }
}
