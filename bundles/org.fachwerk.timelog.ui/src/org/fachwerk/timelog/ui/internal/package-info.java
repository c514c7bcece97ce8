/**
 * The time logging module: the department's time entries by person with their total hours. Everything it adds to the workbench is in its {@code fragment.e4xmi}.
 */
package org.fachwerk.timelog.ui.internal;
