package org.fachwerk.projects.ui.internal.structure;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.edit.ModelTexts;
import org.fachwerk.projects.core.ActualEffort;
import org.fachwerk.projects.core.Rollup;
import org.fachwerk.projects.core.StructureCommands;
import org.fachwerk.projects.ui.internal.Messages;
import org.fachwerk.ui.Columns;
import org.fachwerk.ui.ModelLabels;
import org.fachwerk.ui.ModelRefresh;
import org.fachwerk.ui.Texts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The department's projects, grouped by status (active first), with their structure trees of work packages, tasks
 * and milestones. Double-click or Alt+Enter on a project opens its properties.
 */
public class ProjectsPart {

    public static final String PART_ID = "org.fachwerk.projects.part.explorer";
    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.projects";

    @Inject
    DepartmentSession session;

    @Inject
    ESelectionService selection;

    @Inject
    ECommandService commands;

    @Inject
    EHandlerService handlers;

    @Inject
    StructureCommands structure;

    /** The hours booked per work item and project, computed again after changes of bookings or of the structure. */
    private ActualEffort actual;

    /** The order of the groups: what is being worked on first. */
    private static final List<ProjectStatus> GROUP_ORDER = List.of(ProjectStatus.ACTIVE, ProjectStatus.PLANNED,
            ProjectStatus.DRAFT, ProjectStatus.COMPLETED, ProjectStatus.ARCHIVED);

    /** A row grouping the projects of one status. */
    record StatusGroup(ProjectStatus status) {
    }

    private TreeViewer viewer;
    private Text filter;
    private StructureEditing editing;
    private ModelLabels labels;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        filter = Columns.searchField(parent, Messages.Filter_hint);
        filter.setData(WIDGET_KEY, "filter");

        actual = ActualEffort.of(session);
        viewer = Columns.tree(parent);
        viewer.getTree().setData(WIDGET_KEY, "tree");
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        labels = new ModelLabels(session, viewer.getControl());
        editing = new StructureEditing(viewer, session, structure);
        editing.editTitle(Columns.add(viewer, Messages.Column_name, 320, Object.class, this::name, labels::getImage));
        editing.editStatus(Columns.add(viewer, Messages.Column_status, 110, Object.class, row -> row instanceof Project p
                ? ModelTexts.of(p.getStatus()) : row instanceof WorkItem item ? ModelTexts.of(item.getStatus()) : ""));
        editing.editDate(Columns.add(viewer, Messages.Column_start, 110, Object.class, row -> row instanceof Project p
                ? Texts.date(p.getStart()) : row instanceof WorkItem item ? Texts.date(Rollup.plannedStart(item)) : ""),
                FachwerkPackage.Literals.WORK_ITEM__PLANNED_START);
        editing.editDate(Columns.add(viewer, Messages.Column_end, 110, Object.class, row -> row instanceof Project p
                ? Texts.date(p.getEnd()) : row instanceof WorkItem item ? Texts.date(Rollup.plannedEnd(item)) : ""),
                FachwerkPackage.Literals.WORK_ITEM__PLANNED_END);
        // planned, booked and remaining effort side by side, rolled up to packages and projects
        editing.editHours(Columns.add(viewer, Messages.Column_effort, 110, Object.class,
                row -> hoursOrBlank(row, Rollup::plannedEffort)), FachwerkPackage.Literals.WORK_ITEM__PLANNED_EFFORT);
        ((TreeViewerColumn) Columns.add(viewer, Messages.Column_actual, 110, Object.class, row -> row instanceof Project p
                ? hoursOrBlank(actual.hours(p)) : row instanceof WorkItem item ? hoursOrBlank(actual.hours(item)) : ""))
                .getColumn().setToolTipText(Messages.Column_actual_source); // the number is a sum, not the bookings
        editing.editHours(Columns.add(viewer, Messages.Column_remaining, 110, Object.class,
                row -> hoursOrBlank(row, Rollup::remainingEffort)), FachwerkPackage.Literals.WORK_ITEM__REMAINING_EFFORT);
        editing.editAssignee(Columns.add(viewer, Messages.Column_people, 220, Object.class, ProjectsPart::people));
        viewer.setContentProvider(new StructureContent());
        viewer.addFilter(new TextFilter());
        viewer.setInput(session.department());
        viewer.expandToLevel(3);
        viewer.addSelectionChangedListener(e -> selection.setSelection(((IStructuredSelection) e.getSelection()).getFirstElement()));
        viewer.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Project) {
                handlers.executeHandler(commands.createCommand(PROPERTIES_COMMAND, null));
            }
        });
        filter.addModifyListener(e -> {
            viewer.refresh();
            if (!filter.getText().isBlank()) {
                viewer.expandAll();
            }
        });
        AtomicBoolean bookingsChanged = new AtomicBoolean();
        ModelRefresh.whenChanged(session.department(), viewer.getControl(), change -> {
            if (ActualEffort.dependsOn(change)) {
                bookingsChanged.set(true);
            }
        }, () -> {
            if (bookingsChanged.getAndSet(false)) {
                actual = ActualEffort.of(session);
            }
            viewer.refresh();
        });
        ModelRefresh.whenCommitted(session, viewer.getControl(), () -> {
            actual = ActualEffort.of(session); // the store's sums are of what is committed
            viewer.refresh();
        });
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Starts editing a cell of a work item, as F2 (on the title) or a double-click do. */
    public void edit(WorkItem item, int column) {
        viewer.editElement(item, column);
    }

    /** Moves work items before, after or into a target, as dropping them there does; false when it cannot be. */
    public boolean drop(List<WorkItem> items, Object target, StructureCommands.Position where) {
        return editing.drop(items, target, where);
    }

    /** Selects and shows a project or work item. */
    public void reveal(Object element) {
        viewer.refresh();
        viewer.setSelection(new StructuredSelection(element), true);
    }

    private static String hoursOrBlank(double hours) {
        return hours > 0 ? Texts.hours(hours) : "";
    }

    /** A work item's effort, or its sum over a project's items. */
    private static String hoursOrBlank(Object row, ToDoubleFunction<WorkItem> effort) {
        if (row instanceof Project project) {
            return hoursOrBlank(project.getWorkItems().stream().mapToDouble(effort).sum());
        }
        return row instanceof WorkItem item ? hoursOrBlank(effort.applyAsDouble(item)) : "";
    }

    /** The command that opens a project's properties. */
    static final String PROPERTIES_COMMAND = "org.fachwerk.projects.command.properties";
    private String name(Object row) {
        if (row instanceof StatusGroup group) {
            return NLS.bind(Messages.Group_label, ModelTexts.of(group.status()), projects(group).size());
        }
        return labels.getText(row);
    }

    private static String people(Object row) {
        if (row instanceof Project p) {
            return p.getOwner() == null ? "" : p.getOwner().getFullName();
        }
        return row instanceof WorkItem item
                ? item.getAssignees().stream().map(Person::getFullName).collect(Collectors.joining(", ")) : "";
    }

    private List<Project> projects(StatusGroup group) {
        return session.department().getProjects().stream().filter(p -> p.getStatus() == group.status())
                .sorted(Comparator.comparing(Project::getKey, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** Status groups, then their projects, then each project's work item tree. */
    private final class StructureContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return GROUP_ORDER.stream().map(StatusGroup::new).filter(group -> !projects(group).isEmpty()).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof StatusGroup group) {
                return projects(group).toArray();
            }
            List<WorkItem> children = parent instanceof Project p ? p.getWorkItems() : ((WorkItem) parent).getChildren();
            return children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof Project project) {
                return new StatusGroup(project.getStatus());
            }
            return element instanceof WorkItem item ? item.eContainer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    /** Keeps rows whose name, or a descendant's name, contains the filter text. */
    private final class TextFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            String text = filter.getText().trim().toLowerCase(Locale.ROOT);
            return text.isEmpty() || matches(element, text);
        }

        private boolean matches(Object element, String text) {
            if (name(element).toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
            if (element instanceof StatusGroup group) {
                return projects(group).stream().anyMatch(project -> matches(project, text));
            }
            List<WorkItem> children = element instanceof Project p ? p.getWorkItems() : ((WorkItem) element).getChildren();
            return children.stream().anyMatch(child -> matches(child, text));
        }
    }
}
