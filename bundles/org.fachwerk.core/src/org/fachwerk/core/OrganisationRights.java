package org.fachwerk.core;

import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.internal.Messages;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.validation.ModelValidator;
import org.fachwerk.store.CommitRule;
import org.fachwerk.store.Stored;
import org.osgi.service.component.annotations.Component;

/**
 * Who may change the organisation (docs/rights.md): the department, its people with their roles, capacities and
 * federal states, qualifications and working-time rule sets are changed only by Admins. Everyone reads them: the
 * workbench names people, and shows who has which qualification.
 */
@Component(service = CommitRule.class)
public final class OrganisationRights implements CommitRule {

    private static final FachwerkPackage MODEL = FachwerkPackage.eINSTANCE;
    private static final Set<EClass> ORGANISATION = Set.of(MODEL.getDepartment(), MODEL.getPerson(),
            MODEL.getQualification(), MODEL.getWorkingTimeRuleSet());

    @Override
    public EClass checked() {
        return MODEL.getEntity();
    }

    /** Who may change the organisation does not depend on what it was. */
    @Override
    public boolean readsStoredState(EClass type) {
        return false;
    }

    @Override
    public String check(Write write, Stored stored) {
        if (!ORGANISATION.contains(write.object().eClass())
                || write.kind() == Kind.CHANGE && write.features().isEmpty()) {
            return null;
        }
        Rights rights = Rights.of(stored);
        return rights.isAdmin() ? null
                : NLS.bind(Messages.Rights_organisation, rights.name(), ModelValidator.label(write.object()));
    }
}
