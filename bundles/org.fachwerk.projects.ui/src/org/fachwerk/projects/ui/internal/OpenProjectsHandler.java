package org.fachwerk.projects.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Brings the project explorer to the front. */
public class OpenProjectsHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(ProjectsPart.PART_ID, PartState.ACTIVATE);
    }
}
