package org.fachwerk.store.contract;

import org.fachwerk.store.KeptSum;
import org.fachwerk.store.Store;

/** What each part of the contract needs of the store implementation it tests. */
public interface StoreUnderTest {

    /** A new, empty store that keeps the given sums; the test closes it. */
    Store openStore(KeptSum... sums);

    /** Closes the store and opens what it holds again, keeping the given sums, as a workbench started anew does. */
    Store reopen(Store store, KeptSum... sums);

    /** Has an open store keep one more sum, as when the module owning it starts after the store was opened. */
    void keep(Store store, KeptSum sum);
}
