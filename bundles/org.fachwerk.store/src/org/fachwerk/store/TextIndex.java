package org.fachwerk.store;

import java.util.List;
import java.util.Set;

/**
 * A full-text index kept by the store: a text per key, the id of the object whose text it is (e.g. what a document
 * version says), searched by words. The store answers from an index of words, not by reading the texts, so that a
 * search over many thousand texts takes milliseconds. The text of an object goes when a commit removes the object.
 * A unit of work hands out the index as its person may use it ({@link UnitOfWork#textIndex()}).
 */
public interface TextIndex {

    /**
     * Indexes the text under the key, replacing what was indexed under it before.
     *
     * @throws StoreException when the person may not read the object with the key
     */
    void put(String key, String text);

    /**
     * Takes the key out of the index; nothing happens when it is not there.
     *
     * @throws StoreException when the person may not read the object with the key
     */
    void remove(String key);

    /** The keys indexed. */
    Set<String> keys();

    /**
     * The keys whose text contains every one of the words (whole words, in any case), at most {@code limit} of
     * them; none for a query without words.
     */
    List<String> search(String words, int limit);
}
