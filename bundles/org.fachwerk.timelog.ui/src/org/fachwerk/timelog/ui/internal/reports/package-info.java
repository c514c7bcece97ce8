/**
 * The time reports, their export, and the approval of a person's month.
 */
package org.fachwerk.timelog.ui.internal.reports;
