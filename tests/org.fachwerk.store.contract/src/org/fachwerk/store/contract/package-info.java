/**
 * The contract of the store API as tests: {@link org.fachwerk.store.contract.StoreContract} runs them against any
 * implementation that says how to open its stores, so that the H2 store and a store over the server behave alike.
 * Only the API is used here.
 */
package org.fachwerk.store.contract;
