package org.fachwerk.store.h2.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Changes a unit of work recorded since its last commit was prepared. */
final class Pending {

    /** A containment list of an object. */
    record ListKey(EObject owner, EReference feature) {
    }

    final Map<EObject, Set<EStructuralFeature>> changed = new IdentityHashMap<>();
    final Set<EObject> added = identitySet();
    final Set<EObject> removed = identitySet();
    final Set<ListKey> lists = new LinkedHashSet<>();

    boolean isEmpty() {
        return changed.isEmpty() && added.isEmpty() && removed.isEmpty() && lists.isEmpty();
    }

    /** Takes back changes whose commit failed, under the ones recorded since. */
    void restore(Pending failed) {
        failed.changed.forEach((object, features) -> changed.computeIfAbsent(object, o -> new LinkedHashSet<>())
                .addAll(features));
        added.addAll(failed.added);
        removed.addAll(failed.removed);
        lists.addAll(failed.lists);
    }

    static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
