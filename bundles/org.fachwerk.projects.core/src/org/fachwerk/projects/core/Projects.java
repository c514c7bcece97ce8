package org.fachwerk.projects.core;

import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.Project;

/** Where in the department a model object stands. */
public final class Projects {

    private Projects() {
    }

    /** The project a work item (or anything in it) belongs to, a project itself; null for anything else. */
    public static Project of(Object element) {
        for (Object each = element; each instanceof EObject object; each = object.eContainer()) {
            if (each instanceof Project project) {
                return project;
            }
        }
        return null;
    }
}
