package org.fachwerk.projects.ui.internal.gantt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.projects.core.CriticalPath;
import org.fachwerk.projects.core.ProjectSchedule;
import org.fachwerk.projects.core.Rescheduling;
import org.fachwerk.projects.core.WorkingCalendar;
import org.fachwerk.projects.ui.internal.Messages;
import org.fachwerk.projects.ui.internal.ProjectPermissions;
import org.fachwerk.ui.ModelLabels;
import org.fachwerk.ui.ModelRefresh;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * A project's Gantt chart with its critical path; dragging a task reschedules what depends on it, undoably. A
 * circle of dependencies is named above the chart instead of a critical path. The tasks of a project the person
 * may not edit are not dragged; the chart says why.
 */
public class GanttPart {

    public static final String PART_ID = "org.fachwerk.projects.part.gantt";
    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = GanttChart.WIDGET_KEY;

    @Inject
    DepartmentSession session;

    private Combo project;
    private Combo zoom;
    private Label problem;
    private GanttChart chart;
    private ModelLabels labels;
    private ProjectPermissions permissions;
    private List<Project> projects = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(5, false));
        new Label(parent, SWT.NONE).setText(Messages.Gantt_project);
        project = new Combo(parent, SWT.READ_ONLY);
        project.setData(WIDGET_KEY, "project");
        new Label(parent, SWT.NONE).setText(Messages.Gantt_zoom);
        zoom = new Combo(parent, SWT.READ_ONLY);
        zoom.setItems(Messages.Gantt_days, Messages.Gantt_weeks, Messages.Gantt_months);
        zoom.select(1);
        zoom.setData(WIDGET_KEY, "zoom");
        problem = new Label(parent, SWT.NONE);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        permissions = new ProjectPermissions(session);
        chart = new GanttChart(parent, this::move, item -> permissions.whyNotEdit(item) == null);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        labels = new ModelLabels(session, chart);
        fillProjects();
        project.select(0);
        project.addModifyListener(e -> refresh());
        zoom.addModifyListener(e -> chart.setZoom(GanttChart.Zoom.values()[zoom.getSelectionIndex()]));
        refresh();
        ModelRefresh.whenChanged(session.department(), chart, () -> {
            fillProjects();
            refresh();
        });
    }

    private void fillProjects() {
        projects = List.copyOf(session.department().getProjects());
        int chosen = Math.max(0, project.getSelectionIndex());
        List<String> names = new ArrayList<>();
        projects.forEach(each -> names.add(labels.getText(each)));
        project.setItems(names.toArray(String[]::new));
        project.select(Math.min(chosen, names.size() - 1));
    }

    private Project chosen() {
        int index = project.getSelectionIndex();
        return index < 0 || index >= projects.size() ? null : projects.get(index);
    }

    /** Shows the chosen project with its critical path. */
    public void refresh() {
        if (chart.isDisposed()) {
            return;
        }
        Project shown = chosen();
        Set<WorkItem> critical = Set.of();
        problem.setText("");
        if (shown != null) {
            try {
                critical = ProjectSchedule.of(shown, calendar()).critical();
            } catch (CriticalPath.CycleException e) {
                problem.setText(e.getMessage());
            }
        }
        problem.getParent().layout();
        chart.setCalendar(calendar());
        chart.setProject(shown, critical, shown == null ? List.of() : session.bookingsOn(shown));
        chart.setToolTipText(shown == null ? null : permissions.whyNotEdit(shown));
    }

    private void move(WorkItem item, LocalDate[] period) {
        if (permissions.whyNotEdit(item) != null) {
            return; // the chart moves only the tasks the person may move
        }
        Command command = Rescheduling.move(item, period[0], period[1], calendar());
        if (command.canExecute()) {
            session.commandStack().execute(command);
        }
    }

    /** Plans count in the department's working days: weekdays without its state's public holidays. */
    private WorkingCalendar calendar() {
        return WorkingCalendar.of(session.department().getFederalState(), Set.of());
    }

    /** Shows the project, as choosing it above the chart does. */
    public void show(Project shown) {
        project.select(projects.indexOf(shown));
        refresh();
    }

    public GanttChart chart() {
        return chart;
    }

    @Focus
    public void setFocus() {
        chart.setFocus();
    }
}
