package org.fachwerk.store;

/** A store could not be opened, read or written. The message names what went wrong in words a user can act on. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
