package org.fachwerk.projects.ui.internal.deadlines;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Person;
import org.fachwerk.projects.core.ActualEffort;
import org.fachwerk.projects.core.Deadlines;
import org.fachwerk.projects.core.Deadlines.Due;
import org.fachwerk.projects.core.Deadlines.State;
import org.fachwerk.projects.core.Workload;
import org.fachwerk.projects.ui.internal.Messages;
import org.fachwerk.ui.Columns;
import org.fachwerk.ui.ModelLabels;
import org.fachwerk.ui.ModelRefresh;
import org.fachwerk.ui.Texts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * What is due across all projects, with a traffic light: red overdue, amber at risk (more to do than the assignees
 * have free until then), green on schedule. Sorted by due day; a click on a column header sorts by it (again:
 * the other way round); filtered by text and by light.
 */
public class DeadlinesPart {

    public static final String PART_ID = "org.fachwerk.projects.part.deadlines";
    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.deadlines";

    @Inject
    DepartmentSession session;

    private TableViewer viewer;
    private Text filter;
    private Combo light;
    private Comparator<Due> order = Comparator.comparing(Due::due);
    private List<Due> all = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        filter = Columns.searchField(parent, Messages.Deadlines_filter);
        filter.setData(WIDGET_KEY, "filter");
        light = new Combo(parent, SWT.READ_ONLY);
        light.setItems(Messages.Deadlines_all, Messages.Deadlines_overdue, Messages.Deadlines_atRisk,
                Messages.Deadlines_onSchedule);
        light.select(0);
        light.setData(WIDGET_KEY, "light");

        viewer = Columns.table(parent);
        viewer.getTable().setData(WIDGET_KEY, "table");
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        ModelLabels labels = new ModelLabels(session, viewer.getControl());
        column(Messages.Deadlines_state, 120, DeadlinesPart::stateText, Comparator.comparing(Due::state), true);
        column(Messages.Deadlines_due, 110, due -> Texts.date(due.due()), Comparator.comparing(Due::due), false);
        column(Messages.Column_name, 260, due -> due.item().getTitle(),
                Comparator.comparing(due -> due.item().getTitle(), String.CASE_INSENSITIVE_ORDER), false);
        column(Messages.Deadlines_project, 220, due -> labels.getText(due.project()),
                Comparator.comparing(due -> due.project() == null ? "" : due.project().getKey()), false);
        column(Messages.Column_people, 200, DeadlinesPart::people, Comparator.comparing(DeadlinesPart::people), false);
        column(Messages.Deadlines_toDo, 100, due -> Texts.hours(due.toDo()), Comparator.comparingDouble(Due::toDo), false);
        column(Messages.Deadlines_free, 100, due -> Texts.hours(due.free()), Comparator.comparingDouble(Due::free), false);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                return order.compare((Due) a, (Due) b);
            }
        });
        filter.addModifyListener(e -> refresh());
        light.addModifyListener(e -> refresh());
        recompute();
        ModelRefresh.whenChanged(session.department(), viewer.getControl(), this::recompute);
        ModelRefresh.whenCommitted(session, viewer.getControl(), this::recompute); // booked: remaining effort counts
    }

    private void column(String header, int width, Function<Due, String> text, Comparator<Due> sort, boolean colored) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.getColumn().setData(WIDGET_KEY, header);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Due) element);
            }

            @Override
            public Color getForeground(Object element) {
                return colored ? TrafficLight.color(viewer.getControl().getDisplay(), ((Due) element).state()) : null;
            }
        });
        column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn(), sort));
    }

    private void sortBy(TableColumn column, Comparator<Due> sort) {
        boolean again = viewer.getTable().getSortColumn() == column && viewer.getTable().getSortDirection() == SWT.UP;
        order = again ? sort.reversed() : sort;
        viewer.getTable().setSortColumn(column);
        viewer.getTable().setSortDirection(again ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    private static String stateText(Due due) {
        return "\u25cf " + switch (due.state()) {
        case OVERDUE -> Messages.Deadlines_overdue;
        case AT_RISK -> Messages.Deadlines_atRisk;
        case ON_SCHEDULE -> Messages.Deadlines_onSchedule;
        };
    }

    private static String people(Due due) {
        return due.item().getAssignees().stream().map(Person::getFullName).collect(Collectors.joining(", "));
    }

    /** Computes what is due again, after a change of the model. */
    private void recompute() {
        if (!viewer.getControl().isDisposed()) {
            all = Deadlines.of(session.department(), LocalDate.now(), Workload::calendar, ActualEffort.of(session));
            refresh();
        }
    }

    /** Shows what passes the filters; typing in the filter does not compute the deadlines again. */
    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        String text = filter.getText().trim().toLowerCase(Locale.ROOT);
        int chosen = light.getSelectionIndex();
        List<Due> due = all.stream()
                .filter(d -> chosen <= 0 || d.state() == State.values()[chosen - 1])
                .filter(d -> text.isEmpty() || (d.item().getTitle() + " " + people(d) + " "
                        + (d.project() == null ? "" : d.project().getKey() + " " + d.project().getName()))
                        .toLowerCase(Locale.ROOT).contains(text))
                .toList();
        viewer.setInput(due);
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
