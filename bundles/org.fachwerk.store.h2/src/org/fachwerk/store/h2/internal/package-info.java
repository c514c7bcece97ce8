/**
 * The store on H2: an embedded database file, an in-memory database or an H2 server. Tables, columns and keys
 * follow from the EMF metamodel ({@link org.fachwerk.store.h2.internal.TableMapping}), so no class needs a
 * hand-written access object and the schema cannot drift from the model.
 */
package org.fachwerk.store.h2.internal;
