/**
 * Builders of the model's objects for tests: people ({@link org.fachwerk.testing.PersonBuilder}), projects
 * ({@link org.fachwerk.testing.ProjectBuilder}), work items with their dates and dependencies
 * ({@link org.fachwerk.testing.WorkItemBuilder}), bookings ({@link org.fachwerk.testing.BookingBuilder}) and
 * departments ({@link org.fachwerk.testing.DepartmentBuilder}). A builder sets only what the test names, so that
 * everything else keeps the model's default and a test shows what it depends on. The bundle needs nothing but the
 * model, so that the tests of every layer, the store's included, can use it.
 */
package org.fachwerk.testing;
