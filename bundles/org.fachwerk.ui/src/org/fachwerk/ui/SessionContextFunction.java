package org.fachwerk.ui;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.fachwerk.core.DepartmentSession;

/**
 * Puts a module's service for the open department into the e4 context, so that parts and handlers inject it instead
 * of making their own. A module registers a subclass as a Declarative Services component, e.g.
 * <pre>
 * &#64;Component(service = IContextFunction.class,
 *         property = IContextFunction.SERVICE_CONTEXT_KEY + "=org.fachwerk.documents.core.Documents")
 * </pre>
 * The service is made once, on first request, and kept in the context that holds the session, so every part of
 * the workbench shares it and it ends with the session.
 */
public abstract class SessionContextFunction extends ContextFunction {

    /** The service for this session. */
    protected abstract Object create(DepartmentSession session);

    @Override
    public Object compute(IEclipseContext context, String contextKey) {
        IEclipseContext holder = context;
        while (holder != null && holder.getLocal(DepartmentSession.class) == null) {
            holder = holder.getParent();
        }
        if (holder == null) {
            return null; // no department open in this context: nothing to work on
        }
        Object service = create(holder.get(DepartmentSession.class));
        holder.set(contextKey, service);
        return service;
    }
}
