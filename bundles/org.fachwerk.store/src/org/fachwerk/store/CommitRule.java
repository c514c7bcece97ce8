package org.fachwerk.store;

import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A rule that every commit keeps, checked by the store itself inside the commit, before anything is written,
 * against what is stored then: whatever client sends the commit, a stale one or a modified one, cannot break it.
 * The module that owns the rule registers it as an OSGi service (as it does its {@link KeptSum}s); stores check every
 * rule registered. A commit that breaks one is refused as a whole with the rule's message, and the unit of work keeps
 * its changes. Who may write what is such a rule, too: it finds the person acting in {@link Stored#login()}.
 */
public interface CommitRule {

    /** How a commit writes an object. */
    enum Kind {
        CREATE, CHANGE, REMOVE
    }

    /**
     * One object a commit writes.
     *
     * @param object the object as the commit writes it, with its attributes and references but not what it contains
     *        (each contained object written is a write of its own), and in no container; for {@link Kind#REMOVE} as
     *        the unit of work last had it
     * @param stored the object as it is stored before the commit, with its attributes and single references (the
     *        referenced objects carry their id only); null for {@link Kind#CREATE}, and where no rule of the
     *        object's class {@link CommitRule#readsStoredState reads it}
     * @param features the features the commit sets: all for a created or removed object, none when it only moves
     *        the object to another container
     * @param aggregate the id of the aggregate (see {@link Visible}) the object is in after the commit: itself for a
     *        project or a booking; for a removed one where it was
     * @param storedAggregate where it is stored before the commit; null for {@link Kind#CREATE}
     */
    record Write(Kind kind, EObject object, EObject stored, Set<EStructuralFeature> features, String aggregate,
            String storedAggregate) {
    }

    /** The class whose objects the rule checks (with its subclasses). */
    EClass checked();

    /**
     * Whether checking a changed or removed object of the class reads its state as stored before the commit
     * ({@link Write#stored()}). Where no rule of an object's class does, the store reads only where the object was
     * stored ({@link Write#storedAggregate()}), which is quicker, and {@code stored} is null; true unless a rule
     * says otherwise.
     *
     * @param type the class of a written object, {@link #checked()} or a subclass of it
     */
    default boolean readsStoredState(EClass type) {
        return true;
    }

    /**
     * Checks one written object.
     *
     * @return null when the write keeps the rule, else the refusal, naming the object and the rule as a user reads it
     */
    String check(Write write, Stored stored);
}
