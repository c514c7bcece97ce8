/**
 * The projects module in the workbench, one package per view or feature; here what they share: the texts and the
 * context function that puts the structure commands into the e4 context. Everything the module adds to the
 * workbench is in its {@code fragment.e4xmi}.
 */
package org.fachwerk.projects.ui.internal;
