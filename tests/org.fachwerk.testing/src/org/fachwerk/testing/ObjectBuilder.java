package org.fachwerk.testing;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What the builders share: the object under construction, given values feature by feature, and handed out alone or
 * added to its container. The builders' own methods say which feature each value goes to.
 */
abstract class ObjectBuilder<T extends EObject, B extends ObjectBuilder<T, B>> {

    private final T object;

    ObjectBuilder(T object) {
        this.object = object;
    }

    final B set(EStructuralFeature feature, Object value) {
        object.eSet(feature, value);
        return self();
    }

    /** Adds to a many-valued feature, after what it holds. */
    final B add(EStructuralFeature feature, Object... values) {
        list(object, feature).addAll(Arrays.asList(values));
        return self();
    }

    /** The object, in no container yet (e.g. to be added by a command, as the views do). */
    public final T build() {
        return object;
    }

    /** The object, added at the end of the container's list. */
    final T into(EObject container, EReference containment) {
        list(container, containment).add(object);
        return object;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(EObject owner, EStructuralFeature feature) {
        return (List<Object>) owner.eGet(feature);
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
