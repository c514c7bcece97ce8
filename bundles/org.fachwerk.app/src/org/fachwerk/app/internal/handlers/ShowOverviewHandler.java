package org.fachwerk.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Brings the overview to the front. */
public class ShowOverviewHandler {

    public static final String PART_ID = "org.fachwerk.app.part.overview";

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(PART_ID, PartState.ACTIVATE);
    }
}
