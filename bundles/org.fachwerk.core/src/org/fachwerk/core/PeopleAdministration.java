package org.fachwerk.core;

import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.internal.Messages;
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
import org.fachwerk.store.Ids;

/**
 * An administrator's changes of people and their accounts, as the workbench's People view and the administration
 * commands make them: each change of a role, a membership or an account is recorded as an audit event in the same
 * commit as the change.
 * <p>
 * Who may read: everyone reads people, roles and memberships (of the projects they see) and the audit events. Who
 * may change: Admins, for the people of their own department ({@code docs/rights.md}). The store refuses every
 * commit of a person or a membership that anyone else sends ({@link OrganisationRights}, the projects module's
 * rules); the accounts are no model objects, so {@link #resetPassword} and {@link #enable} check the administrator
 * themselves before they record and change anything.
 */
public final class PeopleAdministration {

    /** The audit action of a new person. */
    public static final String PERSON_CREATED = "person-created";
    public static final String ROLE_CHANGED = "role-changed";
    public static final String MEMBERSHIP_ADDED = "membership-added";
    public static final String MEMBERSHIP_CHANGED = "membership-changed";
    public static final String MEMBERSHIP_REMOVED = "membership-removed";
    public static final String ACCOUNT_DISABLED = "account-disabled";
    public static final String ACCOUNT_ENABLED = "account-enabled";
    /** A one-time password given; the store also unlocks and enables the account. */
    public static final String RESET_PASSWORD = "reset-password";

    /** The actions after which an account is enabled or disabled, in the order they were recorded. */

    /** The hours of a week: the model's own limit of a weekly capacity, so nothing passes that the store refuses. */
    public static final double MAX_WEEKLY_CAPACITY = 7 * 24;

    /**
     * Puts an audit event on the record before an account changes: adds it to the department and commits it, or
     * throws, leaving it unrecorded.
     */
    @FunctionalInterface
    public interface Recorder {
        void commit(AuditEvent event);
    }

    private PeopleAdministration() {
    }

    // ------------------------------------------------------------------------------------------------ checks

    /** What is wrong with the login of a new person in the department; null when it can be taken. */
    public static String loginProblem(Department department, String login) {
        String trimmed = login == null ? "" : login.strip();
        if (trimmed.isEmpty()) {
            return Messages.People_loginRequired;
        }
        if (trimmed.chars().anyMatch(Character::isWhitespace)) {
            return NLS.bind(Messages.People_loginSpace, trimmed);
        }
        // logins differing only in case would be told apart by the store, but not by the people typing them
        for (Person other : department.getPersons()) {
            if (other.getLogin() != null && other.getLogin().toLowerCase(Locale.ROOT)
                    .equals(trimmed.toLowerCase(Locale.ROOT))) {
                return NLS.bind(Messages.People_loginTaken, other.getLogin(), other.getFullName());
            }
        }
        return null;
    }

    /** What is wrong with a last name; null when there is one. */
    public static String lastNameProblem(String lastName) {
        return lastName == null || lastName.isBlank() ? Messages.People_lastNameRequired : null;
    }

    /** What is wrong with a weekly capacity in hours; null when it lies between 0 and {@link #MAX_WEEKLY_CAPACITY}. */
    public static String capacityProblem(double hours) {
        if (Double.isNaN(hours) || hours < 0 || hours > MAX_WEEKLY_CAPACITY) {
            return NLS.bind(Messages.People_capacityRange, hours(hours), hours(MAX_WEEKLY_CAPACITY));
        }
        return null;
    }

    // ----------------------------------------------------------------------------------------- model changes

    /** Adds the person to the department, recorded with their login and role. */
    public static Command createPerson(EditingDomain domain, Person administrator, Department department,
            Person person) {
        Ids.assign(List.of(person)); // now, so that the event names the person it is about
        Command add = AddCommand.create(domain, department, FachwerkPackage.Literals.DEPARTMENT__PERSONS, person);
        return AuditTrail.recorded(domain, department, add, event(administrator, PERSON_CREATED, person,
                person.getLogin() + ", " + literal(person.getRole())));
    }

    /** Gives the person another role, recorded with the role before and after. */
    public static Command changeRole(EditingDomain domain, Person administrator, Person person, Role role) {
        Command set = SetCommand.create(domain, person, FachwerkPackage.Literals.PERSON__ROLE, role);
        return AuditTrail.recorded(domain, person.getDepartment(), set, event(administrator, ROLE_CHANGED, person,
                person.getLogin() + ", " + literal(person.getRole()) + " -> " + literal(role)));
    }

    /** Makes the person a member of the project with the access, recorded. */
    public static Command addMembership(EditingDomain domain, Person administrator, Project project, Person person,
            Access access) {
        Membership membership = FachwerkFactory.eINSTANCE.createMembership();
        membership.setPerson(person);
        membership.setAccess(access);
        Command add = AddCommand.create(domain, project, FachwerkPackage.Literals.PROJECT__MEMBERSHIPS, membership);
        return AuditTrail.recorded(domain, project.getDepartment(), add, event(administrator, MEMBERSHIP_ADDED,
                person, person.getLogin() + ", " + project.getKey() + ", " + literal(access)));
    }

    /** Gives a membership another access, recorded with the access before and after. */
    public static Command changeAccess(EditingDomain domain, Person administrator, Membership membership,
            Access access) {
        Project project = (Project) membership.eContainer();
        Command set = SetCommand.create(domain, membership, FachwerkPackage.Literals.MEMBERSHIP__ACCESS, access);
        return AuditTrail.recorded(domain, project.getDepartment(), set, event(administrator, MEMBERSHIP_CHANGED,
                membership.getPerson(), membership.getPerson().getLogin() + ", " + project.getKey() + ", "
                        + literal(membership.getAccess()) + " -> " + literal(access)));
    }

    /** Ends a membership, recorded with the access it gave. */
    public static Command removeMembership(EditingDomain domain, Person administrator, Membership membership) {
        Project project = (Project) membership.eContainer();
        Command remove = RemoveCommand.create(domain, project, FachwerkPackage.Literals.PROJECT__MEMBERSHIPS,
                membership);
        return AuditTrail.recorded(domain, project.getDepartment(), remove, event(administrator, MEMBERSHIP_REMOVED,
                membership.getPerson(), membership.getPerson().getLogin() + ", " + project.getKey() + ", "
                        + literal(membership.getAccess())));
    }

    /** The person's memberships in the department's projects (as loaded: those the reader sees), by project key. */
    public static List<Membership> memberships(Person person) {
        List<Membership> memberships = new ArrayList<>();
        if (person.getDepartment() == null) {
            return memberships;
        }
        for (Project project : person.getDepartment().getProjects()) {
            for (Membership membership : project.getMemberships()) {
                if (membership.getPerson() == person) {
                    memberships.add(membership);
                }
            }
        }
        memberships.sort((a, b) -> String.valueOf(((Project) a.eContainer()).getKey())
                .compareTo(String.valueOf(((Project) b.eContainer()).getKey())));
        return memberships;
    }

    // ---------------------------------------------------------------------------------------------- accounts

    /**
     * Gives the person a one-time password, which they must change at their next login, and unlocks and enables
     * their account. The audit event is committed first: a reset that is not recorded does not happen.
     *
     * @param rights the rights of the administrator, as the department they act in was loaded
     * @return the one-time password, to be handed to the person once
     * @throws Accounts.RefusedException when the administrator may not reset the person's password; nothing is
     *         recorded or changed
     */
    public static char[] resetPassword(Accounts accounts, Rights rights, Person person, Recorder recorder) {
        checkAdministrator(rights, person);
        recorder.commit(event(rights.person(), RESET_PASSWORD, person, person.getLogin()));
        return accounts.resetPassword(person.getLogin());
    }

    /**
     * Enables or disables the person's account; a disabled account cannot log in. The audit event is committed
     * first, as for {@link #resetPassword}.
     *
     * @throws Accounts.RefusedException when the administrator may not change the person's account
     */
    public static void enable(Accounts accounts, Rights rights, Person person, boolean enabled, Recorder recorder) {
        checkAdministrator(rights, person);
        recorder.commit(event(rights.person(), enabled ? ACCOUNT_ENABLED : ACCOUNT_DISABLED, person,
                person.getLogin()));
        accounts.enable(person.getLogin(), enabled);
    }

    /**
     * The status of the accounts of the department's people, by person id, as the store keeps it beside the model
     * (enabled, locked after failed logins, with a password): for administrators, who see no password or hash.
     */
    public static Map<String, Accounts.Status> accounts(Accounts accounts, Department department) {
        Map<String, Accounts.Status> status = new HashMap<>();
        for (Person person : department.getPersons()) {
            if (person.getLogin() != null) {
                status.put(person.getId(), accounts.status(person.getLogin()));
            }
        }
        return status;
    }

    /** Administrators change the accounts of their own department's people only; nobody else changes any. */
    private static void checkAdministrator(Rights rights, Person person) {
        boolean sameDepartment = rights.unrestricted()
                || rights.person().getDepartment() != null && rights.person().getDepartment() == person.getDepartment();
        if (!rights.isAdmin() || !sameDepartment) {
            throw new Accounts.RefusedException(NLS.bind(Messages.People_notAdministrator, rights.name(),
                    person.getLogin()));
        }
    }

    private static AuditEvent event(Person administrator, String action, Person subject, String details) {
        AuditEvent event = FachwerkFactory.eINSTANCE.createAuditEvent();
        event.setTime(LocalDateTime.now().withNano(0));
        event.setPerson(administrator);
        event.setAction(action);
        event.setSubjectId(subject.getId());
        event.setDetails(details);
        return event;
    }

    private static String hours(double hours) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMaximumFractionDigits(2);
        return format.format(hours);
    }

    private static String literal(org.eclipse.emf.common.util.Enumerator literal) {
        return literal == null ? "" : literal.getLiteral();
    }
}
