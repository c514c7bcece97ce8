package org.fachwerk.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Named;

/**
 * Brings a view to the front: the one command behind every menu item and key binding that shows a part, e.g.
 * Window &gt; Overview or Ctrl+1. Its parameter names the part, so a module that adds a view adds a menu item or key
 * binding with the part's id, and no handler of its own.
 */
public class ShowPartHandler {

    public static final String COMMAND_ID = "org.fachwerk.app.command.showPart";
    /** The command's parameter: the element id of the part to show. */
    public static final String PART = "org.fachwerk.app.command.showPart.part";

    @CanExecute
    public boolean canExecute(EPartService parts, @Optional @Named(PART) String partId) {
        return partId != null && parts.findPart(partId) != null;
    }

    @Execute
    public void execute(EPartService parts, @Named(PART) String partId) {
        parts.showPart(partId, PartState.ACTIVATE);
    }
}
