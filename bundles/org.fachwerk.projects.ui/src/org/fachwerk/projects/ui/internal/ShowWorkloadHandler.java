package org.fachwerk.projects.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Brings the workload overview to the front. */
public class ShowWorkloadHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(WorkloadPart.PART_ID, PartState.ACTIVATE);
    }
}
