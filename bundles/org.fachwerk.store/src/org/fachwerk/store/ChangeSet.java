package org.fachwerk.store;

import java.time.Instant;
import java.util.Set;

/**
 * What one commit changed, as the change log keeps it.
 *
 * @param sequence the commit's number; later commits have higher numbers
 * @param actor the login of the person who committed
 * @param committed when
 * @param changedIds the ids of the objects written (new or changed)
 * @param deletedIds the ids of the objects removed
 */
public record ChangeSet(long sequence, String actor, Instant committed, Set<String> changedIds, Set<String> deletedIds) {

    public ChangeSet {
        changedIds = Set.copyOf(changedIds);
        deletedIds = Set.copyOf(deletedIds);
    }
}
