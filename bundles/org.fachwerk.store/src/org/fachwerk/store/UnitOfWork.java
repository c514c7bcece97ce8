package org.fachwerk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.fachwerk.model.Department;
import org.fachwerk.model.Entity;

/**
 * One person's work on objects of a store. Everything loaded through a unit of work is tracked: changes to it,
 * objects added to or removed from its containment, are recorded and written by the next {@link #commit()} in one
 * transaction. Every stored object has a version; a commit that would overwrite or remove an object someone else
 * changed since it was loaded fails with a {@link ConflictException}, writes nothing and keeps the local changes.
 * <p>
 * A unit of work belongs to the thread that edits its objects; only {@link PreparedCommit#write()} may run on
 * another. An object is loaded once per unit of work: loading it again gives the same instance.
 */
public interface UnitOfWork {

    /** The login of the person acting. */
    String actor();

    /** Every department with its complete contents, in the order of their names. */
    List<Department> loadDepartments();

    /**
     * Every department with its contents but for the objects in the given features of a department (e.g. its
     * bookings), in the order of their names: those are loaded on demand, by {@link #query queries} whose objects
     * join the department's list after those loaded before, as a working set. A commit writes what is new, changed or
     * removed in such a list and leaves the places of the others alone.
     *
     * @param onDemand containment features of {@link Department} whose objects contain nothing themselves
     * @throws IllegalArgumentException for another feature
     */
    List<Department> loadDepartments(Set<EReference> onDemand);

    /**
     * The object with the id and everything it contains (for a project: its whole work item tree, memberships,
     * dependencies, comments and checklists), read with one query per table. Objects it refers to outside its
     * contents are loaded objects of this unit of work where they are loaded already, otherwise placeholders that
     * carry their id ({@link org.eclipse.emf.ecore.EObject#eIsProxy() proxies}).
     *
     * @throws StoreException when there is no such object
     */
    <T extends Entity> T load(Class<T> type, String id);

    /** The objects matching the query, without their contents; references as for {@link #load}. */
    <T extends Entity> List<T> query(Query<T> query);

    /**
     * Every commit after the given sequence number, oldest first, as far as this person may know of it: of the
     * objects written, those they may read now; of those removed, those loaded here (as objects or placeholders).
     * A commit of which nothing is left is left out; {@link Store#lastSequence()} still counts it. A unit of work
     * whose person is not restricted by any read rule sees every commit whole.
     */
    List<ChangeSet> changesSince(long sequence);

    /**
     * Takes in what others committed after the sequence number, as far as this person may know of it
     * ({@link #changesSince}): the loaded objects they changed take the stored values, references and place, those
     * they removed go with what they contain, and new objects join the loaded object that contains them, with their
     * own contents; an object whose container is not loaded here is not taken in, and a loaded one that moved there is let
     * go. The commits of this unit of work are left out.
     *
     * @return the commits taken in, oldest first
     * @throws IllegalStateException while changes are pending or being written: taking in replaces local values, so
     *         commit first
     */
    List<ChangeSet> catchUp(long sequence);

    /**
     * What a {@link KeptSum kept sum} holds on the days from {@code from} to {@code to} (both included), ordered by
     * group and day, in the groups this person may read (see {@link KeptSum#grouped()}); days where no object
     * counts are left out. The objects summed are not read.
     *
     * @param name the sum's {@link KeptSum#name() name}
     * @throws IllegalArgumentException when the store keeps no sum of that name
     */
    List<KeptSum.Total> sums(String name, LocalDate from, LocalDate to);

    /**
     * The full-text index as this person may use it: its keys are the ids of the objects whose text is indexed
     * (e.g. document versions), and only the keys of objects this person may read are searched, listed, indexed or
     * taken out. A unit of work whose person is not restricted by any read rule uses the whole index.
     */
    TextIndex textIndex();

    /**
     * The stored contents (files of document versions) as this person may use them: the content of an object they
     * may not read is as if there were none, and can be neither written over nor removed. Content under a key that is
     * no stored object yet (a new version's file, written before the commit that stores the version) may be written.
     * A unit of work whose person is not restricted by any read rule uses all contents.
     */
    Contents contents();

    /** Adds a new department; it is written with the next commit. */
    void add(Department department);

    /** Whether anything changed since the last commit. */
    boolean hasChanges();

    /**
     * Captures what changed, on the thread that edits the objects, for writing on another. The captured changes
     * are no longer pending; if the write fails, they are pending again.
     */
    PreparedCommit prepare();

    /**
     * Writes what changed and returns the commit's sequence number, or the last sequence number when nothing
     * changed.
     *
     * @throws ConflictException when someone else changed or removed an object this commit writes
     * @throws StoreException when a changed object breaks an invariant of the model or refers to an object that is
     *         not stored, naming the problems; nothing is written then
     */
    default long commit() {
        return prepare().write();
    }

    /**
     * Reads the object's stored values and version again, replacing its local changes (but not its contents), e.g.
     * after a conflict, to take the other person's state and commit the remaining changes. An object someone else
     * removed is removed here too, with what it contains.
     */
    void refresh(Entity object);

    /** Changes captured by {@link UnitOfWork#prepare()}. */
    interface PreparedCommit {

        /**
         * Writes the changes in one transaction and returns the commit's sequence number.
         *
         * @throws ConflictException see {@link UnitOfWork#commit()}
         */
        long write();
    }
}
