package org.fachwerk.core.tests;

import static org.fachwerk.testing.DepartmentBuilder.department;
import static org.fachwerk.testing.PersonBuilder.person;
import static org.fachwerk.testing.ProjectBuilder.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.fachwerk.core.DepartmentSession;
import org.fachwerk.core.PeopleAdministration;
import org.fachwerk.core.Rights;
import org.fachwerk.model.Access;
import org.fachwerk.model.AuditEvent;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Membership;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Role;
import org.fachwerk.store.Accounts;
import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * An administrator's changes of people, memberships and accounts, each with its audit event in the same commit
 * (model changes) or committed before the account changes; and the checks of a new person's entries.
 */
class PeopleAdministrationTest {

    private static final AtomicInteger STORES = new AtomicInteger();

    /** An administrator, a member and a project without members, opened by the administrator. */
    private static DepartmentSession open() {
        BundleContext context = FrameworkUtil.getBundle(PeopleAdministrationTest.class).getBundleContext();
        StoreService stores = context.getService(context.getServiceReference(StoreService.class));
        return DepartmentSession.open(stores.open(StoreLocation.inMemory("people-" + STORES.incrementAndGet())),
                "akoch", () -> {
                    Department department = department("Ordnungsamt").build();
                    person("akoch", "Anna", "Koch").role(Role.ADMIN).in(department);
                    person("dbecker", "Deniz", "Becker").role(Role.MEMBER).in(department);
                    project("ORD-01", "Parkraumkonzept").in(department);
                    return department;
                });
    }

    private static Person personWithLogin(DepartmentSession session, String login) {
        return session.department().getPersons().stream().filter(p -> login.equals(p.getLogin())).findFirst()
                .orElseThrow();
    }

    private static List<AuditEvent> events(Department department, String action) {
        return department.getAuditEvents().stream().filter(e -> action.equals(e.getAction())).toList();
    }

    /** Commits the event in the session, as the workbench does before an account changes. */
    private static PeopleAdministration.Recorder committing(DepartmentSession session, List<String> log) {
        return event -> {
            session.department().getAuditEvents().add(event);
            session.prepareCommit().write();
            log.add("recorded " + event.getAction());
        };
    }

    @Test
    void aNewPersonsEntriesAreCheckedWithMessagesNamingTheProblem() {
        try (DepartmentSession session = open()) {
            Department department = session.department();
            assertTrue(PeopleAdministration.loginProblem(department, "  ").contains("Enter a login"));
            assertTrue(PeopleAdministration.loginProblem(department, "d becker").contains("contains a space"));
            String taken = PeopleAdministration.loginProblem(department, "DBecker");
            assertTrue(taken.contains("dbecker is already taken by Deniz Becker"), taken);
            assertNull(PeopleAdministration.loginProblem(department, "lvogel"));
            assertTrue(PeopleAdministration.lastNameProblem(" ").contains("last name"));
            assertNull(PeopleAdministration.lastNameProblem("Vogel"));
            assertTrue(PeopleAdministration.capacityProblem(-1).contains("between 0 and 168 hours"));
            assertTrue(PeopleAdministration.capacityProblem(168.5).contains("168.5 hours is out of range"));
            assertNull(PeopleAdministration.capacityProblem(0));
            assertNull(PeopleAdministration.capacityProblem(39.5));
        }
    }

    @Test
    void aRoleChangeIsCommittedWithItsAuditEventAndUndoingItIsRecordedToo() {
        try (DepartmentSession session = open()) {
            Person anna = personWithLogin(session, "akoch");
            Person deniz = personWithLogin(session, "dbecker");
            long before = session.store().lastSequence();
            session.commandStack().execute(
                    PeopleAdministration.changeRole(session.editingDomain(), anna, deniz, Role.PLANNER));
            assertEquals(Role.PLANNER, deniz.getRole());
            AuditEvent event = events(session.department(), PeopleAdministration.ROLE_CHANGED).get(0);
            assertEquals(anna, event.getPerson());
            assertEquals(deniz.getId(), event.getSubjectId());
            assertEquals("dbecker, member -> planner", event.getDetails());
            session.prepareCommit().write();
            List<ChangeSet> commits = session.store().begin("akoch").changesSince(before);
            assertEquals(1, commits.size(), "the change and its event are one commit");
            assertTrue(commits.get(0).changedIds().containsAll(Set.of(deniz.getId(), event.getId())));

            session.commandStack().undo();
            assertEquals(Role.MEMBER, deniz.getRole());
            assertEquals(1, events(session.department(), PeopleAdministration.ROLE_CHANGED + "-undone").size());
            session.commandStack().redo();
            assertEquals(Role.PLANNER, deniz.getRole());
            assertEquals(2, events(session.department(), PeopleAdministration.ROLE_CHANGED).size());
            session.prepareCommit().write();
            Department stored = session.store().begin("check").loadDepartments().get(0);
            assertEquals(3, stored.getAuditEvents().size(), "changed, undone, changed again: all on the record");
        }
    }

    @Test
    void aNewPersonAndTheirMembershipsAreRecorded() {
        try (DepartmentSession session = open()) {
            Person anna = personWithLogin(session, "akoch");
            Project project = session.department().getProjects().get(0);
            Person lena = FachwerkFactory.eINSTANCE.createPerson();
            lena.setLogin("lvogel");
            lena.setLastName("Vogel");
            lena.setRole(Role.GUEST);
            session.commandStack().execute(PeopleAdministration.createPerson(session.editingDomain(), anna,
                    session.department(), lena));
            AuditEvent created = events(session.department(), PeopleAdministration.PERSON_CREATED).get(0);
            assertEquals(lena.getId(), created.getSubjectId(), "the event names the new person");
            assertEquals("lvogel, guest", created.getDetails());

            session.commandStack().execute(PeopleAdministration.addMembership(session.editingDomain(), anna, project,
                    lena, Access.EDIT));
            Membership membership = PeopleAdministration.memberships(lena).get(0);
            assertEquals(Access.EDIT, membership.getAccess());
            session.commandStack().execute(PeopleAdministration.changeAccess(session.editingDomain(), anna,
                    membership, Access.MANAGE));
            assertEquals(Access.MANAGE, membership.getAccess());
            assertEquals("lvogel, ORD-01, edit -> manage",
                    events(session.department(), PeopleAdministration.MEMBERSHIP_CHANGED).get(0).getDetails());
            session.prepareCommit().write();
            assertEquals(Access.MANAGE, session.store().begin("check").load(Project.class, project.getId())
                    .getMemberships().get(0).getAccess());

            session.commandStack().execute(PeopleAdministration.removeMembership(session.editingDomain(), anna,
                    membership));
            assertTrue(PeopleAdministration.memberships(lena).isEmpty());
            assertEquals("lvogel, ORD-01, manage",
                    events(session.department(), PeopleAdministration.MEMBERSHIP_REMOVED).get(0).getDetails());
            session.prepareCommit().write();
            assertTrue(session.store().begin("check").load(Project.class, project.getId()).getMemberships().isEmpty());
            assertEquals(1, events(session.store().begin("check").loadDepartments().get(0),
                    PeopleAdministration.MEMBERSHIP_ADDED).size());
        }
    }

    @Test
    void anAccountChangeIsOnTheRecordBeforeTheAccountChanges() {
        try (DepartmentSession session = open()) {
            Person deniz = personWithLogin(session, "dbecker");
            Accounts accounts = session.store().accounts();
            List<String> log = new ArrayList<>();
            PeopleAdministration.Recorder recorder = event -> {
                log.add("reset done before the record: " + accounts.mustChangePassword("dbecker"));
                committing(session, log).commit(event);
            };
            char[] oneTime = PeopleAdministration.resetPassword(accounts, session.rights(), deniz, recorder);
            assertEquals(List.of("reset done before the record: false", "recorded reset-password"), log);
            assertEquals(16, oneTime.length);
            assertTrue(accounts.mustChangePassword("dbecker"));
            accounts.authenticate("dbecker", oneTime.clone());
            assertEquals(personWithLogin(session, "akoch"),
                    events(session.department(), PeopleAdministration.RESET_PASSWORD).get(0).getPerson());

            assertTrue(accounts.status("dbecker").enabled());
            PeopleAdministration.enable(accounts, session.rights(), deniz, false, committing(session, log));
            assertFalse(accounts.status("dbecker").enabled());
            assertEquals(new Accounts.Status(false, false, true),
                    PeopleAdministration.accounts(accounts, session.department()).get(deniz.getId()));
            Accounts.RefusedException disabled = assertThrows(Accounts.RefusedException.class,
                    () -> accounts.authenticate("dbecker", oneTime.clone()));
            assertTrue(disabled.getMessage().contains("disabled"), disabled.getMessage());
            PeopleAdministration.resetPassword(accounts, session.rights(), deniz, committing(session, log));
            assertTrue(accounts.status("dbecker").enabled(), "a reset enables the account again");
        }
    }

    @Test
    void someoneWhoIsNoAdministratorChangesNoAccountAndNothingIsRecorded() {
        try (DepartmentSession session = open()) {
            Person anna = personWithLogin(session, "akoch");
            Rights member = Rights.of(session.department(), "dbecker");
            List<String> log = new ArrayList<>();
            Accounts.RefusedException refused = assertThrows(Accounts.RefusedException.class,
                    () -> PeopleAdministration.resetPassword(session.store().accounts(), member, anna,
                            committing(session, log)));
            assertTrue(refused.getMessage().contains("only administrators"), refused.getMessage());
            assertThrows(Accounts.RefusedException.class, () -> PeopleAdministration.enable(
                    session.store().accounts(), member, anna, false, committing(session, log)));
            assertTrue(log.isEmpty(), "nothing is recorded");
            assertFalse(session.store().accounts().anyPassword(), "and no account changed");
            assertTrue(session.department().getAuditEvents().isEmpty());
        }
    }
}
