package org.fachwerk.store;

import java.util.UUID;

import org.fachwerk.model.Entity;

/** The identities under which stores keep entities: random UUIDs, given once and never changed. */
public final class Ids {

    private Ids() {
    }

    /** Gives each of the objects an id where it has none yet. */
    public static void assign(Iterable<?> objects) {
        for (Object object : objects) {
            if (object instanceof Entity entity && entity.getId() == null) {
                entity.setId(UUID.randomUUID().toString());
            }
        }
    }
}
