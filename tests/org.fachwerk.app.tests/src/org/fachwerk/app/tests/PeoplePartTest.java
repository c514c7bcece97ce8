package org.fachwerk.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.app.internal.MembershipDialog;
import org.fachwerk.app.internal.OneTimePasswordDialog;
import org.fachwerk.app.internal.PeoplePart;
import org.fachwerk.app.internal.PersonDialog;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.core.Login;
import org.fachwerk.core.PeopleAdministration;
import org.fachwerk.model.Access;
import org.fachwerk.model.AuditEvent;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Membership;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Role;
import org.fachwerk.store.Accounts;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The People view as an administrator and as a member use it, through its real widgets: creating a person with
 * checked entries, roles, memberships and accounts changed on the record, and a read-only view for everyone else.
 */
class PeoplePartTest {

    private static final String ADMIN = "akoch";
    private static final String ADMIN_PASSWORD = "Rathaus-Admin-2027";
    private static final String MEMBER = "dbecker";
    private static final String MEMBER_PASSWORD = "Lindenweg-4-Bauamt";

    @AfterEach
    void forgetTheUser() {
        System.clearProperty(DataLocation.USER);
    }

    @Test
    void anAdministratorCreatesAPersonWithCheckedEntriesAndChangesTheRoleOnTheRecord() throws Exception {
        System.setProperty(DataLocation.USER, ADMIN);
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("people"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            workbench.showPart(PeoplePart.PART_ID);
            Table table = find(workbench.shell(), Table.class, "people");
            assertEquals(8, table.getItemCount());
            assertFalse(find(workbench.shell(), Label.class, "readOnly").isVisible());

            Text filter = find(workbench.shell(), Text.class, "filter");
            filter.setText("BECK");
            workbench.flush();
            assertEquals(1, table.getItemCount());
            assertEquals(MEMBER, table.getItem(0).getText(0));
            filter.setText("");
            table.getColumn(4).notifyListeners(SWT.Selection, new Event()); // weekly capacity, ascending
            workbench.flush();
            assertEquals("30 h", table.getItem(0).getText(4));
            table.getColumn(4).notifyListeners(SWT.Selection, new Event()); // and descending
            workbench.flush();
            assertEquals("41 h", table.getItem(0).getText(4));

            List<String> problems = new ArrayList<>();
            workbench.whenDialogOpens(dialog -> {
                Button ok = button(dialog, "OK");
                Text login = field(dialog, "login");
                problems.add(shownText(dialog));
                assertFalse(ok.isEnabled(), "no login yet");
                login.setText("AKoch");
                problems.add(shownText(dialog));
                login.setText("lvogel");
                problems.add(shownText(dialog));
                field(dialog, "firstName").setText("Lena");
                field(dialog, "lastName").setText("Vogel");
                Text capacity = field(dialog, "capacity");
                capacity.setText("200");
                problems.add(shownText(dialog));
                capacity.setText("viel");
                problems.add(shownText(dialog));
                assertFalse(ok.isEnabled());
                capacity.setText("39.5");
                RunningWorkbench.find(dialog, Combo.class, PersonDialog.WIDGET_KEY, "role")
                        .select(Role.PLANNER.getValue());
                assertTrue(ok.isEnabled());
                ok.notifyListeners(SWT.Selection, new Event());
            });
            press(workbench, "new");
            assertTrue(problems.get(0).contains("Enter a login"), problems.get(0));
            assertTrue(problems.get(1).contains("The login akoch is already taken by Anna Koch"), problems.get(1));
            assertTrue(problems.get(2).contains("Enter the last name"), problems.get(2));
            assertTrue(problems.get(3).contains("weekly capacity of 200 hours is out of range"), problems.get(3));
            assertTrue(problems.get(4).contains("\"viel\" is no number of hours"), problems.get(4));

            Person lena = person(session, "lvogel");
            assertEquals(Role.PLANNER, lena.getRole());
            assertEquals(39.5, lena.getWeeklyCapacity());
            assertEquals("Lena Vogel", lena.getFullName());
            assertEquals(9, table.getItemCount());
            assertNotNull(event(session.department(), PeopleAdministration.PERSON_CREATED, lena));

            select(workbench, table, lena);
            workbench.whenDialogOpens(dialog -> {
                assertFalse(field(dialog, "login").getEditable(), "the login names the account");
                RunningWorkbench.find(dialog, Combo.class, PersonDialog.WIDGET_KEY, "role")
                        .select(Role.GUEST.getValue());
                button(dialog, "OK").notifyListeners(SWT.Selection, new Event());
            });
            table.notifyListeners(SWT.DefaultSelection, new Event()); // Enter on the row
            workbench.flush();
            assertEquals(Role.GUEST, lena.getRole());
            AuditEvent changed = event(session.department(), PeopleAdministration.ROLE_CHANGED, lena);
            assertNotNull(changed, "the role change is on the record");
            assertEquals("lvogel, planner -> guest", changed.getDetails());
            assertEquals(ADMIN, changed.getPerson().getLogin());
            assertTrue(workbench.waitFor(() -> {
                Department stored = session.store().begin("check").loadDepartments().get(0);
                Person storedLena = stored.getPersons().stream().filter(p -> "lvogel".equals(p.getLogin()))
                        .findFirst().orElse(null);
                return storedLena != null && storedLena.getRole() == Role.GUEST
                        && event(stored, PeopleAdministration.ROLE_CHANGED, storedLena) != null;
            }), "the role and its audit event are committed");

            assertTrue(workbench.execute("org.fachwerk.app.command.undo"));
            assertEquals(Role.PLANNER, lena.getRole());
            assertNotNull(event(session.department(), PeopleAdministration.ROLE_CHANGED + "-undone", lena),
                    "undoing is on the record, too");
        });
    }

    @Test
    void anAdministratorAddsChangesAndRemovesAMembershipOnTheRecord() throws Exception {
        System.setProperty(DataLocation.USER, ADMIN);
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("memberships"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            Person lena = FachwerkFactory.eINSTANCE.createPerson();
            lena.setLogin("lvogel");
            lena.setLastName("Vogel");
            session.commandStack().execute(AddCommand.create(session.editingDomain(), session.department(),
                    FachwerkPackage.Literals.DEPARTMENT__PERSONS, lena));
            workbench.showPart(PeoplePart.PART_ID);
            Table table = find(workbench.shell(), Table.class, "people");
            Table memberships = find(workbench.shell(), Table.class, "memberships");
            select(workbench, table, lena);
            assertEquals(0, memberships.getItemCount());
            assertFalse(find(workbench.shell(), Button.class, "changeAccess").isEnabled(), "no membership chosen");

            Project[] chosen = new Project[1];
            workbench.whenDialogOpens(dialog -> {
                Combo project = RunningWorkbench.find(dialog, Combo.class, MembershipDialog.WIDGET_KEY, "project");
                assertEquals(4, project.getItemCount(), "administrators manage the members of every project");
                project.select(1);
                chosen[0] = session.department().getProjects().stream()
                        .filter(p -> project.getText().startsWith(p.getKey() + " ")).findFirst().orElseThrow();
                RunningWorkbench.find(dialog, Combo.class, MembershipDialog.WIDGET_KEY, "access")
                        .select(Access.MANAGE.getValue());
                button(dialog, "OK").notifyListeners(SWT.Selection, new Event());
            });
            press(workbench, "addMembership");
            assertEquals(1, memberships.getItemCount());
            Membership membership = PeopleAdministration.memberships(lena).get(0);
            assertEquals(chosen[0], membership.eContainer());
            assertEquals(Access.MANAGE, membership.getAccess());
            assertEquals("lvogel, " + chosen[0].getKey() + ", manage",
                    event(session.department(), PeopleAdministration.MEMBERSHIP_ADDED, lena).getDetails());

            memberships.setSelection(0);
            Event click = new Event();
            click.item = memberships.getItem(0);
            memberships.notifyListeners(SWT.Selection, click);
            workbench.whenDialogOpens(dialog -> {
                assertFalse(RunningWorkbench.find(dialog, Combo.class, MembershipDialog.WIDGET_KEY, "project")
                        .isEnabled(), "the project of a membership stays");
                RunningWorkbench.find(dialog, Combo.class, MembershipDialog.WIDGET_KEY, "access")
                        .select(Access.READ.getValue());
                button(dialog, "OK").notifyListeners(SWT.Selection, new Event());
            });
            memberships.notifyListeners(SWT.DefaultSelection, new Event()); // Enter on the membership
            workbench.flush();
            assertEquals(Access.READ, membership.getAccess());
            assertEquals("lvogel, " + chosen[0].getKey() + ", manage -> read",
                    event(session.department(), PeopleAdministration.MEMBERSHIP_CHANGED, lena).getDetails());
            assertTrue(workbench.waitFor(() -> storedMemberships(session, chosen[0], lena) == 1),
                    "the membership is saved");

            Event delete = new Event();
            delete.keyCode = SWT.DEL;
            memberships.notifyListeners(SWT.KeyDown, delete);
            workbench.flush();
            assertEquals(0, memberships.getItemCount());
            assertNotNull(event(session.department(), PeopleAdministration.MEMBERSHIP_REMOVED, lena));
            assertTrue(workbench.waitFor(() -> storedMemberships(session, chosen[0], lena) == 0
                    && event(session.store().begin("check").loadDepartments().get(0),
                            PeopleAdministration.MEMBERSHIP_REMOVED, lena) != null),
                    "the removal is saved with its audit event");
        });
    }

    /** The person's stored memberships in the project (a loaded project's references carry their ids). */
    private static long storedMemberships(DepartmentSession session, Project project, Person person) {
        Project stored = session.store().begin("check").load(Project.class, project.getId());
        return stored.getMemberships().stream().filter(m -> person.getId().equals(m.getPerson().getId())).count();
    }

    @Test
    void aDisabledAccountCannotLogInUntilItIsEnabledAgain() throws Exception {
        System.setProperty(DataLocation.USER, ADMIN);
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("disable"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            Store store = session.store();
            store.accounts().changePassword(ADMIN, new char[0], ADMIN_PASSWORD.toCharArray());
            store.accounts().changePassword(MEMBER, new char[0], MEMBER_PASSWORD.toCharArray());
            store.accounts().authenticate(MEMBER, MEMBER_PASSWORD.toCharArray());
            workbench.showPart(PeoplePart.PART_ID);
            Table table = find(workbench.shell(), Table.class, "people");
            Button account = find(workbench.shell(), Button.class, "account");

            select(workbench, table, person(session, ADMIN));
            assertFalse(account.isEnabled(), "an administrator does not lock themselves out");
            Person deniz = person(session, MEMBER);
            select(workbench, table, deniz);
            assertEquals("Disable account", account.getText().replace("&", ""));
            String[] question = new String[1];
            workbench.whenDialogOpens(dialog -> {
                question[0] = shownText(dialog);
                button(dialog, "Yes").notifyListeners(SWT.Selection, new Event());
            });
            press(workbench, "account");
            assertTrue(question[0].contains("Disable the account of Deniz Becker (dbecker)?"), question[0]);
            Accounts.RefusedException refused = assertThrows(Accounts.RefusedException.class,
                    () -> store.accounts().authenticate(MEMBER, MEMBER_PASSWORD.toCharArray()));
            assertTrue(refused.getMessage().contains("disabled"), refused.getMessage());
            assertEquals("disabled", row(table, MEMBER)[3]);
            assertEquals("Enable account", account.getText().replace("&", ""));
            assertNotNull(event(storedAsAdmin(store), PeopleAdministration.ACCOUNT_DISABLED, deniz),
                    "the event was committed before the account changed");

            press(workbench, "account"); // enabling asks nothing
            store.accounts().authenticate(MEMBER, MEMBER_PASSWORD.toCharArray());
            assertEquals("enabled", row(table, MEMBER)[3]);
            assertNotNull(event(storedAsAdmin(store), PeopleAdministration.ACCOUNT_ENABLED, deniz));
        });
    }

    @Test
    void aResetShowsTheOneTimePasswordOnceWhichOpensOnlyAPasswordChange() throws Exception {
        System.setProperty(DataLocation.USER, ADMIN);
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("reset"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            Store store = session.store();
            workbench.showPart(PeoplePart.PART_ID);
            Table table = find(workbench.shell(), Table.class, "people");
            Person deniz = person(session, MEMBER);
            select(workbench, table, deniz);

            String[] shown = new String[3];
            workbench.whenDialogOpens(confirm -> {
                workbench.whenDialogOpens(dialog -> {
                    shown[0] = RunningWorkbench.find(dialog, Text.class, OneTimePasswordDialog.WIDGET_KEY, "password")
                            .getText();
                    RunningWorkbench.find(dialog, Button.class, OneTimePasswordDialog.WIDGET_KEY, "copy")
                            .notifyListeners(SWT.Selection, new Event());
                    Clipboard clipboard = new Clipboard(dialog.getDisplay());
                    try {
                        shown[1] = (String) clipboard.getContents(TextTransfer.getInstance());
                    } finally {
                        clipboard.dispose();
                    }
                    shown[2] = shownText(dialog);
                    button(dialog, "Close").notifyListeners(SWT.Selection, new Event());
                });
                button(confirm, "Yes").notifyListeners(SWT.Selection, new Event());
            });
            press(workbench, "reset");
            assertTrue(workbench.waitFor(() -> shown[2] != null), "the one-time password is shown");
            char[] oneTime = shown[0].toCharArray();
            assertEquals(16, oneTime.length, shown[0]);
            assertEquals(shown[0], shown[1], "the copy button puts it on the clipboard");
            assertTrue(shown[2].contains("dbecker must change it at the next login"), shown[2]);
            assertTrue(store.accounts().mustChangePassword(MEMBER));

            System.setProperty(DataLocation.USER, MEMBER); // Deniz at the next login
            Accounts.RefusedException onlyAChange = assertThrows(Accounts.RefusedException.class,
                    () -> Login.begin(store, oneTime::clone));
            assertTrue(onlyAChange.getMessage().contains("one-time password"), onlyAChange.getMessage());
            Login.beginToChangePassword(store, oneTime::clone);
            store.accounts().changePassword(MEMBER, oneTime, MEMBER_PASSWORD.toCharArray());
            UnitOfWork denizLoggedIn = Login.begin(store, MEMBER_PASSWORD::toCharArray);
            assertNotNull(event(denizLoggedIn.loadDepartments().get(0), PeopleAdministration.RESET_PASSWORD, deniz),
                    "the reset is on the record");
        });
    }

    @Test
    void aMemberReadsPeopleButChangesNothingAndTheStoreRefusesTheirRoleChange() throws Exception {
        System.setProperty(DataLocation.USER, MEMBER);
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("member"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            assertTrue(workbench.show(PeoplePart.PART_ID), "Window > People (Ctrl+9)");
            Table table = find(workbench.shell(), Table.class, "people");
            assertEquals(8, table.getItemCount(), "everyone reads the department's people");
            Label readOnly = find(workbench.shell(), Label.class, "readOnly");
            assertTrue(readOnly.isVisible());
            assertTrue(readOnly.getText().contains("Only administrators change people"), readOnly.getText());
            select(workbench, table, person(session, "bschulz"));
            for (String key : List.of("new", "edit", "account", "reset", "addMembership", "changeAccess",
                    "removeMembership")) {
                assertFalse(find(workbench.shell(), Button.class, key).isEnabled(), key + " is disabled");
            }
            table.notifyListeners(SWT.DefaultSelection, new Event()); // Enter opens nothing
            workbench.flush();
            assertEquals(List.of(workbench.shell()), visibleShells(workbench.shell()));

            UnitOfWork member = session.store().begin(MEMBER);
            Person deniz = member.loadDepartments().get(0).getPersons().stream()
                    .filter(p -> MEMBER.equals(p.getLogin())).findFirst().orElseThrow();
            deniz.setRole(Role.ADMIN);
            StoreException refusal = assertThrows(StoreException.class, member::commit);
            assertTrue(refusal.getMessage().contains("changed by administrators"), refusal.getMessage());
            assertEquals(Role.MEMBER, session.store().begin("check").load(Person.class, deniz.getId()).getRole());
        });
    }

    // ----------------------------------------------------------------------------------- finding and reading

    private static <T extends Control> T find(Shell shell, Class<T> type, String key) {
        return RunningWorkbench.find(shell, type, PeoplePart.WIDGET_KEY, key);
    }

    private static Text field(Shell dialog, String key) {
        return RunningWorkbench.find(dialog, Text.class, PersonDialog.WIDGET_KEY, key);
    }

    private static void press(RunningWorkbench workbench, String key) {
        Button button = find(workbench.shell(), Button.class, key);
        assertTrue(button.isEnabled(), key + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
        workbench.flush();
    }

    private static Button button(Shell dialog, String label) {
        return RunningWorkbench.findAll(dialog, Button.class).stream()
                .filter(b -> b.getText().replace("&", "").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No button " + label + " in " + dialog.getText()));
    }

    /** Selects the person's row as a click does. */
    private static void select(RunningWorkbench workbench, Table table, Person person) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getData() == person) {
                table.setSelection(i);
                Event click = new Event();
                click.item = table.getItem(i);
                table.notifyListeners(SWT.Selection, click);
                workbench.flush();
                return;
            }
        }
        throw new AssertionError("No row of " + person.getLogin());
    }

    private static String[] row(Table table, String login) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (login.equals(table.getItem(i).getText(0))) {
                String[] cells = new String[table.getColumnCount()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = table.getItem(i).getText(c);
                }
                return cells;
            }
        }
        throw new AssertionError("No row of " + login);
    }

    /** Everything a dialog says: its labels and texts, the error message of a title area among them. */
    private static String shownText(Shell dialog) {
        List<String> texts = new ArrayList<>();
        Consumer<String> add = text -> {
            if (text != null && !text.isBlank()) {
                texts.add(text);
            }
        };
        RunningWorkbench.findAll(dialog, Label.class).forEach(label -> add.accept(label.getText()));
        RunningWorkbench.findAll(dialog, Text.class).forEach(text -> add.accept(text.getText()));
        return String.join(" | ", texts);
    }

    private static List<Shell> visibleShells(Shell main) {
        return List.of(main.getDisplay().getShells()).stream().filter(s -> !s.isDisposed() && s.isVisible()).toList();
    }

    private static Person person(DepartmentSession session, String login) {
        return session.department().getPersons().stream().filter(p -> login.equals(p.getLogin())).findFirst()
                .orElseThrow();
    }

    /** The department as stored, read as the administrator once accounts have passwords. */
    private static Department storedAsAdmin(Store store) {
        return store.begin(store.accounts().authenticate(ADMIN, ADMIN_PASSWORD.toCharArray())).loadDepartments()
                .get(0);
    }

    /** The last audit event of the action about the person (by id, as stored objects are others). */
    private static AuditEvent event(Department department, String action, Person subject) {
        AuditEvent found = null;
        for (AuditEvent event : department.getAuditEvents()) {
            if (action.equals(event.getAction()) && subject.getId() != null
                    && subject.getId().equals(event.getSubjectId())) {
                found = event;
            }
        }
        return found;
    }
}
