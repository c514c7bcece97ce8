package org.fachwerk.timelog.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Brings the week sheet to the front. */
public class OpenTimeSheetHandler {

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(WeekSheetPart.PART_ID, PartState.ACTIVATE);
    }

    /** Brings the time reports to the front. */
    public static class Reports {
        @Execute
        public void execute(EPartService parts) {
            parts.showPart(ReportsPart.PART_ID, PartState.ACTIVATE);
        }
    }
}
