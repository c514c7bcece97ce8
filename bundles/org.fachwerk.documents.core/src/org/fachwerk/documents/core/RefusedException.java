package org.fachwerk.documents.core;

/** Something done with documents that is not allowed; the message says why, for the user. Nothing was changed. */
public final class RefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
        super(message);
    }
}
