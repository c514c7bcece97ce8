package org.fachwerk.store;

import java.util.List;
import java.util.function.Function;

import org.fachwerk.model.Entity;

/**
 * What is stored, as the store's rules read it: for a {@link CommitRule} in the commit's transaction, for a
 * {@link ReadRule} at the moment of the read. A rule sees everything, whoever acts, since it decides what that person
 * may see and do; nothing read here reaches the person.
 */
public interface Stored {

    /** The login of the person the unit of work acts for. */
    String login();

    /** Whether any stored object matches the query. */
    boolean exists(Query<?> query);

    /**
     * The stored objects matching the query, without their contents: attributes, and single references as
     * placeholders carrying the id.
     */
    <T extends Entity> List<T> find(Query<T> query);

    /** The id of the object that contains an object {@link #find found} here (e.g. a membership's project). */
    String containerId(Entity found);

    /**
     * A value worked out once per read or commit and shared by the rules, e.g. the projects a person may open.
     *
     * @param key names the value; rules that share it use the same key
     */
    <T> T remembered(Object key, Function<Stored, T> work);
}
