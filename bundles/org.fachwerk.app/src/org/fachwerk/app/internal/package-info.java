/**
 * The workbench shell every product shares: the life cycle that opens the department's data before the window
 * exists, saving after every edit, the overview part, the self-check for administrators, and the handlers of the
 * standard commands (in {@code handlers}). Modules are not named here; they contribute through model fragments.
 */
package org.fachwerk.app.internal;
