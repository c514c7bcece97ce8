package org.fachwerk.testing;

import static org.fachwerk.model.FachwerkPackage.Literals.DEPARTMENT__PERSONS;
import static org.fachwerk.model.FachwerkPackage.Literals.PERSON__FEDERAL_STATE;
import static org.fachwerk.model.FachwerkPackage.Literals.PERSON__FIRST_NAME;
import static org.fachwerk.model.FachwerkPackage.Literals.PERSON__LAST_NAME;
import static org.fachwerk.model.FachwerkPackage.Literals.PERSON__LOGIN;
import static org.fachwerk.model.FachwerkPackage.Literals.PERSON__ROLE;
import static org.fachwerk.model.FachwerkPackage.Literals.PERSON__WEEKLY_CAPACITY;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Person;
import org.fachwerk.model.Role;

/** A person as a test needs one: {@code person("akoch", "Anna", "Koch").role(Role.PLANNER).in(department)}. */
public final class PersonBuilder extends ObjectBuilder<Person, PersonBuilder> {

    private PersonBuilder(String lastName) {
        super(FachwerkFactory.eINSTANCE.createPerson());
        set(PERSON__LAST_NAME, lastName);
    }

    /** A person known by the last name only, as the rules that only count hours need. */
    public static PersonBuilder person(String lastName) {
        return new PersonBuilder(lastName);
    }

    /** A person who can log in, e.g. to be the one at the workbench. */
    public static PersonBuilder person(String login, String firstName, String lastName) {
        return new PersonBuilder(lastName).login(login).firstName(firstName);
    }

    public PersonBuilder login(String login) {
        return set(PERSON__LOGIN, login);
    }

    public PersonBuilder firstName(String firstName) {
        return set(PERSON__FIRST_NAME, firstName);
    }

    public PersonBuilder role(Role role) {
        return set(PERSON__ROLE, role);
    }

    public PersonBuilder weeklyCapacity(double hours) {
        return set(PERSON__WEEKLY_CAPACITY, hours);
    }

    /** Where the person works, which decides the public holidays. */
    public PersonBuilder federalState(FederalState state) {
        return set(PERSON__FEDERAL_STATE, state);
    }

    /** The person, added to the department's people. */
    public Person in(Department department) {
        return into(department, DEPARTMENT__PERSONS);
    }
}
