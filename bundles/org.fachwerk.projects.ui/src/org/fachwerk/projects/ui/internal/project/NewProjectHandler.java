package org.fachwerk.projects.ui.internal.project;

import java.time.LocalDate;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.projects.ui.internal.Messages;
import org.fachwerk.projects.ui.internal.ProjectPermissions;
import org.fachwerk.projects.ui.internal.structure.ProjectsPart;

/**
 * Asks for a name and adds a draft project to the department, undoably, then shows it in the explorer; for those who
 * may create projects.
 */
public class NewProjectHandler {

    @CanExecute
    public boolean canExecute(DepartmentSession session) {
        return new ProjectPermissions(session).whyNotCreate() == null;
    }

    @Execute
    public void execute(Shell shell, DepartmentSession session, EPartService parts) {
        InputDialog dialog = new InputDialog(shell, Messages.NewProject_title, Messages.NewProject_prompt, "",
                text -> text == null || text.isBlank() ? Messages.NewProject_nameRequired : null);
        if (dialog.open() != Window.OK) {
            return;
        }
        add(session, parts, newProject(session.department(), dialog.getValue().trim()));
    }

    /**
     * Adds the project to the department, undoably, and shows it selected in the explorer. A project without an
     * owner is owned by whoever creates it, so that they may go on filling it once it is stored.
     */
    static void add(DepartmentSession session, EPartService parts, Project project) {
        if (project.getOwner() == null) {
            project.setOwner(session.actorPerson());
        }
        Command add = AddCommand.create(session.editingDomain(), session.department(),
                FachwerkPackage.Literals.DEPARTMENT__PROJECTS, project);
        session.commandStack().execute(add);
        MPart part = parts.showPart(ProjectsPart.PART_ID, PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof ProjectsPart explorer) {
            explorer.reveal(project);
        }
    }

    /** A draft starting today, with the next free key. */
    static Project newProject(Department department, String name) {
        Project project = FachwerkFactory.eINSTANCE.createProject();
        project.setKey(nextKey(department));
        project.setName(name);
        project.setStatus(ProjectStatus.DRAFT);
        project.setStart(LocalDate.now());
        return project;
    }

    /** The next free key of the form P-n. */
    static String nextKey(Department department) {
        int number = department.getProjects().size() + 1;
        while (keyTaken(department, "P-" + number)) {
            number++;
        }
        return "P-" + number;
    }

    private static boolean keyTaken(Department department, String key) {
        return department.getProjects().stream().anyMatch(p -> key.equals(p.getKey()));
    }
}
