package org.fachwerk.app.internal;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.core.PeopleAdministration;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Person;
import org.fachwerk.model.Qualification;
import org.fachwerk.model.Role;
import org.fachwerk.model.WorkingTimeRuleSet;
import org.fachwerk.model.edit.ModelTexts;
import org.fachwerk.ui.CheckedDialog;
import org.fachwerk.ui.Texts;

/**
 * A new person, or one person's names, role, weekly capacity, federal state, working-time rules and qualifications.
 * Every entry is checked as it is typed; OK is only possible when all are valid, and gives one undoable command,
 * with the change of the role (or the new person) on the record. A person's login names their account and is not
 * changed here. Only Admins open it (the People view enables it for them).
 */
public final class PersonDialog extends CheckedDialog {

    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.person";

    private final DepartmentSession session;
    private final Department department;
    /** The person edited; null for a new one. */
    private final Person person;
    private final List<WorkingTimeRuleSet> ruleSets;
    private Text login;
    private Text firstName;
    private Text lastName;
    private Combo role;
    private Text capacity;
    private Combo state;
    private Combo ruleSet;
    private CheckboxTableViewer qualifications;
    private Command command;
    private Person created;

    PersonDialog(Shell shell, DepartmentSession session, Person person) {
        super(shell, WIDGET_KEY);
        this.session = session;
        this.department = session.department();
        this.person = person;
        this.ruleSets = List.copyOf(department.getRuleSets());
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(person == null ? Messages.Person_newTitle : Messages.Person_editTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(person == null ? Messages.Person_newTitle : person.getFullName() + " (" + person.getLogin() + ")");
        setMessage(Messages.Person_message);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        login = text(form, Messages.Person_login, person == null ? "" : person.getLogin(), "login", SWT.BORDER);
        login.setEditable(person == null);
        if (person != null) {
            login.setToolTipText(Messages.Person_loginFixed);
        }
        firstName = text(form, Messages.Person_firstName, person == null ? "" : person.getFirstName(), "firstName", SWT.BORDER);
        lastName = text(form, Messages.Person_lastName, person == null ? "" : person.getLastName(), "lastName", SWT.BORDER);

        label(form, Messages.Person_role);
        role = combo(form, "role");
        Role.VALUES.forEach(r -> role.add(ModelTexts.of(r)));
        role.select((person == null ? Role.MEMBER : person.getRole()).getValue());

        double hours = person == null ? FachwerkFactory.eINSTANCE.createPerson().getWeeklyCapacity()
                : person.getWeeklyCapacity();
        capacity = text(form, Messages.Person_capacity, Texts.number(hours), "capacity", SWT.BORDER);

        label(form, Messages.Person_state);
        state = combo(form, "state");
        state.add(Messages.Person_none);
        FederalState.VALUES.forEach(s -> state.add(ModelTexts.of(s)));
        FederalState current = person == null ? department.getFederalState() : person.getFederalState();
        state.select(current == null ? 0 : current.getValue() + 1);

        label(form, Messages.Person_ruleSet);
        ruleSet = combo(form, "ruleSet");
        ruleSet.add(Messages.Person_none);
        ruleSets.forEach(r -> ruleSet.add(r.getName()));
        ruleSet.select(person == null || person.getRuleSet() == null ? 0 : ruleSets.indexOf(person.getRuleSet()) + 1);

        Label qualificationsLabel = label(form, Messages.Person_qualifications);
        qualificationsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        qualifications = CheckboxTableViewer.newCheckList(form, SWT.BORDER | SWT.V_SCROLL);
        qualifications.setContentProvider(ArrayContentProvider.getInstance());
        qualifications.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Qualification) element).getName();
            }
        });
        qualifications.setInput(List.copyOf(department.getQualifications()));
        if (person != null) {
            qualifications.setCheckedElements(person.getQualifications().toArray());
        }
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 120;
        qualifications.getTable().setLayoutData(listData);
        qualifications.getTable().setData(WIDGET_KEY, "qualifications");

        for (Text field : List.of(login, lastName, capacity)) {
            field.addModifyListener(e -> validate());
        }
        return area;
    }

    @Override
    protected String problem() {
        if (person == null) {
            String loginProblem = PeopleAdministration.loginProblem(department, login.getText());
            if (loginProblem != null) {
                return loginProblem;
            }
        }
        String nameProblem = PeopleAdministration.lastNameProblem(lastName.getText());
        if (nameProblem != null) {
            return nameProblem;
        }
        Double hours = hours(capacity.getText());
        if (hours == null) {
            return NLS.bind(Messages.Person_notHours, capacity.getText().strip(), Texts.number(39.5));
        }
        return PeopleAdministration.capacityProblem(hours);
    }

    /**
     * The hours typed, in the user's locale (39,5 in German) or with a decimal point; null when it is no number.
     */
    static Double hours(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setGroupingUsed(false);
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(trimmed, position);
        if (number != null && position.getIndex() == trimmed.length()) {
            return number.doubleValue();
        }
        try {
            return Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected void okPressed() {
        Role chosenRole = Role.get(role.getSelectionIndex());
        FederalState chosenState = state.getSelectionIndex() <= 0 ? null
                : FederalState.get(state.getSelectionIndex() - 1);
        WorkingTimeRuleSet chosenRules = ruleSet.getSelectionIndex() <= 0 ? null
                : ruleSets.get(ruleSet.getSelectionIndex() - 1);
        List<Qualification> chosenQualifications = new ArrayList<>();
        for (Object checked : qualifications.getCheckedElements()) {
            chosenQualifications.add((Qualification) checked);
        }
        double hours = hours(capacity.getText());
        String first = firstName.getText().isBlank() ? null : firstName.getText().strip();
        String last = lastName.getText().strip();
        if (person == null) {
            created = FachwerkFactory.eINSTANCE.createPerson();
            created.setLogin(login.getText().strip());
            created.setFirstName(first);
            created.setLastName(last);
            created.setRole(chosenRole);
            created.setWeeklyCapacity(hours);
            created.setFederalState(chosenState);
            created.setRuleSet(chosenRules);
            created.getQualifications().addAll(chosenQualifications);
            command = PeopleAdministration.createPerson(session.editingDomain(), session.actorPerson(), department,
                    created);
        } else {
            CompoundCommand changes = new CompoundCommand(Messages.Person_editTitle);
            set(changes, FachwerkPackage.Literals.PERSON__FIRST_NAME, first);
            set(changes, FachwerkPackage.Literals.PERSON__LAST_NAME, last);
            set(changes, FachwerkPackage.Literals.PERSON__WEEKLY_CAPACITY, hours);
            set(changes, FachwerkPackage.Literals.PERSON__FEDERAL_STATE, chosenState);
            set(changes, FachwerkPackage.Literals.PERSON__RULE_SET, chosenRules);
            if (!new HashSet<>(person.getQualifications()).equals(new HashSet<>(chosenQualifications))) {
                changes.append(SetCommand.create(session.editingDomain(), person,
                        FachwerkPackage.Literals.PERSON__QUALIFICATIONS, chosenQualifications));
            }
            if (chosenRole != person.getRole()) {
                changes.append(PeopleAdministration.changeRole(session.editingDomain(), session.actorPerson(), person,
                        chosenRole));
            }
            command = changes.isEmpty() ? null : changes;
        }
        super.okPressed();
    }

    private void set(CompoundCommand changes, EStructuralFeature feature, Object value) {
        if (!Objects.equals(person.eGet(feature), value)) {
            changes.append(SetCommand.create(session.editingDomain(), person, feature, value));
        }
    }

    /** The changes made, as one command; null when nothing changed or the dialog was cancelled. */
    Command command() {
        return command;
    }

    /** The new person, once OK was pressed on a dialog for one. */
    Person person() {
        return created;
    }
}
