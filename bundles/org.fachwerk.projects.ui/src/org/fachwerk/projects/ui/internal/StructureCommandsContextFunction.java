package org.fachwerk.projects.ui.internal;

import org.eclipse.e4.core.contexts.IContextFunction;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.projects.core.StructureCommands;
import org.fachwerk.ui.SessionContextFunction;
import org.osgi.service.component.annotations.Component;

/** The undoable edits of the structure tree on the department's editing domain, for the parts to inject. */
@Component(service = IContextFunction.class,
        property = IContextFunction.SERVICE_CONTEXT_KEY + "=org.fachwerk.projects.core.StructureCommands")
public class StructureCommandsContextFunction extends SessionContextFunction {

    @Override
    protected Object create(DepartmentSession session) {
        return new StructureCommands(session.editingDomain());
    }
}
