/**
 * The deadline overview: what is due with its traffic light, and the traffic light's colours.
 */
package org.fachwerk.projects.ui.internal.deadlines;
