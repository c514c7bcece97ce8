package org.fachwerk.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.ui.PreferencesDialog;

/** Opens the preferences. */
public class PreferencesHandler {

    @Execute
    public void execute(Shell shell) {
        PreferencesDialog.open(shell);
    }
}
