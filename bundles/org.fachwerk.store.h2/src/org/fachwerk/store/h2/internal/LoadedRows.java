package org.fachwerk.store.h2.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/** What a unit of work knows about the stored rows behind its objects. */
final class LoadedRows {

    /** A stored row: the version it was read or last written with, and where it sits. */
    static final class Row {
        long version;
        int position;
        String rootId;
        String aggregateId;

        Row(long version, int position, String rootId, String aggregateId) {
            this.version = version;
            this.position = position;
            this.rootId = rootId;
            this.aggregateId = aggregateId;
        }
    }

    /** The loaded objects by id; loading an id again gives the object already there. */
    final Map<String, EObject> objects = new HashMap<>();
    /** The stored row of each loaded or committed object; an object without one was never stored. */
    final Map<EObject, Row> rows = new IdentityHashMap<>();
    /** Placeholders for referenced objects that are not loaded, by id. */
    final Map<String, EObject> proxies = new HashMap<>();

    Row row(EObject object) {
        return rows.get(object);
    }

    boolean isStored(EObject object) {
        return rows.containsKey(object);
    }
}
