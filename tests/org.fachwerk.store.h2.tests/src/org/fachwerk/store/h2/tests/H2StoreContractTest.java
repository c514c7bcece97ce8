package org.fachwerk.store.h2.tests;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import org.fachwerk.store.KeptSum;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.contract.StoreContract;
import org.fachwerk.store.h2.internal.H2StoreService;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 store keeps the contract of the store API: each store an embedded database of its own (so that it can be
 * reopened), opened by a service that keeps the sums the test names.
 */
class H2StoreContractTest extends StoreContract {

    @TempDir
    Path directory;

    private int opened;
    private final Map<Store, H2StoreService> services = new IdentityHashMap<>();

    @Override
    public Store openStore(KeptSum... sums) {
        return open(StoreLocation.embedded(directory.resolve("store" + ++opened)), sums);
    }

    @Override
    public Store reopen(Store store, KeptSum... sums) {
        store.close();
        return open(store.location(), sums);
    }

    @Override
    public void keep(Store store, KeptSum sum) {
        services.get(store).keep(sum);
    }

    private Store open(StoreLocation location, KeptSum... sums) {
        H2StoreService service = new H2StoreService();
        for (KeptSum sum : sums) {
            service.keep(sum);
        }
        Store store = service.open(location);
        services.put(store, service);
        return store;
    }
}
