/**
 * The projects module: the project explorer with each project's structure tree, and creating projects. Everything it adds to the workbench is in its {@code fragment.e4xmi}.
 */
package org.fachwerk.projects.ui.internal;
