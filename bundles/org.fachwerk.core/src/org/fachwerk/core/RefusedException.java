package org.fachwerk.core;

/**
 * Something a user asked for that a module's rules do not allow, e.g. a booking in an approved month or a new
 * version of a document someone else has checked out. The message says why, in words for the user; nothing was
 * changed.
 */
public final class RefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
        super(message);
    }
}
