package org.fachwerk.documents.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Brings the document browser to the front. */
public class OpenDocumentsHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(DocumentsPart.PART_ID, PartState.ACTIVATE);
    }
}
