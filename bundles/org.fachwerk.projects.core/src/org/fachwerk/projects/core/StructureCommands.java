package org.fachwerk.projects.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.fachwerk.model.Department;
import org.fachwerk.model.Dependency;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkItemStatus;

/**
 * The edits of a structure tree as undoable commands of an editing domain: new items, deletion, indenting and
 * outdenting, and moving items before, after or into another. A command that cannot apply (indenting the first
 * item, moving an item into itself) is unexecutable rather than doing something else.
 */
public final class StructureCommands {

    /** Where moved items go relative to the target. */
    public enum Position {
        BEFORE, AFTER, INTO
    }

    private final EditingDomain domain;

    public StructureCommands(EditingDomain domain) {
        this.domain = domain;
    }

    /**
     * A new task after the selected work item, or at the end of the selected project. Its result
     * ({@link Command#getResult()}) is the new item.
     */
    public Command insertAfter(EObject selected, String title) {
        WorkItem item = newTask(title);
        if (selected instanceof Project project) {
            item.setPlannedStart(project.getStart());
            item.setPlannedEnd(project.getStart());
            return AddCommand.create(domain, project, FachwerkPackage.Literals.PROJECT__WORK_ITEMS, item);
        }
        if (selected instanceof WorkItem sibling) {
            item.setPlannedStart(sibling.getPlannedStart());
            item.setPlannedEnd(sibling.getPlannedEnd());
            EObject owner = sibling.eContainer();
            EList<?> list = list(owner);
            return AddCommand.create(domain, owner, feature(owner), item, list.indexOf(sibling) + 1);
        }
        return UnexecutableCommand.INSTANCE;
    }

    /** A new task as the last child of the work item, which becomes a package or parent task. */
    public Command insertChild(WorkItem parent, String title) {
        WorkItem item = newTask(title);
        item.setPlannedStart(parent.getPlannedStart());
        item.setPlannedEnd(parent.getPlannedEnd());
        return AddCommand.create(domain, parent, FachwerkPackage.Literals.WORK_ITEM__CHILDREN, item);
    }

    private static WorkItem newTask(String title) {
        WorkItem item = FachwerkFactory.eINSTANCE.createWorkItem();
        item.setTitle(title);
        item.setKind(WorkItemKind.TASK);
        item.setStatus(WorkItemStatus.PLANNED);
        return item;
    }

    /**
     * Removes the items with everything they contain. Dependencies on them go too, and bookings and documents keep
     * no task; undo puts everything back.
     */
    public Command delete(Collection<WorkItem> items) {
        if (items.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        // EMF's deletion clears every reference to what it removes; a dependency without its predecessor would be
        // invalid, so it is deleted along
        List<EObject> deleted = new ArrayList<>(items);
        deleted.addAll(dependenciesOn(items));
        return DeleteCommand.create(domain, deleted);
    }

    /** The dependencies of other work items on the items or on what they contain. */
    private static List<Dependency> dependenciesOn(Collection<WorkItem> items) {
        Set<EObject> deleted = new HashSet<>();
        for (WorkItem item : items) {
            deleted.add(item);
            item.eAllContents().forEachRemaining(deleted::add);
        }
        // dependencies stand in work item trees, so only the projects are searched, not the bookings
        EObject root = EcoreUtil.getRootContainer(items.iterator().next());
        Collection<?> trees = root instanceof Department department ? department.getProjects() : List.of(root);
        List<Dependency> dependencies = new ArrayList<>();
        EcoreUtil.getAllContents(trees).forEachRemaining(o -> {
            if (o instanceof Dependency dependency && !deleted.contains(dependency)
                    && deleted.contains(dependency.getPredecessor())) {
                dependencies.add(dependency);
            }
        });
        return dependencies;
    }

    /** Makes each item the last child of the sibling before it (the first of them decides for all). */
    public Command indent(List<WorkItem> items) {
        if (items.isEmpty() || !siblings(items)) {
            return UnexecutableCommand.INSTANCE;
        }
        WorkItem first = items.get(0);
        EList<?> list = list(first.eContainer());
        int index = list.indexOf(first);
        for (WorkItem item : items) {
            index = Math.min(index, list.indexOf(item));
        }
        if (index == 0) {
            return UnexecutableCommand.INSTANCE;
        }
        WorkItem newParent = (WorkItem) list.get(index - 1);
        return move(items, newParent, Position.INTO);
    }

    /** Makes each item a sibling of its parent, right after it. */
    public Command outdent(List<WorkItem> items) {
        if (items.isEmpty() || !siblings(items) || !(items.get(0).eContainer() instanceof WorkItem parent)) {
            return UnexecutableCommand.INSTANCE;
        }
        return move(items, parent, Position.AFTER);
    }

    /** Moves the items, in the order given, before, after or into the target (a work item, or a project: into). */
    public Command move(List<WorkItem> items, EObject target, Position where) {
        if (items.isEmpty() || target == null || items.contains(target)
                || items.stream().anyMatch(item -> EcoreUtil.isAncestor(item, target))
                || target instanceof Project && where != Position.INTO
                || !(target instanceof Project) && !(target instanceof WorkItem)) {
            return UnexecutableCommand.INSTANCE;
        }
        EObject owner = where == Position.INTO ? target : target.eContainer();
        EList<?> list = list(owner);
        int anchor = switch (where) {
        case BEFORE -> list.indexOf(target);
        case AFTER -> list.indexOf(target) + 1;
        case INTO -> list.size();
        };
        return new MoveItems(List.copyOf(items), owner, anchor);
    }

    private static boolean siblings(List<WorkItem> items) {
        EObject parent = items.get(0).eContainer();
        return parent != null && items.stream().allMatch(item -> item.eContainer() == parent);
    }

    private static EReference feature(EObject owner) {
        return owner instanceof Project ? FachwerkPackage.Literals.PROJECT__WORK_ITEMS
                : FachwerkPackage.Literals.WORK_ITEM__CHILDREN;
    }

    private static EList<?> list(EObject owner) {
        return (EList<?>) owner.eGet(feature(owner));
    }

    /**
     * Takes the items out of their lists and puts them, in the order given, into the owner's list at the index the
     * anchor has once they are out; undo puts each back where it was.
     */
    private static final class MoveItems extends AbstractCommand {
        private final List<WorkItem> items;
        private final EObject owner;
        private final int anchor;
        private final List<EObject> oldOwners = new ArrayList<>();
        private final List<Integer> oldIndices = new ArrayList<>();

        MoveItems(List<WorkItem> items, EObject owner, int anchor) {
            super("Move");
            this.items = items;
            this.owner = owner;
            this.anchor = anchor;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            oldOwners.clear();
            oldIndices.clear();
            int index = anchor;
            for (WorkItem item : items) {
                EObject from = item.eContainer();
                int at = list(from).indexOf(item);
                oldOwners.add(from);
                oldIndices.add(at);
                if (from == owner && at < anchor) {
                    index--;
                }
            }
            for (WorkItem item : items) {
                list(item.eContainer()).remove(item);
            }
            @SuppressWarnings("unchecked")
            EList<WorkItem> target = (EList<WorkItem>) list(owner);
            target.addAll(Math.min(index, target.size()), items);
        }

        @Override
        public void undo() {
            for (WorkItem item : items) {
                list(owner).remove(item);
            }
            // back in the order they were taken, each at its old index: lower indices first within one list
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Integer.compare(oldIndices.get(a), oldIndices.get(b)));
            for (int i : order) {
                @SuppressWarnings("unchecked")
                EList<WorkItem> list = (EList<WorkItem>) list(oldOwners.get(i));
                list.add(Math.min(oldIndices.get(i), list.size()), items.get(i));
            }
        }

        @Override
        public void redo() {
            execute();
        }

        @Override
        public Collection<?> getResult() {
            return items;
        }

        @Override
        public Collection<?> getAffectedObjects() {
            return items;
        }
    }
}
