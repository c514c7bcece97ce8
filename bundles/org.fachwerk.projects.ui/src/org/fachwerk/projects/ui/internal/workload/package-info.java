/**
 * The workload per person and week against their capacity.
 */
package org.fachwerk.projects.ui.internal.workload;
