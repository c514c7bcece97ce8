package org.fachwerk.timelog.ui.internal;

import org.eclipse.e4.core.contexts.IContextFunction;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.timelog.core.Bookings;
import org.fachwerk.ui.SessionContextFunction;
import org.osgi.service.component.annotations.Component;

/** The checked booking commands on the department's editing domain, for the parts to inject. */
@Component(service = IContextFunction.class,
        property = IContextFunction.SERVICE_CONTEXT_KEY + "=org.fachwerk.timelog.core.Bookings")
public class BookingsContextFunction extends SessionContextFunction {

    @Override
    protected Object create(DepartmentSession session) {
        return new Bookings(session.editingDomain());
    }
}
