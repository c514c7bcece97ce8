/**
 * What the projects module computes, without any user interface: working days ({@link
 * org.fachwerk.projects.core.WorkingCalendar}), the critical path method ({@link
 * org.fachwerk.projects.core.CriticalPath}) and its application to a project's work items ({@link
 * org.fachwerk.projects.core.ProjectSchedule}), workload against capacity ({@link
 * org.fachwerk.projects.core.Workload}) and the rules for statuses ({@link org.fachwerk.projects.core.StatusRules}).
 */
package org.fachwerk.projects.core;
