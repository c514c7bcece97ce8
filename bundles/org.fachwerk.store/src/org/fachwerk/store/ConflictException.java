package org.fachwerk.store;

import java.util.List;

/**
 * A commit touched objects that someone else changed or removed since they were loaded. Nothing of the commit was
 * written; the local changes are still there, to be committed again after {@link UnitOfWork#refresh refreshing}
 * the objects named here.
 */
public class ConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final List<String> conflictingIds;

    public ConflictException(String message, List<String> conflictingIds) {
        super(message);
        this.conflictingIds = List.copyOf(conflictingIds);
    }

    /** The ids of the objects changed or removed by someone else. */
    public List<String> conflictingIds() {
        return conflictingIds;
    }
}
