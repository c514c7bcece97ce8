package org.fachwerk.app.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.core.PeopleAdministration;
import org.fachwerk.model.AuditEvent;
import org.fachwerk.model.Department;
import org.fachwerk.model.Membership;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Qualification;
import org.fachwerk.model.edit.ModelTexts;
import org.fachwerk.store.Accounts;
import org.fachwerk.ui.Columns;
import org.fachwerk.ui.ModelRefresh;
import org.fachwerk.ui.Texts;
import org.fachwerk.ui.Widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The department's people ("Personen"): login, name, role, account, weekly capacity, federal state, working-time
 * rules and qualifications, sortable by each column and filtered as one types; below the table the selected
 * person's project memberships. Enter or a double-click edits a person, Enter on a membership changes its access,
 * Delete removes it; the filter hands the focus to the table with the arrow down key.
 * <p>
 * Who may read: everyone, as the store lets everyone read people and roles, and the memberships of the projects
 * they see. Who may change: Admins ({@code session.rights().isAdmin()}) create people, change roles, capacities,
 * federal states, rule sets and qualifications, the members of every project, and disable, enable and reset
 * accounts; for everyone else the view is read-only and says so. The store enforces this for every commit
 * ({@code OrganisationRights} and the projects module's rules); the view only reflects it. Each change of a role,
 * a membership or an account is recorded as an audit event in the same commit ({@link PeopleAdministration}).
 */
public class PeoplePart {

    public static final String PART_ID = "org.fachwerk.app.part.people";
    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.people";

    @Inject
    DepartmentSession session;

    private TableViewer people;
    private TableViewer memberships;
    private Text filter;
    private Label readOnly;
    private Label membershipsTitle;
    private Button create;
    private Button edit;
    private Button account;
    private Button reset;
    private Button addMembership;
    private Button changeAccess;
    private Button removeMembership;
    /** The status of the people's accounts by person id, read from the store once per refresh. */
    private Map<String, Accounts.Status> accounts = Map.of();
    private int sortColumn;
    private int sortDirection = SWT.UP;

    /** A column of the people table: how a person shows in it and sorts by it. */
    private record PersonColumn(String header, int width, Function<Person, String> text, Comparator<Person> order) {
    }

    private List<PersonColumn> columns;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        readOnly = new Label(parent, SWT.WRAP);
        readOnly.setText(Messages.People_readOnly);
        readOnly.setData(WIDGET_KEY, "readOnly");
        readOnly.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter = Columns.searchField(parent, Messages.People_filter);
        filter.setData(WIDGET_KEY, "filter");

        Composite actions = buttonRow(parent);
        create = Widgets.button(actions, Messages.People_new, WIDGET_KEY, "new", this::createPerson);
        edit = Widgets.button(actions, Messages.People_edit, WIDGET_KEY, "edit", () -> editPerson(selectedPerson()));
        account = Widgets.button(actions, Messages.People_disable, WIDGET_KEY, "account", this::toggleAccount);
        reset = Widgets.button(actions, Messages.People_reset, WIDGET_KEY, "reset", this::resetPassword);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createPeopleTable(sash);
        createMembershipsArea(sash);
        sash.setWeights(3, 1);

        filter.addModifyListener(e -> people.refresh());
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                focusTable();
                e.doit = false;
            }
        });
        filter.addListener(SWT.DefaultSelection, e -> focusTable());
        ModelRefresh.whenChanged(session.department(), people.getControl(), this::refresh);
        refresh();
    }

    private static Composite buttonRow(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.marginLeft = 0;
        row.setLayout(layout);
        return row;
    }

    private void createPeopleTable(Composite parent) {
        people = Columns.table(parent);
        people.getTable().setData(WIDGET_KEY, "people");
        columns = List.of(
                new PersonColumn(Messages.People_login, 100, Person::getLogin, by(Person::getLogin)),
                new PersonColumn(Messages.People_name, 170, Person::getFullName,
                        by(Person::getLastName).thenComparing(by(Person::getFirstName))),
                new PersonColumn(Messages.People_role, 110, p -> ModelTexts.of(p.getRole()),
                        Comparator.comparing(Person::getRole)),
                new PersonColumn(Messages.People_account, 90, this::accountText, by(this::accountText)),
                new PersonColumn(Messages.People_capacity, 110, p -> Texts.hours(p.getWeeklyCapacity()),
                        Comparator.comparingDouble(Person::getWeeklyCapacity)),
                new PersonColumn(Messages.People_state, 130, p -> ModelTexts.of(p.getFederalState()),
                        by(p -> ModelTexts.of(p.getFederalState()))),
                new PersonColumn(Messages.People_ruleSet, 190, PeoplePart::ruleSet, by(PeoplePart::ruleSet)),
                new PersonColumn(Messages.People_qualifications, 260, PeoplePart::qualifications,
                        by(PeoplePart::qualifications)));
        for (int i = 0; i < columns.size(); i++) {
            PersonColumn column = columns.get(i);
            TableColumn header = ((TableViewerColumn) Columns.add(people, column.header(), column.width(),
                    Person.class, column.text())).getColumn();
            int index = i;
            header.addListener(SWT.Selection, e -> sortBy(index));
        }
        people.setContentProvider(new IStructuredContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((Department) input).getPersons().toArray();
            }
        });
        people.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer viewer, Object a, Object b) {
                int order = columns.get(sortColumn).order().compare((Person) a, (Person) b);
                return sortDirection == SWT.UP ? order : -order;
            }
        });
        people.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                String text = filter.getText().strip().toLowerCase(Locale.ROOT);
                return text.isEmpty() || columns.stream().map(c -> c.text().apply((Person) element))
                        .anyMatch(value -> value != null && value.toLowerCase(Locale.ROOT).contains(text));
            }
        });
        people.getTable().setSortColumn(people.getTable().getColumn(0));
        people.getTable().setSortDirection(sortDirection);
        people.addSelectionChangedListener(e -> showMemberships());
        people.getTable().addListener(SWT.DefaultSelection, e -> {
            if (edit.isEnabled()) {
                editPerson(selectedPerson());
            }
        });
    }

    private void createMembershipsArea(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        area.setLayout(layout);
        membershipsTitle = new Label(area, SWT.NONE);
        membershipsTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        memberships = Columns.table(area);
        memberships.getTable().setData(WIDGET_KEY, "memberships");
        memberships.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Columns.add(memberships, Messages.People_project, 320, Membership.class, m -> project(m).getKey() + " "
                + project(m).getName());
        Columns.add(memberships, Messages.People_access, 120, Membership.class, m -> ModelTexts.of(m.getAccess()));
        memberships.setContentProvider(ArrayContentProvider.getInstance());
        memberships.addSelectionChangedListener(e -> updateActions());
        memberships.getTable().addListener(SWT.DefaultSelection, e -> {
            if (changeAccess.isEnabled()) {
                changeAccess();
            }
        });
        memberships.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL && removeMembership.isEnabled()) {
                removeMembership();
            }
        });
        Composite actions = buttonRow(area);
        addMembership = Widgets.button(actions, Messages.People_addMembership, WIDGET_KEY, "addMembership",
                this::addMembership);
        changeAccess = Widgets.button(actions, Messages.People_changeAccess, WIDGET_KEY, "changeAccess",
                this::changeAccess);
        removeMembership = Widgets.button(actions, Messages.People_removeMembership, WIDGET_KEY, "removeMembership",
                this::removeMembership);
    }

    @Focus
    public void setFocus() {
        filter.setFocus();
    }

    /** Selects and shows a person, as a click on their row does. */
    public void select(Person person) {
        people.setSelection(new StructuredSelection(person), true);
        showMemberships();
    }

    /** Selects a membership of the selected person. */
    public void select(Membership membership) {
        memberships.setSelection(new StructuredSelection(membership), true);
        updateActions();
    }

    /** Sorts by the column, or the other way round when it is already sorted by it, as a click on its header does. */
    public void sortBy(int column) {
        sortDirection = column == sortColumn && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
        sortColumn = column;
        people.getTable().setSortColumn(people.getTable().getColumn(column));
        people.getTable().setSortDirection(sortDirection);
        people.refresh();
    }

    private void focusTable() {
        people.getTable().setFocus();
        if (people.getStructuredSelection().isEmpty() && people.getTable().getItemCount() > 0) {
            select((Person) people.getElementAt(0));
        }
    }

    private void refresh() {
        accounts = PeopleAdministration.accounts(session.store().accounts(), session.department());
        if (people.getInput() == null) {
            people.setInput(session.department());
        } else {
            people.refresh();
        }
        showMemberships();
    }

    private void showMemberships() {
        Person person = selectedPerson();
        Object[] shown = person == null ? new Object[0] : PeopleAdministration.memberships(person).toArray();
        Object selected = memberships.getStructuredSelection().getFirstElement();
        memberships.setInput(shown);
        if (selected != null && List.of(shown).contains(selected)) {
            memberships.setSelection(new StructuredSelection(selected));
        }
        membershipsTitle.setText(person == null ? Messages.People_membershipsNone
                : NLS.bind(Messages.People_memberships, person.getFullName()));
        updateActions();
    }

    /** Enables what the store would allow the person at the workbench; everything else stays disabled. */
    private void updateActions() {
        boolean admin = session.rights().isAdmin();
        readOnly.setVisible(!admin);
        ((GridData) readOnly.getLayoutData()).exclude = admin;
        readOnly.getParent().layout(true, false);
        Person person = selectedPerson();
        boolean chosen = admin && person != null;
        create.setEnabled(admin);
        edit.setEnabled(chosen);
        boolean enabled = person == null || !isDisabled(person);
        account.setText(enabled ? Messages.People_disable : Messages.People_enable);
        // an administrator who disabled their own account could not log in to enable it again
        account.setEnabled(chosen && person != session.actorPerson());
        reset.setEnabled(chosen);
        addMembership.setEnabled(chosen && !MembershipDialog.projectsWithout(person).isEmpty());
        boolean membershipChosen = admin && selectedMembership() != null;
        changeAccess.setEnabled(membershipChosen);
        removeMembership.setEnabled(membershipChosen);
        account.getParent().layout(true, false);
    }

    private Person selectedPerson() {
        return people.getStructuredSelection().getFirstElement() instanceof Person person ? person : null;
    }

    private Membership selectedMembership() {
        IStructuredSelection selection = memberships.getStructuredSelection();
        return selection.getFirstElement() instanceof Membership membership ? membership : null;
    }

    // ---------------------------------------------------------------------------------------------- people

    private void createPerson() {
        PersonDialog dialog = new PersonDialog(people.getControl().getShell(), session, null);
        if (dialog.open() == Window.OK && dialog.command() != null) {
            session.commandStack().execute(dialog.command());
            select(dialog.person());
        }
    }

    private void editPerson(Person person) {
        PersonDialog dialog = new PersonDialog(people.getControl().getShell(), session, person);
        if (dialog.open() == Window.OK && dialog.command() != null) {
            session.commandStack().execute(dialog.command());
        }
    }

    // ---------------------------------------------------------------------------------------------- accounts

    private void toggleAccount() {
        Person person = selectedPerson();
        boolean enable = isDisabled(person);
        if (!enable && !MessageDialog.openQuestion(people.getControl().getShell(), Messages.People_disable_title,
                NLS.bind(Messages.People_disable_question, person.getFullName(), person.getLogin()))) {
            return;
        }
        try {
            PeopleAdministration.enable(session.store().accounts(), session.rights(), person, enable,
                    this::recordNow);
        } catch (RuntimeException e) { // the store or the rules refused: say why, nothing changed
            failed(person, e);
        }
        refresh();
    }

    private void resetPassword() {
        Person person = selectedPerson();
        if (!MessageDialog.openQuestion(people.getControl().getShell(), Messages.People_reset_title,
                NLS.bind(Messages.People_reset_question, person.getFullName(), person.getLogin()))) {
            return;
        }
        char[] oneTime;
        try {
            oneTime = PeopleAdministration.resetPassword(session.store().accounts(), session.rights(), person,
                    this::recordNow);
        } catch (RuntimeException e) {
            failed(person, e);
            return;
        }
        refresh();
        new OneTimePasswordDialog(people.getControl().getShell(), person, oneTime).open();
    }

    private void failed(Person person, RuntimeException e) {
        MessageDialog.openError(people.getControl().getShell(), Messages.People_failed_title,
                NLS.bind(Messages.People_failed, person.getFullName(), e.getMessage()));
    }

    /**
     * Commits the audit event of an account change now, before the account changes; it is added outside the command
     * stack, so that no undo takes it off the record. When the commit fails, the event is taken out again: what is
     * not on the record does not happen.
     */
    private void recordNow(AuditEvent event) {
        AutoSave.awaitWriting();
        Department department = session.department();
        department.getAuditEvents().add(event);
        try {
            session.prepareCommit().write();
        } catch (RuntimeException e) {
            department.getAuditEvents().remove(event);
            throw e;
        }
    }

    // ------------------------------------------------------------------------------------------ memberships

    private void addMembership() {
        MembershipDialog dialog = MembershipDialog.adding(people.getControl().getShell(), selectedPerson());
        if (dialog.open() == Window.OK) {
            Command add = PeopleAdministration.addMembership(session.editingDomain(), session.actorPerson(),
                    dialog.project(), selectedPerson(), dialog.access());
            session.commandStack().execute(add);
        }
    }

    private void changeAccess() {
        Membership membership = selectedMembership();
        MembershipDialog dialog = MembershipDialog.changing(people.getControl().getShell(), membership);
        if (dialog.open() == Window.OK && dialog.access() != membership.getAccess()) {
            session.commandStack().execute(PeopleAdministration.changeAccess(session.editingDomain(),
                    session.actorPerson(), membership, dialog.access()));
        }
    }

    private void removeMembership() {
        session.commandStack().execute(PeopleAdministration.removeMembership(session.editingDomain(),
                session.actorPerson(), selectedMembership()));
    }

    // -------------------------------------------------------------------------------------------- texts

    private boolean isDisabled(Person person) {
        Accounts.Status status = accounts.get(person.getId());
        return status != null && !status.enabled();
    }

    private String accountText(Person person) {
        Accounts.Status status = accounts.get(person.getId());
        if (status == null || status.enabled() && !status.locked()) {
            return Messages.People_accountEnabled;
        }
        return status.enabled() ? Messages.People_accountLocked : Messages.People_accountDisabled;
    }

    private static String ruleSet(Person person) {
        return person.getRuleSet() == null ? "" : person.getRuleSet().getName();
    }

    private static String qualifications(Person person) {
        return person.getQualifications().stream().map(Qualification::getName).sorted()
                .collect(Collectors.joining(", "));
    }

    private static Project project(Membership membership) {
        return (Project) membership.eContainer();
    }

    /** Texts in the order of the user's language, empty ones last. */
    private static Comparator<Person> by(Function<Person, String> text) {
        Comparator<String> words = java.text.Collator.getInstance(Locale.getDefault())::compare;
        return Comparator.comparing(p -> text.apply(p) == null ? "" : text.apply(p),
                Comparator.comparing(String::isEmpty).thenComparing(words));
    }
}
