package org.fachwerk.projects.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Brings the deadline overview to the front. */
public class ShowDeadlinesHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(DeadlinesPart.PART_ID, PartState.ACTIVATE);
    }
}
