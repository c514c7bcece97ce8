package org.fachwerk.testing;

import static org.fachwerk.model.FachwerkPackage.Literals.PROJECT__WORK_ITEMS;
import static org.fachwerk.model.FachwerkPackage.Literals.WORK_ITEM__ASSIGNEES;
import static org.fachwerk.model.FachwerkPackage.Literals.WORK_ITEM__CHILDREN;
import static org.fachwerk.model.FachwerkPackage.Literals.WORK_ITEM__DEADLINE;
import static org.fachwerk.model.FachwerkPackage.Literals.WORK_ITEM__DEPENDENCIES;
import static org.fachwerk.model.FachwerkPackage.Literals.WORK_ITEM__KIND;
import static org.fachwerk.model.FachwerkPackage.Literals.WORK_ITEM__PLANNED_EFFORT;
import static org.fachwerk.model.FachwerkPackage.Literals.WORK_ITEM__PLANNED_END;
import static org.fachwerk.model.FachwerkPackage.Literals.WORK_ITEM__PLANNED_START;
import static org.fachwerk.model.FachwerkPackage.Literals.WORK_ITEM__STATUS;
import static org.fachwerk.model.FachwerkPackage.Literals.WORK_ITEM__TITLE;

import java.time.LocalDate;

import org.fachwerk.model.Dependency;
import org.fachwerk.model.DependencyType;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkItemStatus;

/**
 * A task, work package or milestone as a test needs one:
 * {@code task("Entwurf").from(monday).to(friday).effort(16).assignedTo(anna).in(project)}.
 */
public final class WorkItemBuilder extends ObjectBuilder<WorkItem, WorkItemBuilder> {

    private WorkItemBuilder(String title, WorkItemKind kind) {
        super(FachwerkFactory.eINSTANCE.createWorkItem());
        set(WORK_ITEM__TITLE, title).set(WORK_ITEM__KIND, kind);
    }

    public static WorkItemBuilder task(String title) {
        return new WorkItemBuilder(title, WorkItemKind.TASK);
    }

    public static WorkItemBuilder workPackage(String title) {
        return new WorkItemBuilder(title, WorkItemKind.WORK_PACKAGE);
    }

    public static WorkItemBuilder milestone(String title) {
        return new WorkItemBuilder(title, WorkItemKind.MILESTONE);
    }

    /** A dependency on the predecessor, to be added to the successor's dependencies (e.g. by a command). */
    public static Dependency dependency(WorkItem predecessor, DependencyType type, int lagDays) {
        Dependency dependency = FachwerkFactory.eINSTANCE.createDependency();
        dependency.setPredecessor(predecessor);
        dependency.setType(type);
        dependency.setLagDays(lagDays);
        return dependency;
    }

    /** The most common dependency: to start once the predecessor is finished. */
    public static Dependency finishToStart(WorkItem predecessor) {
        return dependency(predecessor, DependencyType.FS, 0);
    }

    /** The planned start. */
    public WorkItemBuilder from(LocalDate start) {
        return set(WORK_ITEM__PLANNED_START, start);
    }

    /** The planned end. */
    public WorkItemBuilder to(LocalDate end) {
        return set(WORK_ITEM__PLANNED_END, end);
    }

    /** The planned effort in hours. */
    public WorkItemBuilder effort(double hours) {
        return set(WORK_ITEM__PLANNED_EFFORT, hours);
    }

    public WorkItemBuilder deadline(LocalDate deadline) {
        return set(WORK_ITEM__DEADLINE, deadline);
    }

    public WorkItemBuilder status(WorkItemStatus status) {
        return set(WORK_ITEM__STATUS, status);
    }

    public WorkItemBuilder assignedTo(Person... assignees) {
        return add(WORK_ITEM__ASSIGNEES, (Object[]) assignees);
    }

    /** Starts once the predecessor is finished. */
    public WorkItemBuilder after(WorkItem predecessor) {
        return add(WORK_ITEM__DEPENDENCIES, finishToStart(predecessor));
    }

    public WorkItemBuilder dependsOn(WorkItem predecessor, DependencyType type, int lagDays) {
        return add(WORK_ITEM__DEPENDENCIES, dependency(predecessor, type, lagDays));
    }

    /** Children below the item. */
    public WorkItemBuilder with(WorkItem... children) {
        return add(WORK_ITEM__CHILDREN, (Object[]) children);
    }

    /** The item, added at the top of the project's tree. */
    public WorkItem in(Project project) {
        return into(project, PROJECT__WORK_ITEMS);
    }

    /** The item, added below the parent. */
    public WorkItem in(WorkItem parent) {
        return into(parent, WORK_ITEM__CHILDREN);
    }
}
