package org.fachwerk.core;

import java.util.List;

import org.fachwerk.model.Department;
import org.fachwerk.store.Store;

/**
 * What a module removes from the store when an administrator compacts it ({@code fachwerk compact}), e.g. stored
 * files no document refers to any more. Modules offer theirs as OSGi services. It runs while no workbench has the
 * database open, on a store opened for the database's owner.
 */
public interface StoreCleanup {

    /**
     * Removes what the departments no longer need; they are all the store holds, since what one store keeps (e.g.
     * its contents) may belong to any of them.
     *
     * @return a line for the administrator saying what was removed, e.g. "3 files of deleted documents"
     */
    String clean(Store store, List<Department> departments);
}
