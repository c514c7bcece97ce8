/**
 * The invariants the model states (required fields, ranges, dates in order) as an EMF validator, so that a store
 * refuses bad values with a clear message before it writes anything.
 */
package org.fachwerk.model.validation;
