package org.fachwerk.documents.ui.internal;

import org.eclipse.e4.core.contexts.IContextFunction;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.documents.core.DocumentSearch;
import org.fachwerk.ui.SessionContextFunction;
import org.osgi.service.component.annotations.Component;

/** The full-text search over the department's documents, for the parts to inject. */
@Component(service = IContextFunction.class,
        property = IContextFunction.SERVICE_CONTEXT_KEY + "=org.fachwerk.documents.core.DocumentSearch")
public class DocumentSearchContextFunction extends SessionContextFunction {

    @Override
    protected Object create(DepartmentSession session) {
        return new DocumentSearch(session.contents(), session.textIndex());
    }
}
