package org.fachwerk.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.fachwerk.core.DepartmentSession;

/** Redoes the edit undone last. */
public class RedoHandler {

    @CanExecute
    public boolean canExecute(DepartmentSession session) {
        return session.commandStack().canRedo();
    }

    @Execute
    public void execute(DepartmentSession session) {
        session.commandStack().redo();
    }
}
