package org.fachwerk.projects.core;

import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.Rights;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.validation.ModelValidator;
import org.fachwerk.store.CommitRule;
import org.fachwerk.store.ReadRule;
import org.fachwerk.store.Stored;
import org.fachwerk.store.Visible;
import org.osgi.service.component.annotations.Component;

/**
 * Who may read and change projects and what they contain (docs/rights.md), enforced by the store for every read
 * and every commit:
 * <ul>
 * <li>a project, its properties and members: read by its members, by Planners and Admins unless it is
 * confidential, and by Admins also then (to manage its members); changed by those who manage it; created by Planners
 * and Admins; its members also changed by Admins;</li>
 * <li>its items, with their comments, checklists and dependencies: read by its members, and by Planners and Admins
 * unless it is confidential; changed by members who edit or manage it (never a Guest).</li>
 * </ul>
 * Rights inherit down the structure tree: they are the project's, for everything in it.
 */
@Component(service = { ReadRule.class, CommitRule.class })
public final class ProjectRights implements ReadRule, CommitRule {

    private static final FachwerkPackage MODEL = FachwerkPackage.eINSTANCE;
    /** What a project holds besides its members: read and changed with its contents. */
    private static final Set<EClass> CONTENTS = Set.of(MODEL.getWorkItem(), MODEL.getComment(),
            MODEL.getChecklistItem(), MODEL.getDependency());

    @Override
    public EClass checked() {
        return MODEL.getEntity();
    }

    @Override
    public Visible visible(EClass type, Stored stored) {
        Rights rights = Rights.of(stored);
        if (rights.unrestricted()) {
            return Visible.ALL;
        } else if (type == MODEL.getProject() || type == MODEL.getMembership()) {
            return Visible.within(rights.listedProjects());
        } else if (CONTENTS.contains(type)) {
            return Visible.within(rights.openProjects());
        }
        return Visible.ALL;
    }

    /** The decisions need where an object was and is, never its former values. */
    @Override
    public boolean readsStoredState(EClass type) {
        return false;
    }

    @Override
    public String check(Write write, Stored stored) {
        EClass type = write.object().eClass();
        boolean project = type == MODEL.getProject();
        boolean membership = type == MODEL.getMembership();
        if (!project && !membership && !CONTENTS.contains(type)) {
            return null;
        }
        Rights rights = Rights.of(stored);
        if (rights.unrestricted()) {
            return null;
        }
        String object = ModelValidator.label(write.object());
        if (project && write.kind() == Kind.CREATE) {
            return rights.isPlanner() ? null : NLS.bind(Messages.MayNotCreateProjects, rights.name(), object);
        }
        for (String aggregate : new String[] { write.aggregate(), write.storedAggregate() }) {
            if (aggregate == null) {
                continue;
            }
            if (project && !rights.mayManage(aggregate) || membership && !rights.mayManageMembers(aggregate)) {
                return NLS.bind(Messages.MayNotManage, rights.name(), object);
            }
            if (!project && !membership && !rights.mayEdit(aggregate)) {
                return NLS.bind(Messages.MayNotEdit, rights.name(), object);
            }
        }
        return null;
    }
}
