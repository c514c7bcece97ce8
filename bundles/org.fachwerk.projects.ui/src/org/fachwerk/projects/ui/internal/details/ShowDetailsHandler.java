package org.fachwerk.projects.ui.internal.details;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.fachwerk.model.WorkItem;

import jakarta.inject.Named;

/** Shows the details of the work item selected in the explorer. */
public class ShowDetailsHandler {

    @Execute
    public void execute(EPartService parts, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        MPart part = parts.showPart(TaskDetailsPart.PART_ID, PartState.ACTIVATE);
        if (selection instanceof WorkItem item && part != null && part.getObject() instanceof TaskDetailsPart details) {
            details.show(item);
        }
    }
}
