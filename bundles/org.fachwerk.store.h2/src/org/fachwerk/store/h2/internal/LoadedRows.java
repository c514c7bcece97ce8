package org.fachwerk.store.h2.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.fachwerk.model.Entity;

/**
 * What a unit of work knows about the stored rows behind its objects, by id: one map, since loading a project
 * looks up every row by id several times and identity maps cost more to grow.
 */
final class LoadedRows {

    /** A stored row: its object, the version it was read or last written with, and where it sits. */
    static final class Row {
        final EObject object;
        long version;
        int position;
        String rootId;
        String aggregateId;
        /** The reader that created the object, while it reads; null afterwards. */
        Object readBy;

        Row(EObject object, long version, int position, String rootId, String aggregateId) {
            this.object = object;
            this.version = version;
            this.position = position;
            this.rootId = rootId;
            this.aggregateId = aggregateId;
        }
    }

    private HashMap<String, Row> rows = new HashMap<>();
    /** The entries the map holds before it grows, as HashMap counts them (three quarters of its capacity). */
    private int room = 12;
    /** Placeholders for referenced objects that are not loaded, by id. */
    final Map<String, EObject> proxies = new HashMap<>();

    /** The loaded object with the id, or null; loading an id again gives the object already there. */
    EObject object(String id) {
        Row row = rows.get(id);
        return row == null ? null : row.object;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    Row row(String id) {
        return rows.get(id);
    }

    /** The stored row of a loaded or committed object; null for an object that was never stored. */
    Row row(EObject object) {
        Row row = rows.get(((Entity) object).getId());
        return row != null && row.object == object ? row : null;
    }

    boolean isStored(EObject object) {
        return row(object) != null;
    }

    void add(Row row) {
        rows.put(((Entity) row.object).getId(), row);
        if (rows.size() > room) {
            room *= 2; // as the map itself grew
        }
    }

    /** Adds rows read together: the map grows once for all of them, not by doubling again and again while they come. */
    void addAll(List<Row> read) {
        if (read.isEmpty()) {
            return;
        }
        int needed = rows.size() + read.size();
        if (needed > room) {
            room = Math.max(needed, 2 * room);
            HashMap<String, Row> larger = new HashMap<>((int) (room / 0.75f) + 1);
            larger.putAll(rows);
            rows = larger;
        }
        for (Row row : read) {
            add(row);
        }
    }

    void remove(EObject object) {
        rows.remove(((Entity) object).getId());
    }
}
