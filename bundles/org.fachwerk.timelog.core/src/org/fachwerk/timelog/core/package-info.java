/**
 * The time logging module without UI: booking checks, the working-time rules of the ArbZG and the AZV, month
 * approvals, timers, effort roll-up and reports.
 */
package org.fachwerk.timelog.core;
