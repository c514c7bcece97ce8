package org.fachwerk.projects.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Brings the Gantt chart to the front. */
public class ShowGanttHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(GanttPart.PART_ID, PartState.ACTIVATE);
    }
}
