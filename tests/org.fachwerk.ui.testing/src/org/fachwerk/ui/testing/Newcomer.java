package org.fachwerk.ui.testing;

import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Access;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Membership;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Role;

/**
 * The person at the workbench joining the department with a role and memberships, in one command, as a test of
 * what the views let someone do needs them. Their login named nobody when the workbench started, so the store takes
 * this as an unrestricted commit; from then on the views (and the store) go by the newcomer's rights.
 */
public final class Newcomer {

    private Newcomer() {
    }

    /** Adds the person with the login, role and memberships (project to access) to the session's department. */
    public static Person join(DepartmentSession session, String login, String lastName, Role role,
            Map<Project, Access> memberships) {
        Person person = FachwerkFactory.eINSTANCE.createPerson();
        person.setLogin(login);
        person.setFirstName("Test");
        person.setLastName(lastName);
        person.setRole(role);
        person.setFederalState(FederalState.BE);
        person.setWeeklyCapacity(40);
        CompoundCommand joining = new CompoundCommand();
        joining.append(AddCommand.create(session.editingDomain(), session.department(),
                FachwerkPackage.Literals.DEPARTMENT__PERSONS, person));
        memberships.forEach((project, access) -> {
            Membership membership = FachwerkFactory.eINSTANCE.createMembership();
            membership.setPerson(person);
            membership.setAccess(access);
            joining.append(AddCommand.create(session.editingDomain(), project,
                    FachwerkPackage.Literals.PROJECT__MEMBERSHIPS, membership));
        });
        session.commandStack().execute(joining);
        return person;
    }
}
