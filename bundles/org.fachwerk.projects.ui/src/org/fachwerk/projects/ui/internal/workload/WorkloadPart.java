package org.fachwerk.projects.ui.internal.workload;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
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
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Label;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Qualification;
import org.fachwerk.model.WorkItem;
import org.fachwerk.projects.core.Workload;
import org.fachwerk.projects.core.Workload.Week;
import org.fachwerk.projects.ui.internal.Messages;
import org.fachwerk.projects.ui.internal.ProjectPermissions;
import org.fachwerk.ui.Columns;
import org.fachwerk.ui.ModelLabels;
import org.fachwerk.ui.ModelRefresh;
import org.fachwerk.projects.core.ActualEffort;
import org.fachwerk.projects.core.Projects;
import org.fachwerk.ui.Texts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Who has how much to do in the next twelve weeks: a row per person (filtered by qualification), a column per week
 * with planned hours against capacity, over-allocated weeks red; the selected person's load as a chart and their
 * open tasks below. Dragging one of those tasks onto another person's row gives it to them (undoably), and both
 * rows change; only the tasks of projects the person may edit are given away, the others say why in a tooltip.
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
    private TableViewer tasks;
    private List<Qualification> qualifications = List.of();
    private Map<Person, List<Week>> load = Map.of();
    private ProjectPermissions permissions;

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
        tasks = Columns.table(parent);
        tasks.getTable().setData(WIDGET_KEY, "tasks");
        GridData tasksData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        tasksData.heightHint = 120;
        tasks.getTable().setLayoutData(tasksData);
        ModelLabels labels = new ModelLabels(session, tasks.getControl());
        Columns.add(tasks, Messages.Column_name, 260, WorkItem.class, WorkItem::getTitle);
        Columns.add(tasks, Messages.Deadlines_project, 200, WorkItem.class, item -> labels.getText(Projects.of(item)));
        Columns.add(tasks, Messages.Column_start, 110, WorkItem.class, item -> Texts.date(item.getPlannedStart()));
        Columns.add(tasks, Messages.Column_end, 110, WorkItem.class, item -> Texts.date(item.getPlannedEnd()));
        Columns.add(tasks, Messages.Column_effort, 110, WorkItem.class, item -> Texts.hours(item.getPlannedEffort()));
        tasks.setContentProvider(ArrayContentProvider.getInstance());
        permissions = new ProjectPermissions(session);
        tasks.addSelectionChangedListener(e -> tasks.getTable().setToolTipText(
                selectedTask() == null ? null : permissions.whyNotEdit(selectedTask())));
        giveToMenu();
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        tasks.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(tasks.getSelection());
                event.doit = selectedTask() != null && permissions.whyNotEdit(selectedTask()) == null;
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                return target instanceof Person;
            }

            @Override
            public boolean performDrop(Object data) {
                Object dragged = ((IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection())
                        .getFirstElement();
                return dragged instanceof WorkItem task && selectedPerson() != null
                        && reassign(task, selectedPerson(), (Person) getCurrentTarget());
            }
        });
        viewer.addSelectionChangedListener(e -> showChart());
        qualification.addModifyListener(e -> refresh());
        fillQualifications();
        refresh();
        ModelRefresh.whenChanged(session.department(), viewer.getControl(), () -> {
            fillQualifications();
            refresh();
        });
        ModelRefresh.whenCommitted(session, viewer.getControl(), this::refresh); // a booking turns planned to remaining
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
                Workload::calendar, ActualEffort.of(session));
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

    private WorkItem selectedTask() {
        return tasks.getStructuredSelection().getFirstElement() instanceof WorkItem task ? task : null;
    }

    private Person selectedPerson() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Person person ? person : null;
    }

    private void showChart() {
        Person person = selectedPerson();
        if (person != null) {
            chart.show(person.getFullName(), load.getOrDefault(person, List.of()));
            LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY);
            LocalDate last = monday.plusWeeks(WEEKS).minusDays(1);
            List<WorkItem> open = new ArrayList<>();
            for (Project project : session.department().getProjects()) {
                project.eAllContents().forEachRemaining(o -> {
                    if (o instanceof WorkItem item && item.isLeaf() && item.getAssignees().contains(person)
                            && item.isOpen()
                            && item.getPlannedEnd() != null && !item.getPlannedEnd().isBefore(monday)
                            && item.getPlannedStart() != null && !item.getPlannedStart().isAfter(last)) {
                        open.add(item);
                    }
                });
            }
            tasks.setInput(open);
        } else {
            chart.show("", List.of());
            tasks.setInput(List.of());
        }
    }

    /**
     * Gives the task of one person to another, as dropping it on their row does; both rows change. False when
     * there is nothing to change or the person may not edit the task's project.
     */
    public boolean reassign(WorkItem task, Person from, Person to) {
        if (from == to || !task.getAssignees().contains(from) || permissions.whyNotEdit(task) != null) {
            return false;
        }
        CompoundCommand change = new CompoundCommand(Messages.Workload_reassign);
        change.append(RemoveCommand.create(session.editingDomain(), task, FachwerkPackage.Literals.WORK_ITEM__ASSIGNEES,
                from));
        if (!task.getAssignees().contains(to)) {
            change.append(AddCommand.create(session.editingDomain(), task, FachwerkPackage.Literals.WORK_ITEM__ASSIGNEES,
                    to));
        }
        session.commandStack().execute(change);
        return true;
    }

    /**
     * The keyboard's way to reassign (the menu key or Shift+F10 on a task): "Give to" with the other people of the
     * department, the same as dragging the task onto their row.
     */
    private void giveToMenu() {
        Menu menu = new Menu(tasks.getTable());
        MenuItem giveTo = new MenuItem(menu, SWT.CASCADE);
        giveTo.setText(Messages.Workload_giveTo);
        Menu people = new Menu(giveTo);
        giveTo.setMenu(people);
        people.setData(WIDGET_KEY, "giveTo");
        menu.addListener(SWT.Show, e -> giveTo.setEnabled(selectedTask() != null
                && permissions.whyNotEdit(selectedTask()) == null));
        people.addListener(SWT.Show, e -> {
            for (MenuItem item : people.getItems()) {
                item.dispose();
            }
            Person from = selectedPerson();
            for (Person person : session.department().getPersons()) {
                if (person != from) {
                    MenuItem item = new MenuItem(people, SWT.PUSH);
                    item.setText(person.getFullName());
                    item.addListener(SWT.Selection, chosen -> {
                        if (tasks.getStructuredSelection().getFirstElement() instanceof WorkItem task) {
                            reassign(task, selectedPerson(), person);
                        }
                    });
                }
            }
        });
        tasks.getTable().setMenu(menu);
    }

    /** The open tasks of the selected person shown below the chart. */
    @SuppressWarnings("unchecked")
    public List<WorkItem> tasksShown() {
        return (List<WorkItem>) tasks.getInput();
    }

    public LoadChart chart() {
        return chart;
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
