package org.fachwerk.store;

import java.util.List;
import java.util.Set;

/**
 * A full-text index kept by the store: a text per key (e.g. what a document version says), searched by words.
 * The store answers from an index of words, not by reading the texts, so that a search over many thousand texts
 * takes milliseconds.
 */
public interface TextIndex {

    /** Indexes the text under the key, replacing what was indexed under it before. */
    void put(String key, String text);

    /** Takes the key out of the index; nothing happens when it is not there. */
    void remove(String key);

    /** The keys indexed. */
    Set<String> keys();

    /**
     * The keys whose text contains every one of the words (whole words, in any case), at most {@code limit} of
     * them; none for a query without words.
     */
    List<String> search(String words, int limit);
}
