/**
 * The project explorer: the department's projects grouped by status, each with its structure tree, edited in
 * place.
 */
package org.fachwerk.projects.ui.internal.structure;
