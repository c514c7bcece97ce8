package org.fachwerk.store;

import java.util.Objects;

/**
 * A person as a store has authenticated them ({@link Accounts#authenticate}). A store begins units of work only for
 * the principals it issued itself: one made by {@code new} elsewhere, or issued by another store, is refused.
 */
public final class Principal {

    private final String login;

    /** For stores, which issue principals; a principal made anywhere else opens nothing. */
    public Principal(String login) {
        this.login = Objects.requireNonNull(login);
    }

    public String login() {
        return login;
    }

    @Override
    public String toString() {
        return login;
    }
}
