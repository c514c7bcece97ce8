/**
 * The details of one work item: its description, checklist, dependencies and comments.
 */
package org.fachwerk.projects.ui.internal.details;
