/**
 * The documents module without UI: versioned files with integrity checks, check-out locks, the record plan
 * (Aktenplan) with file numbers and retention, and the disposal list.
 */
package org.fachwerk.documents.core;
