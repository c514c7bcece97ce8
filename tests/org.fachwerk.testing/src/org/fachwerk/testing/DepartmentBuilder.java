package org.fachwerk.testing;

import static org.fachwerk.model.FachwerkPackage.Literals.DEPARTMENT__AUTHORITY;
import static org.fachwerk.model.FachwerkPackage.Literals.DEPARTMENT__FEDERAL_STATE;
import static org.fachwerk.model.FachwerkPackage.Literals.DEPARTMENT__NAME;

import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FederalState;

/**
 * A department with a name, as a store needs it; people, projects and bookings join it with the {@code in} of their
 * builders.
 */
public final class DepartmentBuilder extends ObjectBuilder<Department, DepartmentBuilder> {

    private DepartmentBuilder(String name) {
        super(FachwerkFactory.eINSTANCE.createDepartment());
        set(DEPARTMENT__NAME, name);
    }

    public static DepartmentBuilder department(String name) {
        return new DepartmentBuilder(name);
    }

    public DepartmentBuilder authority(String authority) {
        return set(DEPARTMENT__AUTHORITY, authority);
    }

    public DepartmentBuilder federalState(FederalState state) {
        return set(DEPARTMENT__FEDERAL_STATE, state);
    }
}
