package org.fachwerk.projects.ui.internal;

import java.util.Collection;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.core.Rights;
import org.fachwerk.model.Project;
import org.fachwerk.projects.core.Projects;

/**
 * What the person at the workbench may do in the projects, as {@link Rights} decides it from the department as
 * loaded now, and why not when they may not: the projects parts enable their commands and fields by it and show
 * the reason. Each answer is null when the person may, else the reason.
 */
public final class ProjectPermissions {

    private final DepartmentSession session;

    public ProjectPermissions(DepartmentSession session) {
        this.session = session;
    }

    /** Why the person may not create projects; null when they may. */
    public String whyNotCreate() {
        return session.rights().isPlanner() ? null : Messages.Rights_create;
    }

    /** Why the person may not change the items and comments of the element's project; null when they may. */
    public String whyNotEdit(Object element) {
        Project project = Projects.of(element);
        Rights rights = session.rights();
        if (rights.mayEdit(idOf(project))) {
            return null;
        }
        return rights.isGuest() ? Messages.Rights_guest : NLS.bind(Messages.Rights_edit, name(project));
    }

    /** Why the person may not change the items of every element's project (as a move or deletion does). */
    public String whyNotEditAll(Collection<?> elements) {
        for (Object element : elements) {
            String whyNot = whyNotEdit(element);
            if (whyNot != null) {
                return whyNot;
            }
        }
        return null;
    }

    /** Why the person may not change the project's properties and status; null when they may. */
    public String whyNotManage(Project project) {
        Rights rights = session.rights();
        if (rights.mayManage(idOf(project))) {
            return null;
        }
        return rights.isGuest() ? Messages.Rights_guest : NLS.bind(Messages.Rights_manage, name(project));
    }

    /** Why the person may not change the project's members; null when they may. */
    public String whyNotManageMembers(Project project) {
        Rights rights = session.rights();
        if (rights.mayManageMembers(idOf(project))) {
            return null;
        }
        return rights.isGuest() ? Messages.Rights_guest : NLS.bind(Messages.Rights_manageMembers, name(project));
    }

    private static String idOf(Project project) {
        return project == null ? null : project.getId();
    }

    private static String name(Project project) {
        if (project == null) {
            return "";
        }
        return project.getKey() == null ? project.getName() : project.getKey() + "  " + project.getName();
    }
}
