package org.fachwerk.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fachwerk.model.Access;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Membership;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Role;
import org.fachwerk.store.Query;
import org.fachwerk.store.Stored;

/**
 * What the person of a unit of work may read and change in projects, as {@code docs/rights.md} states it, worked out
 * once per read or commit from what is stored: their role, their memberships (a project's owner manages it) and
 * which projects are confidential. The modules' read and commit rules ask it; so does the workbench, to enable what
 * the store would allow.
 * <p>
 * A login that names no person (a unit of work begun by name, which a store allows only while no account has a
 * password: the first start, the administration commands on an unprotected database) is not restricted.
 */
public final class Rights {

    private final Person person;
    private final Map<String, Access> memberships;
    private final Set<String> projects;
    private final Set<String> confidential;

    private Rights(Person person, Map<String, Access> memberships, Set<String> projects, Set<String> confidential) {
        this.person = person;
        this.memberships = memberships;
        this.projects = projects;
        this.confidential = confidential;
    }

    /** The rights of the person the stored state is read for, worked out once per read or commit. */
    public static Rights of(Stored stored) {
        return stored.remembered(Rights.class, Rights::read);
    }

    /**
     * The rights of the person with the login as the workbench works them out from the department it loaded, to
     * enable what the store would allow: for what the person can see, the same answers the store's rules give.
     */
    public static Rights of(Department department, String login) {
        Person person = department.getPersons().stream().filter(p -> login.equals(p.getLogin())).findFirst()
                .orElse(null);
        if (person == null) {
            return new Rights(null, Map.of(), Set.of(), Set.of());
        }
        Map<String, Access> memberships = new HashMap<>();
        Set<String> projects = new HashSet<>();
        Set<String> confidential = new HashSet<>();
        for (Project project : department.getProjects()) {
            for (Membership membership : project.getMemberships()) {
                if (membership.getPerson() == person) {
                    memberships.merge(project.getId(), membership.getAccess(), Rights::higher);
                }
            }
            add(project, person, projects, confidential, memberships);
        }
        return new Rights(person, memberships, projects, confidential);
    }

    private static Access higher(Access a, Access b) {
        return a.getValue() >= b.getValue() ? a : b;
    }

    /** Counts a project in, and its owner as managing it. */
    private static void add(Project project, Person person, Set<String> projects, Set<String> confidential,
            Map<String, Access> memberships) {
        projects.add(project.getId());
        if (project.isConfidential()) {
            confidential.add(project.getId());
        }
        if (same(person, project.getOwner())) {
            memberships.put(project.getId(), Access.MANAGE);
        }
    }

    private static Rights read(Stored stored) {
        List<Person> people = stored.find(Query.of(Person.class)
                .where(FachwerkPackage.Literals.PERSON__LOGIN, stored.login()));
        if (people.isEmpty()) {
            return new Rights(null, Map.of(), Set.of(), Set.of());
        }
        Person person = people.get(0);
        Map<String, Access> memberships = new HashMap<>();
        for (Membership membership : stored.find(Query.of(Membership.class)
                .where(FachwerkPackage.Literals.MEMBERSHIP__PERSON, person))) {
            memberships.merge(stored.containerId(membership), membership.getAccess(), Rights::higher);
        }
        Set<String> projects = new HashSet<>();
        Set<String> confidential = new HashSet<>();
        for (Project project : stored.find(Query.of(Project.class))) {
            add(project, person, projects, confidential, memberships);
        }
        return new Rights(person, memberships, projects, confidential);
    }

    /** Whether the unit of work is not restricted (its login names no person). */
    public boolean unrestricted() {
        return person == null;
    }

    /** The person acting (as stored: references carry their id only); null when {@link #unrestricted()}. */
    public Person person() {
        return person;
    }

    /** The person's name, as a refusal names who acted. */
    public String name() {
        if (person == null) {
            return "";
        }
        String name = person.getFullName();
        return name == null || name.isBlank() ? person.getLogin() : name;
    }

    /** Whether the project is stored; one that is not is created by the commit being checked. */
    public boolean isStored(String projectId) {
        return projects.contains(projectId);
    }

    /** Whether the person is this one: e.g. the person of a booking. */
    public boolean is(Person other) {
        return same(person, other);
    }

    /**
     * Whether both are the same person: by id as stored, where references carry the id only; in the workbench also
     * a person added and not stored yet, who has no id before the commit.
     */
    private static boolean same(Person one, Person other) {
        return one != null && other != null
                && (one == other || one.getId() != null && one.getId().equals(other.getId()));
    }

    private boolean has(Role role) {
        return person != null && person.getRole() == role;
    }

    public boolean isAdmin() {
        return unrestricted() || has(Role.ADMIN);
    }

    /** Planners, and Admins, who may do what Planners do. */
    public boolean isPlanner() {
        return isAdmin() || has(Role.PLANNER);
    }

    public boolean isGuest() {
        return has(Role.GUEST);
    }

    /** The projects whose name, properties and members the person sees. */
    public Set<String> listedProjects() {
        if (unrestricted() || has(Role.ADMIN)) {
            return projects;
        }
        Set<String> listed = new HashSet<>(memberships.keySet());
        if (has(Role.PLANNER)) {
            projects.stream().filter(id -> !confidential.contains(id)).forEach(listed::add);
        }
        return listed;
    }

    /** The projects whose contents (items, comments, bookings, documents) the person reads. */
    public Set<String> openProjects() {
        if (unrestricted()) {
            return projects;
        }
        Set<String> open = new HashSet<>(memberships.keySet());
        if (isPlanner()) {
            projects.stream().filter(id -> !confidential.contains(id)).forEach(open::add);
        }
        return open;
    }

    /**
     * Whether the person changes a project's items and comments (a membership to edit; never a Guest). In a project
     * the same commit creates, whoever may create it fills it.
     */
    public boolean mayEdit(String projectId) {
        return unrestricted() || !isGuest() && (at(projectId, Access.EDIT) || !isStored(projectId));
    }

    /** Whether the person changes a project's properties, status and members (a membership to manage). */
    public boolean mayManage(String projectId) {
        return unrestricted() || !isGuest() && (at(projectId, Access.MANAGE) || !isStored(projectId));
    }

    /** Whether the person changes a project's members: who manages it, and Admins, who manage everyone's access. */
    public boolean mayManageMembers(String projectId) {
        return isAdmin() || mayManage(projectId);
    }

    /**
     * Whether the person books, changes and removes bookings of {@code owner}: their own, never a Guest; Planners
     * and Admins also someone else's, as a correction with a reason ({@link #correctsSomeoneElse(Person)}).
     */
    public boolean mayBook(Person owner) {
        return unrestricted() || !isGuest() && (is(owner) || isPlanner());
    }

    /** Whether a booking of {@code owner} by the person corrects someone else's, which needs a reason. */
    public boolean correctsSomeoneElse(Person owner) {
        return !unrestricted() && !is(owner);
    }

    /** Whether the person approves the month of {@code owner}: Planners and Admins, never their own month. */
    public boolean mayApprove(Person owner) {
        return isPlanner() && !is(owner);
    }

    private boolean at(String projectId, Access level) {
        Access access = memberships.get(projectId);
        return access != null && access.getValue() >= level.getValue();
    }
}
