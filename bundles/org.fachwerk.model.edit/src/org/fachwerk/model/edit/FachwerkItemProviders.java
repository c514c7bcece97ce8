package org.fachwerk.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.edit.provider.FachwerkItemProviderAdapterFactory;
import org.fachwerk.model.edit.provider.PersonItemProvider;
import org.fachwerk.model.edit.provider.ProjectItemProvider;
import org.fachwerk.model.edit.provider.WorkItemItemProvider;

/**
 * The item providers of the model as the product shows them: the generated ones, except where a label reads
 * differently from EMF's "class name and first name-like attribute" (projects by key and name, work items by title,
 * people by full name) and where a work item's icon depends on its kind. Registered in plugin.xml, so that every
 * editing domain over the registry's item providers gets these.
 */
public class FachwerkItemProviders extends FachwerkItemProviderAdapterFactory {

    @Override
    public Adapter createProjectAdapter() {
        if (projectItemProvider == null) {
            projectItemProvider = new ProjectLabel(this);
        }
        return projectItemProvider;
    }

    @Override
    public Adapter createWorkItemAdapter() {
        if (workItemItemProvider == null) {
            workItemItemProvider = new WorkItemLabel(this);
        }
        return workItemItemProvider;
    }

    @Override
    public Adapter createPersonAdapter() {
        if (personItemProvider == null) {
            personItemProvider = new PersonLabel(this);
        }
        return personItemProvider;
    }

    /** "BAU-2027-03  Neubau Kita": the key first, since projects are known by it. */
    private static final class ProjectLabel extends ProjectItemProvider {
        ProjectLabel(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            Project project = (Project) object;
            return textOf(project.getKey()) + "  " + textOf(project.getName());
        }
    }

    /** A work item by its title, with the icon of its kind (package, task, milestone). */
    private static final class WorkItemLabel extends WorkItemItemProvider {
        WorkItemLabel(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            return textOf(((WorkItem) object).getTitle());
        }

        @Override
        public Object getImage(Object object) {
            return switch (((WorkItem) object).getKind()) {
            case WORK_PACKAGE -> overlayImage(object, getResourceLocator().getImage("full/obj16/WorkPackage"));
            case MILESTONE -> overlayImage(object, getResourceLocator().getImage("full/obj16/Milestone"));
            case TASK -> super.getImage(object);
            };
        }
    }

    private static final class PersonLabel extends PersonItemProvider {
        PersonLabel(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            return ((Person) object).getFullName();
        }
    }

    private static String textOf(String value) {
        return value == null ? "" : value;
    }
}
