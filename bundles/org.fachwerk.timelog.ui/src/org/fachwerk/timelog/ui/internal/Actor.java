package org.fachwerk.timelog.ui.internal;

import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Person;

/** The person working at this workbench: the department's person with the session's login. */
final class Actor {

    private Actor() {
    }

    /** The person, or null when the login is no person of the department. */
    static Person of(DepartmentSession session) {
        return session.department().getPersons().stream().filter(p -> session.actor().equals(p.getLogin()))
                .findFirst().orElse(null);
    }
}
