package org.fachwerk.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.app.internal.Messages;
import org.fachwerk.ui.Preferences;

/** Quits the workbench, asking first unless the user turned that off in the preferences; closing the window does the same. */
public class QuitHandler {

    @Execute
    public void execute(IWorkbench workbench, Shell shell) {
        if (confirmed(shell)) {
            workbench.close();
        }
    }

    /** Whether the user wants to quit: asked unless turned off in the preferences. */
    public static boolean confirmed(Shell shell) {
        return !Preferences.store().getBoolean(Preferences.CONFIRM_EXIT)
                || MessageDialog.openQuestion(shell, Messages.Quit_title, Messages.Quit_question);
    }
}
