package org.fachwerk.testing;

import static org.fachwerk.model.FachwerkPackage.Literals.DEPARTMENT__PROJECTS;
import static org.fachwerk.model.FachwerkPackage.Literals.PROJECT__END;
import static org.fachwerk.model.FachwerkPackage.Literals.PROJECT__GOALS;
import static org.fachwerk.model.FachwerkPackage.Literals.PROJECT__KEY;
import static org.fachwerk.model.FachwerkPackage.Literals.PROJECT__NAME;
import static org.fachwerk.model.FachwerkPackage.Literals.PROJECT__OWNER;
import static org.fachwerk.model.FachwerkPackage.Literals.PROJECT__START;
import static org.fachwerk.model.FachwerkPackage.Literals.PROJECT__STATUS;
import static org.fachwerk.model.FachwerkPackage.Literals.PROJECT__WORK_ITEMS;

import java.time.LocalDate;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.WorkItem;

/** A project as a test needs one: {@code project("BAU-01", "Sanierung Grundschule").with(planning).in(department)}. */
public final class ProjectBuilder extends ObjectBuilder<Project, ProjectBuilder> {

    private ProjectBuilder(String key, String name) {
        super(FachwerkFactory.eINSTANCE.createProject());
        set(PROJECT__KEY, key).set(PROJECT__NAME, name);
    }

    /** A project without a key, for computations that do not look at it. */
    public static ProjectBuilder project(String name) {
        return new ProjectBuilder(null, name);
    }

    public static ProjectBuilder project(String key, String name) {
        return new ProjectBuilder(key, name);
    }

    public ProjectBuilder goals(String goals) {
        return set(PROJECT__GOALS, goals);
    }

    public ProjectBuilder status(ProjectStatus status) {
        return set(PROJECT__STATUS, status);
    }

    public ProjectBuilder from(LocalDate start) {
        return set(PROJECT__START, start);
    }

    public ProjectBuilder to(LocalDate end) {
        return set(PROJECT__END, end);
    }

    public ProjectBuilder owner(Person owner) {
        return set(PROJECT__OWNER, owner);
    }

    /** Work items at the top of the project's tree. */
    public ProjectBuilder with(WorkItem... items) {
        return add(PROJECT__WORK_ITEMS, (Object[]) items);
    }

    /** The project, added to the department's projects. */
    public Project in(Department department) {
        return into(department, DEPARTMENT__PROJECTS);
    }
}
