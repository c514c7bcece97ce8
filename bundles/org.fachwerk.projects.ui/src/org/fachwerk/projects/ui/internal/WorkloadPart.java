package org.fachwerk.projects.ui.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Person;
import org.fachwerk.model.Qualification;
import org.fachwerk.projects.core.Workload;
import org.fachwerk.projects.core.Workload.Week;
import org.fachwerk.ui.Columns;
import org.fachwerk.ui.ModelRefresh;
import org.fachwerk.ui.Texts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Who has how much to do in the next twelve weeks: a row per person (filtered by qualification), a column per week
 * with planned hours against capacity, over-allocated weeks red; the selected person's load as a chart below.
 */
public class WorkloadPart {

    public static final String PART_ID = "org.fachwerk.projects.part.workload";
    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.workload";
    static final int WEEKS = 12;

    @Inject
    DepartmentSession session;

    private Combo qualification;
    private TableViewer viewer;
    private LoadChart chart;
    private List<Qualification> qualifications = List.of();
    private Map<Person, List<Week>> load = Map.of();

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText(Messages.Workload_qualification);
        qualification = new Combo(parent, SWT.READ_ONLY);
        qualification.setData(WIDGET_KEY, "qualification");
        viewer = Columns.table(parent);
        viewer.getTable().setData(WIDGET_KEY, "table");
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        viewer.getTable().setLayoutData(tableData);
        Columns.add(viewer, Messages.Workload_person, 180, Person.class, Person::getFullName);
        LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY);
        for (int i = 0; i < WEEKS; i++) {
            int week = i;
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.RIGHT);
            column.getColumn().setText(Texts.date(monday.plusWeeks(i)));
            column.getColumn().setWidth(96);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    Week each = weekOf(element, week);
                    return each == null ? "" : Math.round(each.planned()) + " / " + Math.round(each.capacity());
                }

                @Override
                public Color getBackground(Object element) {
                    Week each = weekOf(element, week);
                    return each != null && each.overAllocated()
                            ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        chart = new LoadChart(parent);
        GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        chartData.heightHint = 180;
        chart.setLayoutData(chartData);
        viewer.addSelectionChangedListener(e -> showChart());
        qualification.addModifyListener(e -> refresh());
        fillQualifications();
        refresh();
        ModelRefresh.whenChanged(session.department(), viewer.getControl(), () -> {
            fillQualifications();
            refresh();
        });
    }

    private Week weekOf(Object element, int week) {
        List<Week> weeks = load.get(element);
        return weeks == null || week >= weeks.size() ? null : weeks.get(week);
    }

    private void fillQualifications() {
        qualifications = List.copyOf(session.department().getQualifications());
        int chosen = Math.max(0, qualification.getSelectionIndex());
        List<String> names = new ArrayList<>(List.of(Messages.Workload_anyQualification));
        qualifications.forEach(each -> names.add(each.getName()));
        qualification.setItems(names.toArray(String[]::new));
        qualification.select(Math.min(chosen, names.size() - 1));
    }

    /** Computes the load again and shows the people with the chosen qualification. */
    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY);
        load = Workload.of(session.department(), monday, monday.plusWeeks(WEEKS - 1),
                person -> Workload.calendar(person, Set.of()));
        int chosen = qualification.getSelectionIndex();
        Qualification needed = chosen > 0 ? qualifications.get(chosen - 1) : null;
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        viewer.setInput(session.department().getPersons().stream()
                .filter(person -> needed == null || person.getQualifications().contains(needed)).toList());
        if (selected != null) {
            viewer.setSelection(new StructuredSelection(selected));
        }
        showChart();
    }

    private void showChart() {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (selected instanceof Person person) {
            chart.show(person.getFullName(), load.getOrDefault(person, List.of()));
        } else {
            chart.show("", List.of());
        }
    }

    public LoadChart chart() {
        return chart;
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
