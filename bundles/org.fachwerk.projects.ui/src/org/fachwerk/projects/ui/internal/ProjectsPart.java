package org.fachwerk.projects.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Department;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.ui.Columns;
import org.fachwerk.ui.Images;
import org.fachwerk.ui.ModelRefresh;
import org.fachwerk.ui.Texts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The department's projects with their structure trees of work packages, tasks and milestones. */
public class ProjectsPart {

    public static final String PART_ID = "org.fachwerk.projects.part.explorer";
    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.projects";

    @Inject
    DepartmentSession session;

    @Inject
    ESelectionService selection;

    private TreeViewer viewer;
    private Text filter;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        filter = Columns.searchField(parent, Messages.Filter_hint);
        filter.setData(WIDGET_KEY, "filter");

        viewer = Columns.tree(parent);
        viewer.getTree().setData(WIDGET_KEY, "tree");
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Columns.add(viewer, Messages.Column_name, 320, Object.class, ProjectsPart::name, ProjectsPart::image);
        Columns.add(viewer, Messages.Column_status, 110, Object.class,
                row -> row instanceof Project p ? Texts.of(p.getStatus()) : Texts.of(((WorkItem) row).getStatus()));
        Columns.add(viewer, Messages.Column_start, 110, Object.class,
                row -> Texts.date(row instanceof Project p ? p.getStart() : ((WorkItem) row).getPlannedStart()));
        Columns.add(viewer, Messages.Column_end, 110, Object.class,
                row -> Texts.date(row instanceof Project p ? p.getEnd() : ((WorkItem) row).getPlannedEnd()));
        Columns.add(viewer, Messages.Column_effort, 110, WorkItem.class,
                item -> item.getPlannedEffort() > 0 ? Texts.hours(item.getPlannedEffort()) : "");
        Columns.add(viewer, Messages.Column_people, 220, Object.class, ProjectsPart::people);
        viewer.setContentProvider(new StructureContent());
        viewer.addFilter(new TextFilter());
        viewer.setInput(session.department());
        viewer.expandToLevel(2);
        viewer.addSelectionChangedListener(e -> selection.setSelection(((IStructuredSelection) e.getSelection()).getFirstElement()));
        filter.addModifyListener(e -> {
            viewer.refresh();
            if (!filter.getText().isBlank()) {
                viewer.expandAll();
            }
        });
        ModelRefresh.whenChanged(session.department(), viewer.getControl(), viewer::refresh);
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Selects and shows a project or work item. */
    public void reveal(Object element) {
        viewer.refresh();
        viewer.setSelection(new StructuredSelection(element), true);
    }

    private static String name(Object row) {
        return row instanceof Project p ? p.getKey() + "  " + p.getName() : ((WorkItem) row).getTitle();
    }

    private static Image image(Object row) {
        return row instanceof Project ? Images.PROJECT.get() : Images.of((WorkItem) row);
    }

    private static String people(Object row) {
        if (row instanceof Project p) {
            return p.getOwner() == null ? "" : p.getOwner().getFullName();
        }
        return ((WorkItem) row).getAssignees().stream().map(Person::getFullName).collect(Collectors.joining(", "));
    }

    /** Department, then its projects, then each project's work item tree. */
    private static final class StructureContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((Department) input).getProjects().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            List<WorkItem> children = parent instanceof Project p ? p.getWorkItems() : ((WorkItem) parent).getChildren();
            return children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Project ? null : ((WorkItem) element).eContainer();
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
            List<WorkItem> children = element instanceof Project p ? p.getWorkItems() : ((WorkItem) element).getChildren();
            return children.stream().anyMatch(child -> matches(child, text));
        }
    }
}
