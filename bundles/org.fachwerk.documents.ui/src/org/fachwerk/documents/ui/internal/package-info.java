/**
 * The documents module in the workbench; here what its views share: the texts and the context functions that put
 * the documents and the document search into the e4 context. Everything the module adds to the workbench is in its
 * {@code fragment.e4xmi}.
 */
package org.fachwerk.documents.ui.internal;
