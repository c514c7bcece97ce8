/**
 * What users read of the model and which icon they see: EMF.Edit item providers generated from fachwerk.ecore into
 * src-gen (package {@code provider}, not committed), with the few that read differently written by hand here
 * ({@link org.fachwerk.model.edit.FachwerkItemProviders}); class, feature and literal texts in plugin.properties
 * (English) and plugin_de.properties (German), icons in icons/full/obj16. No SWT: the user interface turns the
 * icons' URLs into images itself.
 */
package org.fachwerk.model.edit;
