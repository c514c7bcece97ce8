/**
 * What the module views share: images, column viewers over the model, refresh on model changes, dates and hours in
 * the user's locale, the status line with the progress of background jobs, and the preferences dialog.
 */
package org.fachwerk.ui;
