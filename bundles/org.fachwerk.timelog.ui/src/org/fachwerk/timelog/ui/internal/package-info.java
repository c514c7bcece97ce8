/**
 * The time logging module in the workbench, one package per view or feature; here what they share: the texts, the
 * choice of the person shown, and how times and durations read. Everything the module adds to the workbench is in
 * its {@code fragment.e4xmi}.
 */
package org.fachwerk.timelog.ui.internal;
