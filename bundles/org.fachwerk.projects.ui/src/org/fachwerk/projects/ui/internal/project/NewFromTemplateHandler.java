package org.fachwerk.projects.ui.internal.project;

import java.time.LocalDate;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Project;
import org.fachwerk.projects.core.Projects;
import org.fachwerk.projects.core.ProjectTemplate;
import org.fachwerk.projects.ui.internal.Messages;
import org.fachwerk.projects.ui.internal.ProjectPermissions;

import jakarta.inject.Named;

/** Makes a new draft project from the selected one, with its structure, starting today. */
public class NewFromTemplateHandler {

    /** A copy is a new project: for those who may create projects. */
    @CanExecute
    public boolean canExecute(DepartmentSession session) {
        return new ProjectPermissions(session).whyNotCreate() == null;
    }

    @Execute
    public void execute(Shell shell, DepartmentSession session, EPartService parts,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        Project template = Projects.of(selection);
        if (template == null) {
            MessageDialog.openInformation(shell, Messages.Template_title, Messages.Template_noSelection);
            return;
        }
        InputDialog dialog = new InputDialog(shell, Messages.Template_title,
                NLS.bind(Messages.Template_prompt, template.getName()),
                NLS.bind(Messages.Template_defaultName, template.getName()),
                text -> text == null || text.isBlank() ? Messages.NewProject_nameRequired : null);
        if (dialog.open() != Window.OK) {
            return;
        }
        Project project = ProjectTemplate.copy(template, NewProjectHandler.nextKey(session.department()),
                dialog.getValue().trim(), LocalDate.now());
        NewProjectHandler.add(session, parts, project);
    }
}
