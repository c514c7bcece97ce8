/**
 * The documents module: the department's documents by record plan file number (Aktenzeichen), searchable. Everything it adds to the workbench is in its {@code fragment.e4xmi}.
 */
package org.fachwerk.documents.ui.internal;
