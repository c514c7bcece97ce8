package org.fachwerk.store;

import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;

/**
 * Who may read the objects of a class: the module that owns the class registers the rule as an OSGi service, and
 * every store applies every rule registered to every load and query of a unit of work. What a rule hides is not
 * read from the database at all: no object, no placeholder with its title; a reference to it from a visible object
 * carries only its id. Objects inside another one (a task's comments inside its project) are hidden with it by the
 * rules of their own class, which the module gives the same answer.
 */
public interface ReadRule {

    /** The class whose objects the rule decides on (with its subclasses). */
    EClass checked();

    /**
     * Which stored objects of a class the person of the unit of work may read.
     *
     * @param type the class read, {@link #checked()} or a subclass of it
     */
    Visible visible(EClass type, Stored stored);

    /**
     * Attributes of the objects the person may read that they may read only where a condition holds, e.g. why
     * someone else is absent: elsewhere the store does not read them, and they keep their default (an enumeration's
     * first literal, no text). None by default.
     *
     * @param type the class read, {@link #checked()} or a subclass of it
     * @return for each attribute withheld, where it is disclosed
     */
    default Map<EAttribute, Visible> withheld(EClass type, Stored stored) {
        return Map.of();
    }
}
