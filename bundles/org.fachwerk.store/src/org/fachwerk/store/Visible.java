package org.fachwerk.store;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Which stored objects of a class one person may read, in terms the store evaluates where the objects are (as a
 * database condition), so that nothing hidden is read. An aggregate is an object directly in a department (a
 * project, a booking, a document) with everything it contains.
 */
public sealed interface Visible {

    /** Every object. */
    Visible ALL = new AnyOf(List.of(), true);
    /** No object. */
    Visible NONE = new AnyOf(List.of(), false);

    /** The objects that are, or are inside, one of these aggregates (by id). */
    static Visible within(Collection<String> aggregateIds) {
        return new Within(Set.copyOf(aggregateIds));
    }

    /** The objects whose single-valued feature has the value (an entity for a reference; null for none). */
    static Visible equal(EStructuralFeature feature, Object value) {
        return new Equal(feature, value);
    }

    /** The objects whose single reference points to an object inside one of these aggregates. */
    static Visible refersWithin(EReference reference, Collection<String> aggregateIds) {
        return new RefersWithin(reference, Set.copyOf(aggregateIds));
    }

    /** The objects that meet any of the conditions. */
    static Visible anyOf(Visible... conditions) {
        return new AnyOf(List.of(conditions), false);
    }

    record Within(Set<String> aggregateIds) implements Visible {
    }

    record Equal(EStructuralFeature feature, Object value) implements Visible {
    }

    record RefersWithin(EReference reference, Set<String> aggregateIds) implements Visible {
    }

    /** Any of the conditions; with none, every object when {@code all}, else none. */
    record AnyOf(List<Visible> conditions, boolean all) implements Visible {
    }
}
