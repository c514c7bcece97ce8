/**
 * The Gantt chart: a project's work items on a time line with their dependencies and the critical path.
 */
package org.fachwerk.projects.ui.internal.gantt;
