/**
 * The documents view: the documents of a project or task with their versions, search, check-out and filing under
 * the record plan.
 */
package org.fachwerk.documents.ui.internal.browser;
