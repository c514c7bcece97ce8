package org.fachwerk.store;

import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.Entity;

/** The identities under which stores keep entities: random UUIDs, given once and never changed. */
public final class Ids {

    private Ids() {
    }

    /** Gives the root and every entity it contains an id where it has none yet. */
    public static void assign(Entity root) {
        assignOne(root);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Entity entity) {
                assignOne(entity);
            }
        }
    }

    private static void assignOne(Entity entity) {
        if (entity.getId() == null) {
            entity.setId(UUID.randomUUID().toString());
        }
    }
}
