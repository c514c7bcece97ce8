package org.fachwerk.projects.ui.internal.project;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.projects.core.Projects;
import org.fachwerk.model.Project;
import org.fachwerk.projects.ui.internal.Messages;

import jakarta.inject.Named;

/** Opens the properties of the project selected in the explorer (or of the project of the selected work item). */
public class ProjectPropertiesHandler {

    @Execute
    public void execute(Shell shell, DepartmentSession session,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        Project project = Projects.of(selection);
        if (project == null) {
            MessageDialog.openInformation(shell, Messages.Properties_title, Messages.Properties_noSelection);
            return;
        }
        ProjectPropertiesDialog dialog = new ProjectPropertiesDialog(shell, project, session);
        if (dialog.open() == Window.OK && dialog.command() != null) {
            session.commandStack().execute(dialog.command());
        }
    }
}
