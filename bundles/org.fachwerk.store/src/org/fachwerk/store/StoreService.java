package org.fachwerk.store;

/** Opens stores. Implementations are OSGi services. */
public interface StoreService {

    /**
     * Opens the store at the location, creating an empty database where an embedded or in-memory one does not
     * exist yet.
     *
     * @throws StoreException naming the location and the reason when it cannot be opened
     */
    Store open(StoreLocation location);
}
