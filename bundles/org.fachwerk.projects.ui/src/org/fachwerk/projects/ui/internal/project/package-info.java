/**
 * Creating projects (new, from a template) and editing a project's properties.
 */
package org.fachwerk.projects.ui.internal.project;
