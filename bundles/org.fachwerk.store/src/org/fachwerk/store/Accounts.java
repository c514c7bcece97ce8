package org.fachwerk.store;

/**
 * The accounts of a store's people, one per login: whether it is enabled, and its password, kept only as an
 * Argon2id hash ({@link PasswordHash}). The store checks logins itself; the hashes are not model objects, so they are
 * never loaded, logged in the change log or handed to a client.
 * <p>
 * Who may read: nobody reads a hash; {@link #anyPassword()} and {@link #mustChangePassword} tell what a login dialog
 * needs. Who may change: everyone their own password, knowing the current one; {@link #resetPassword} and
 * {@link #enable} are an administrator's, which the rights of the units of work decide (the caller checks them until
 * units of work are opened for authenticated people only). After each failed login the answer comes
 * later ({@value #FIRST_DELAY_MILLIS} ms, doubling), and the fifth failure in a row locks the account until a reset.
 * No message names a password or a hash.
 */
public interface Accounts {

    /** Failed logins in a row that lock an account. */
    int LOCK_AFTER = 5;

    /** The delay after the first failed login; it doubles with each further one. */
    long FIRST_DELAY_MILLIS = 250;

    /** Why a login, a change of password or a reset was refused; the message says it without any secret. */
    final class RefusedException extends StoreException {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }
    }

    /** Whether any account has a password: then every workbench asks for a login before it opens the department. */
    boolean anyPassword();

    /**
     * Checks a login's password.
     *
     * @return the principal to begin units of work for, valid in this store as long as it is open
     * @throws RefusedException when the login or password is wrong (which of the two is not said), or the account is
     *         disabled or locked
     */
    Principal authenticate(String login, char[] password);

    /** Whether the account's password is a one-time password, to be changed right after the login. */
    boolean mustChangePassword(String login);

    /**
     * Sets the login's password, checking the current one (none when the account has no password yet).
     *
     * @throws RefusedException when the current password is wrong or the new one too short
     */
    void changePassword(String login, char[] current, char[] replacement);

    /**
     * An administrator's reset of a login's password: unlocks and enables the account and returns a one-time password
     * (16 letters and digits) that must be changed at the next login.
     */
    char[] resetPassword(String login);

    /** Enables or disables the account; a disabled account cannot log in. */
    void enable(String login, boolean enabled);

    /**
     * What an account is now, for administrators: whether it is enabled, locked after failed logins, and has a
     * password at all. Never the password or its hash.
     */
    record Status(boolean enabled, boolean locked, boolean hasPassword) {
    }

    /** The account's status; a login without an account is enabled, unlocked and has no password. */
    Status status(String login);
}
