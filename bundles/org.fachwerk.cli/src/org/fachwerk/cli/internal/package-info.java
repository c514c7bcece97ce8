/** The headless administration application: commands run from the start script, printing to the terminal. */
package org.fachwerk.cli.internal;
