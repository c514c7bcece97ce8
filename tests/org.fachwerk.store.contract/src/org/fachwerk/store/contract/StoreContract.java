package org.fachwerk.store.contract;

/**
 * The behaviour every store shows through the store API, whatever it keeps its data in: an implementation's tests
 * extend this class, say how to open its stores, and run every test of the contract unchanged.
 *
 * <pre>
 * class H2StoreContractTest extends StoreContract {
 *     public Store openStore(KeptSum... sums) { ... }
 *     ...
 * }
 * </pre>
 *
 * The tests of each part are in its interface: loading and writing ({@link UnitOfWorkContract}), what is refused
 * before anything is written ({@link RefusalContract}), several people at once ({@link ConcurrencyContract}), kept
 * sums ({@link KeptSumContract}), contents ({@link ContentsContract}), the text index ({@link TextIndexContract})
 * accounts ({@link AccountsContract}), a working set loaded on demand ({@link WorkingSetContract}) and taking in what
 * others committed ({@link CatchUpContract}).
 */
public abstract class StoreContract implements UnitOfWorkContract, RefusalContract, ConcurrencyContract,
        KeptSumContract, ContentsContract, TextIndexContract, AccountsContract, WorkingSetContract,
        CatchUpContract {
}
