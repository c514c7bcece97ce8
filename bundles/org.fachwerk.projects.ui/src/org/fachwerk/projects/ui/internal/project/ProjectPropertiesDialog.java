package org.fachwerk.projects.ui.internal.project;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Access;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Membership;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.ProjectStatus;
import org.fachwerk.model.edit.ModelTexts;
import org.fachwerk.projects.ui.internal.Messages;
import org.fachwerk.projects.ui.internal.ProjectPermissions;
import org.fachwerk.ui.CheckedDialog;
import org.fachwerk.ui.ModelLabels;
import org.fachwerk.ui.Texts;
import org.fachwerk.ui.Widgets;

/**
 * A project's key, name, goals, status, owner, dates, confidentiality and members. Every entry is checked as it is
 * typed; OK is only possible when all are valid, and gives one undoable command with the changes. The properties
 * are editable for those who manage the project, the members also for administrators; otherwise they are shown
 * read-only, with the reason.
 */
public class ProjectPropertiesDialog extends CheckedDialog {

    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.projectProperties";

    private final Project project;
    private final DepartmentSession session;
    private final EditingDomain domain;
    private final List<Person> persons;
    private Text key;
    private Text name;
    private Text goals;
    private Combo status;
    private Combo owner;
    private Text start;
    private Text end;
    private Button confidential;
    private CheckboxTableViewer members;
    private Command command;
    /** Whether the person may change the properties and status, and the members; what they may not stays as is. */
    private boolean propertiesEditable;
    private boolean membersEditable;

    public ProjectPropertiesDialog(Shell shell, Project project, DepartmentSession session) {
        super(shell, WIDGET_KEY);
        this.project = project;
        this.session = session;
        this.domain = session.editingDomain();
        this.persons = List.copyOf(project.getDepartment().getPersons());
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Properties_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(new ModelLabels(session, area).getText(project));
        setMessage(Messages.Properties_message);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        key = text(form, Messages.Properties_key, project.getKey(), "key", SWT.BORDER);
        name = text(form, Messages.Properties_name, project.getName(), "name", SWT.BORDER);
        goals = text(form, Messages.Properties_goals, project.getGoals(), "goals",
                SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        ((GridData) goals.getLayoutData()).heightHint = 60;

        label(form, Messages.Properties_status);
        status = new Combo(form, SWT.READ_ONLY);
        for (ProjectStatus each : ProjectStatus.VALUES) {
            status.add(ModelTexts.of(each));
        }
        status.select(project.getStatus().getValue());
        status.setData(WIDGET_KEY, "status");

        label(form, Messages.Properties_owner);
        owner = new Combo(form, SWT.READ_ONLY);
        owner.add(Messages.Properties_noOwner);
        persons.forEach(person -> owner.add(person.getFullName()));
        owner.select(persons.indexOf(project.getOwner()) + 1);
        owner.setData(WIDGET_KEY, "owner");

        start = text(form, Messages.Properties_start, Texts.date(project.getStart()), "start", SWT.BORDER);
        end = text(form, Messages.Properties_end, Texts.date(project.getEnd()), "end", SWT.BORDER);

        new Label(form, SWT.NONE);
        confidential = new Button(form, SWT.CHECK);
        confidential.setText(Messages.Properties_confidential);
        confidential.setSelection(project.isConfidential());
        confidential.setData(WIDGET_KEY, "confidential");

        Label membersLabel = label(form, Messages.Properties_members);
        membersLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        members = CheckboxTableViewer.newCheckList(form, SWT.BORDER | SWT.V_SCROLL);
        members.setContentProvider(ArrayContentProvider.getInstance());
        members.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Person) element).getFullName();
            }
        });
        members.setInput(persons);
        members.setCheckedElements(project.getMemberships().stream().map(Membership::getPerson).toArray());
        GridData membersData = new GridData(SWT.FILL, SWT.FILL, true, true);
        membersData.heightHint = 120;
        members.getTable().setLayoutData(membersData);
        members.getTable().setData(WIDGET_KEY, "members");

        for (Text field : List.of(key, name, start, end)) {
            field.addModifyListener(e -> validate());
        }
        allowWhatThePersonMay();
        return area;
    }

    /** Makes read-only what the person may not change, and says why at the top of the dialog and in tooltips. */
    private void allowWhatThePersonMay() {
        ProjectPermissions permissions = new ProjectPermissions(session);
        String whyNotManage = permissions.whyNotManage(project);
        String whyNotMembers = permissions.whyNotManageMembers(project);
        propertiesEditable = whyNotManage == null;
        membersEditable = whyNotMembers == null;
        for (Control property : List.of(key, name, goals, status, owner, start, end, confidential)) {
            Widgets.allow(property, whyNotManage == null, whyNotManage);
        }
        Widgets.allowChecks(members.getTable(), whyNotMembers == null, whyNotMembers);
        String whyNot = whyNotManage != null ? whyNotManage : whyNotMembers;
        if (whyNot != null) {
            setMessage(whyNot, IMessageProvider.INFORMATION);
        }
    }

    @Override
    protected String problem() {
        if (key.getText().isBlank()) {
            return Messages.Properties_keyRequired;
        }
        for (Project other : project.getDepartment().getProjects()) {
            if (other != project && key.getText().trim().equals(other.getKey())) {
                return NLS.bind(Messages.Properties_keyTaken, other.getKey(), other.getName());
            }
        }
        if (name.getText().isBlank()) {
            return Messages.Properties_nameRequired;
        }
        LocalDate from;
        LocalDate to;
        try {
            from = date(Messages.Properties_start, start);
            to = date(Messages.Properties_end, end);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (from != null && to != null && to.isBefore(from)) {
            return NLS.bind(Messages.Properties_endBeforeStart, Texts.date(to), Texts.date(from));
        }
        return null;
    }

    /** The date in the field, null when it is empty. */
    private static LocalDate date(String field, Text text) {
        if (text.getText().isBlank()) {
            return null;
        }
        try {
            return Texts.parseDate(text.getText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Properties_notADate,
                    new Object[] { field.replace(":", ""), text.getText().trim(), Texts.date(LocalDate.now()) }), e);
        }
    }

    @Override
    protected void okPressed() {
        CompoundCommand changes = new CompoundCommand(Messages.Properties_title);
        if (propertiesEditable) {
            changeProperties(changes);
        }
        if (membersEditable) {
            changeMembers(changes);
        }
        command = changes.isEmpty() ? null : changes;
        super.okPressed();
    }

    private void changeProperties(CompoundCommand changes) {
        set(changes, FachwerkPackage.Literals.PROJECT__KEY, key.getText().trim());
        set(changes, FachwerkPackage.Literals.PROJECT__NAME, name.getText().trim());
        set(changes, FachwerkPackage.Literals.PROJECT__GOALS, goals.getText().isBlank() ? null : goals.getText());
        set(changes, FachwerkPackage.Literals.PROJECT__STATUS, ProjectStatus.get(status.getSelectionIndex()));
        set(changes, FachwerkPackage.Literals.PROJECT__OWNER,
                owner.getSelectionIndex() <= 0 ? null : persons.get(owner.getSelectionIndex() - 1));
        set(changes, FachwerkPackage.Literals.PROJECT__START, date(Messages.Properties_start, start));
        set(changes, FachwerkPackage.Literals.PROJECT__END, date(Messages.Properties_end, end));
        set(changes, FachwerkPackage.Literals.PROJECT__CONFIDENTIAL, confidential.getSelection());
    }

    private void changeMembers(CompoundCommand changes) {
        List<Object> checked = List.of(members.getCheckedElements());
        List<Membership> gone = new ArrayList<>();
        for (Membership membership : project.getMemberships()) {
            if (!checked.contains(membership.getPerson())) {
                gone.add(membership);
            }
        }
        if (!gone.isEmpty()) {
            changes.append(RemoveCommand.create(domain, project, FachwerkPackage.Literals.PROJECT__MEMBERSHIPS, gone));
        }
        for (Object person : checked) {
            if (project.getMemberships().stream().noneMatch(m -> m.getPerson() == person)) {
                Membership membership = FachwerkFactory.eINSTANCE.createMembership();
                membership.setPerson((Person) person);
                membership.setAccess(Access.EDIT);
                changes.append(AddCommand.create(domain, project, FachwerkPackage.Literals.PROJECT__MEMBERSHIPS,
                        membership));
            }
        }
    }

    private void set(CompoundCommand changes, EStructuralFeature feature, Object value) {
        if (!Objects.equals(project.eGet(feature), value)) {
            changes.append(SetCommand.create(domain, project, feature, value));
        }
    }

    /** The changes made, as one command; null when nothing changed or the dialog was cancelled. */
    public Command command() {
        return command;
    }
}
