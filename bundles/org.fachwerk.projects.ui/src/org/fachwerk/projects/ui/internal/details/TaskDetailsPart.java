package org.fachwerk.projects.ui.internal.details;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.ChecklistItem;
import org.fachwerk.model.Comment;
import org.fachwerk.model.Dependency;
import org.fachwerk.model.DependencyType;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.edit.ModelTexts;
import org.fachwerk.projects.ui.internal.Messages;
import org.fachwerk.projects.ui.internal.ProjectPermissions;
import org.fachwerk.ui.ModelRefresh;
import org.fachwerk.projects.core.Projects;
import org.fachwerk.ui.Texts;
import org.fachwerk.ui.Widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The work item selected in the explorer in detail: description, checklist, dependencies, assignees, required
 * qualifications, tags and comments (with author and time). Every change is an undoable command. Someone who may
 * not edit the item's project sees it read-only, with the reason in the tooltips.
 */
public class TaskDetailsPart {

    public static final String PART_ID = "org.fachwerk.projects.part.details";
    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.details";

    @Inject
    DepartmentSession session;

    private Composite form;
    private ScrolledComposite scrolled;
    private WorkItem item;
    /** Why the person may not change the shown item; null when they may. */
    private String whyNotEdit;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scrolled.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        build();
        ModelRefresh.whenChanged(session.department(), scrolled, this::build);
    }

    /** Follows the selection of the explorer; anything but a work item keeps what is shown. */
    @Inject
    public void selected(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (selection instanceof WorkItem selectedItem && selectedItem != item) {
            show(selectedItem);
        }
    }

    /** Shows the work item. */
    public void show(WorkItem shown) {
        item = shown;
        if (scrolled != null && !scrolled.isDisposed()) {
            build();
        }
    }

    private void build() {
        if (form != null) {
            form.dispose();
        }
        form = new Composite(scrolled, SWT.NONE);
        form.setLayout(new GridLayout(1, false));
        scrolled.setContent(form);
        if (item == null || item.eContainer() == null) {
            item = null;
            new Label(form, SWT.WRAP).setText(Messages.Details_nothing);
        } else {
            whyNotEdit = new ProjectPermissions(session).whyNotEdit(item);
            Label title = new Label(form, SWT.NONE);
            title.setText(item.getTitle());
            title.setData(WIDGET_KEY, "title");
            description();
            checklist();
            dependencies();
            choices(Messages.Details_assignees, "assignees", session.department().getPersons(),
                    Person::getFullName, FachwerkPackage.Literals.WORK_ITEM__ASSIGNEES);
            choices(Messages.Details_qualifications, "qualifications", session.department().getQualifications(),
                    q -> q.getName(), FachwerkPackage.Literals.WORK_ITEM__REQUIRED_QUALIFICATIONS);
            choices(Messages.Details_tags, "tags", session.department().getTags(), t -> t.getName(),
                    FachwerkPackage.Literals.WORK_ITEM__TAGS);
            comments();
        }
        scrolled.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        scrolled.layout(true, true);
    }

    private Group group(String title) {
        Group group = new Group(form, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(4, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    /** Lays the control out over the columns, this high, under the key that tests find it by. */
    private static <T extends Control> T sized(T control, int columns, int height, String key) {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, columns, 1);
        data.heightHint = height;
        control.setLayoutData(data);
        control.setData(WIDGET_KEY, key);
        return control;
    }

    private static void fill(Control control, int columns) {
        control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1));
    }

    private void description() {
        Group group = group(Messages.Details_description);
        Text text = editor(sized(new Text(group, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), 4, 60,
                "description"));
        text.setText(Objects.requireNonNullElse(item.getDescription(), ""));
        // written when the field is left, as one change
        text.addListener(SWT.FocusOut, e -> set(item, FachwerkPackage.Literals.WORK_ITEM__DESCRIPTION,
                text.getText().isBlank() ? null : text.getText()));
    }

    private void checklist() {
        Group group = group(Messages.Details_checklist);
        Table table = checks(sized(new Table(group, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION), 4, 80,
                "checklist"));
        for (ChecklistItem check : item.getChecklist()) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(check.getText());
            row.setChecked(check.isDone());
            row.setData(check);
        }
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item.getData() instanceof ChecklistItem check) {
                set(check, FachwerkPackage.Literals.CHECKLIST_ITEM__DONE, ((TableItem) e.item).getChecked());
            }
        });
        Text next = editor(new Text(group, SWT.BORDER));
        next.setMessage(Messages.Details_newCheck);
        fill(next, 2);
        next.setData(WIDGET_KEY, "newCheck");
        Button add = editor(button(group, Messages.Details_add, "addCheck"));
        Runnable addCheck = () -> {
            if (!next.getText().isBlank()) {
                ChecklistItem check = FachwerkFactory.eINSTANCE.createChecklistItem();
                check.setText(next.getText().trim());
                execute(AddCommand.create(session.editingDomain(), item, FachwerkPackage.Literals.WORK_ITEM__CHECKLIST,
                        check));
            }
        };
        add.addListener(SWT.Selection, e -> addCheck.run());
        next.addListener(SWT.DefaultSelection, e -> addCheck.run());
        Button remove = editor(button(group, Messages.Details_remove, "removeCheck"));
        remove.addListener(SWT.Selection, e -> {
            if (table.getSelectionCount() > 0) {
                execute(RemoveCommand.create(session.editingDomain(), item,
                        FachwerkPackage.Literals.WORK_ITEM__CHECKLIST, table.getSelection()[0].getData()));
            }
        });
    }

    private void dependencies() {
        Group group = group(Messages.Details_dependencies);
        Table table = sized(new Table(group, SWT.BORDER | SWT.FULL_SELECTION), 4, 70, "dependencies");
        for (Dependency dependency : item.getDependencies()) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(NLS.bind(Messages.Details_dependency, new Object[] {
                    dependency.getPredecessor() == null ? "?" : dependency.getPredecessor().getTitle(),
                    ModelTexts.of(dependency.getType()), dependency.getLagDays() }));
            row.setData(dependency);
        }
        List<WorkItem> candidates = new ArrayList<>();
        Project project = Projects.of(item);
        if (project != null) {
            project.eAllContents().forEachRemaining(o -> {
                if (o instanceof WorkItem other && other != item) {
                    candidates.add(other);
                }
            });
        }
        Combo predecessor = editor(new Combo(group, SWT.READ_ONLY));
        candidates.forEach(other -> predecessor.add(other.getTitle()));
        predecessor.setData(WIDGET_KEY, "predecessor");
        Combo type = editor(new Combo(group, SWT.READ_ONLY));
        DependencyType.VALUES.forEach(each -> type.add(ModelTexts.of(each)));
        type.select(0);
        type.setData(WIDGET_KEY, "type");
        Spinner lag = editor(new Spinner(group, SWT.BORDER));
        lag.setValues(0, -365, 365, 0, 1, 5);
        lag.setData(WIDGET_KEY, "lag");
        Button add = editor(button(group, Messages.Details_add, "addDependency"));
        add.addListener(SWT.Selection, e -> {
            if (predecessor.getSelectionIndex() < 0) {
                return;
            }
            Dependency dependency = FachwerkFactory.eINSTANCE.createDependency();
            dependency.setPredecessor(candidates.get(predecessor.getSelectionIndex()));
            dependency.setType(DependencyType.get(type.getSelectionIndex()));
            dependency.setLagDays(lag.getSelection());
            execute(AddCommand.create(session.editingDomain(), item, FachwerkPackage.Literals.WORK_ITEM__DEPENDENCIES,
                    dependency));
        });
        Button remove = editor(button(group, Messages.Details_remove, "removeDependency"));
        remove.addListener(SWT.Selection, e -> {
            if (table.getSelectionCount() > 0) {
                execute(RemoveCommand.create(session.editingDomain(), item,
                        FachwerkPackage.Literals.WORK_ITEM__DEPENDENCIES, table.getSelection()[0].getData()));
            }
        });
    }

    /** A check list of the department's people, qualifications or tags for a many-valued reference. */
    private <T> void choices(String title, String id, List<T> all, Function<T, String> name, EReference feature) {
        Group group = group(title);
        Table table = checks(sized(new Table(group, SWT.CHECK | SWT.BORDER), 4, Math.min(100, 20 + 18 * all.size()),
                id));
        List<?> chosen = (List<?>) item.eGet(feature);
        for (T each : all) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(name.apply(each));
            row.setChecked(chosen.contains(each));
            row.setData(each);
        }
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                Object value = e.item.getData();
                execute(((TableItem) e.item).getChecked()
                        ? AddCommand.create(session.editingDomain(), item, feature, value)
                        : RemoveCommand.create(session.editingDomain(), item, feature, value));
            }
        });
    }

    private void comments() {
        Group group = group(Messages.Details_comments);
        for (Comment comment : item.getComments()) {
            Label head = new Label(group, SWT.NONE);
            head.setText((comment.getAuthor() == null ? "?" : comment.getAuthor().getFullName()) + ", "
                    + Texts.date(comment.getWritten().toLocalDate()) + " " + Texts.time(comment.getWritten().toLocalTime()));
            fill(head, 4);
            Label text = new Label(group, SWT.WRAP);
            text.setText(comment.getText());
            fill(text, 4);
        }
        Text next = editor(sized(new Text(group, SWT.BORDER | SWT.MULTI | SWT.WRAP), 3, 40, "newComment"));
        Button add = editor(button(group, Messages.Details_comment, "addComment"));
        add.addListener(SWT.Selection, e -> {
            if (next.getText().isBlank()) {
                return;
            }
            Person author = session.actorPerson();
            if (author == null) {
                MessageDialog.openWarning(form.getShell(), Messages.Edit_refused,
                        NLS.bind(Messages.Details_unknownAuthor, session.actor()));
                return;
            }
            Comment comment = FachwerkFactory.eINSTANCE.createComment();
            comment.setAuthor(author);
            comment.setWritten(LocalDateTime.now().withNano(0));
            comment.setText(next.getText().trim());
            execute(AddCommand.create(session.editingDomain(), item, FachwerkPackage.Literals.WORK_ITEM__COMMENTS,
                    comment));
        });
    }

    /** A control that changes the item: usable only by those who may edit it, else it says why not. */
    private <T extends Control> T editor(T control) {
        Widgets.allow(control, whyNotEdit == null, whyNotEdit);
        return control;
    }

    /** A check table whose ticks change the item: ticked only by those who may edit it, before its own listener. */
    private Table checks(Table table) {
        Widgets.allowChecks(table, whyNotEdit == null, whyNotEdit);
        return table;
    }

    private static Button button(Composite parent, String text, String id) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WIDGET_KEY, id);
        return button;
    }

    private void set(Object owner, EStructuralFeature feature, Object value) {
        if (owner != null && !Objects.equals(((org.eclipse.emf.ecore.EObject) owner).eGet(feature), value)) {
            execute(SetCommand.create(session.editingDomain(), owner, feature, value));
        }
    }

    /** Runs the change; keys such as Enter in a read-only field must not change an item the person may not edit. */
    private void execute(Command command) {
        if (whyNotEdit == null) {
            session.commandStack().execute(command);
        }
    }

    public WorkItem shown() {
        return item;
    }

    @Focus
    public void setFocus() {
        form.setFocus();
    }
}
