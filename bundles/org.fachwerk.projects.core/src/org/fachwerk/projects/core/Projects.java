package org.fachwerk.projects.core;

import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;

/** Where in the department a model object stands. */
public final class Projects {

    private Projects() {
    }

    /** The project a work item (or anything in it) belongs to, a project itself; null for anything else. */
    public static Project of(Object element) {
        if (element instanceof Project project) {
            return project;
        }
        if (element instanceof WorkItem item) {
            return item.getProject();
        }
        return element instanceof EObject object ? of(object.eContainer()) : null;
    }
}
