/**
 * How Fachwerk keeps its domain model: a {@link org.fachwerk.store.StoreService} opens a
 * {@link org.fachwerk.store.Store} at a {@link org.fachwerk.store.StoreLocation}. No JDBC type appears here, so
 * that another implementation (a remote or PostgreSQL store) can stand in for the H2 one.
 */
package org.fachwerk.store;
