package org.fachwerk.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.fachwerk.core.DepartmentSession;

/** Undoes the latest edit of any view; all edits go through the department's command stack. */
public class UndoHandler {

    @CanExecute
    public boolean canExecute(DepartmentSession session) {
        return session.commandStack().canUndo();
    }

    @Execute
    public void execute(DepartmentSession session) {
        session.commandStack().undo();
    }
}
