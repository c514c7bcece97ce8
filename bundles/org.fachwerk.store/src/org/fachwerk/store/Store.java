package org.fachwerk.store;

import java.util.List;

import org.fachwerk.model.Department;

/**
 * An open database holding departments with everything they contain. A department and its contents are written
 * as a whole in one transaction: after {@link #save(Department)} the database holds either the old or the new state,
 * never a mix.
 */
public interface Store extends AutoCloseable {

    /** Every department in the store, each with its complete contents, in the order of their names. */
    List<Department> loadDepartments();

    /**
     * Writes the department and everything it contains, replacing what the store held for it. Objects without an id
     * get one. A department that breaks an invariant of the model (a required value missing, a negative effort, a
     * period ending before it starts) is refused with a message naming each problem, and nothing is written.
     */
    void save(Department department);

    /** The location this store was opened at. */
    StoreLocation location();

    /** Releases the database; the store cannot be used afterwards. */
    @Override
    void close();
}
