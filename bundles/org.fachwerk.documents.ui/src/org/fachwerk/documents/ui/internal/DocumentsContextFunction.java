package org.fachwerk.documents.ui.internal;

import org.eclipse.e4.core.contexts.IContextFunction;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.documents.core.Documents;
import org.fachwerk.ui.SessionContextFunction;
import org.osgi.service.component.annotations.Component;

/** The department's documents, with the size limit the installation configures, for the parts to inject. */
@Component(service = IContextFunction.class,
        property = IContextFunction.SERVICE_CONTEXT_KEY + "=org.fachwerk.documents.core.Documents")
public class DocumentsContextFunction extends SessionContextFunction {

    @Override
    protected Object create(DepartmentSession session) {
        return new Documents(session.contents(), session.editingDomain(), Documents.configuredLimit());
    }
}
