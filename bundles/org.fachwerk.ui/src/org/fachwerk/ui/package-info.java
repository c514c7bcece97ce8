/**
 * What the module views share: labels and icons of model objects from the edit layer, column viewers over the model,
 * refresh on model changes, dates and hours in the user's locale, the status line with the progress of background
 * jobs, and the preferences dialog.
 */
package org.fachwerk.ui;
