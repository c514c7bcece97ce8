/**
 * The timer on a task: starting and stopping it, and its display in the status line.
 */
package org.fachwerk.timelog.ui.internal.timer;
