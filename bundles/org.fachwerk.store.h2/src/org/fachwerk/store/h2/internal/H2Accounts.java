package org.fachwerk.store.h2.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.fachwerk.store.Accounts;
import org.fachwerk.store.PasswordHash;
import org.fachwerk.store.Principal;

/**
 * Accounts in the table ACCOUNT (see migration V8), a row per login that has a password or was disabled; a login
 * without a row is enabled and has no password. Each check runs in one transaction holding the row, so that two
 * failed logins at once count twice.
 */
final class H2Accounts implements Accounts {

    /** Shortest password accepted: NIST SP 800-63B asks at least 8; ten letters resist guessing much longer. */
    static final int MIN_LENGTH = 10;
    private static final long MAX_DELAY_MILLIS = 8_000;
    private static final char[] ONE_TIME_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
            .toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final Consumer<Principal> issued;

    private record Row(String hash, boolean enabled, int failed, boolean mustChange) {
    }

    /** What a login came to: no refusal, or one after this many failures in a row. */
    private record Outcome(String refusal, int failedInARow) {
    }

    /** @param issued told of every principal authenticated, which the store then begins units of work for */
    H2Accounts(Database database, Consumer<Principal> issued) {
        this.database = database;
        this.issued = issued;
    }

    @Override
    public boolean anyPassword() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT 1 FROM \"ACCOUNT\" WHERE \"PASSWORD_HASH\" IS NOT NULL LIMIT 1");
                    ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        });
    }

    @Override
    public Principal authenticate(String login, char[] password) {
        // decided and counted in one transaction; the refusal waits outside it. A store opened only to read (a check)
        // counts nothing: whoever may read its file reads it without Fachwerk, too
        Outcome outcome = database.isReadOnly() ? database.read(c -> decide(c, login, password, false))
                : database.write(c -> decide(c, login, password, true));
        if (outcome.refusal() != null) {
            sleep(Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << Math.min(outcome.failedInARow() - 1, 10)));
            throw new RefusedException(outcome.refusal());
        }
        Principal principal = new Principal(login);
        issued.accept(principal);
        return principal;
    }

    private static Outcome decide(Connection connection, String login, char[] password, boolean count)
            throws SQLException {
        Row row = row(connection, login, count);
        if (row == null || row.hash() == null) {
            return new Outcome(Messages.LoginWrong, 1); // an unknown login waits as a first failure does
        }
        // a disabled or locked account opens to no password: nothing to slow down further
        if (!row.enabled()) {
            return new Outcome(NLS.bind(Messages.LoginDisabled, login), 1);
        }
        if (row.failed() >= LOCK_AFTER) {
            return new Outcome(NLS.bind(Messages.LoginLocked, login, LOCK_AFTER), 1);
        }
        if (PasswordHash.matches(password, row.hash())) {
            if (count && row.failed() > 0) {
                update(connection, login, "\"FAILED_LOGINS\" = 0");
            }
            return new Outcome(null, 0);
        }
        if (count) {
            update(connection, login, "\"FAILED_LOGINS\" = \"FAILED_LOGINS\" + 1");
        }
        int failed = row.failed() + 1;
        return new Outcome(failed >= LOCK_AFTER && count ? NLS.bind(Messages.LoginLocked, login, LOCK_AFTER)
                : Messages.LoginWrong, failed);
    }

    @Override
    public boolean mustChangePassword(String login) {
        return database.read(connection -> {
            Row row = row(connection, login, false);
            return row != null && row.mustChange();
        });
    }

    @Override
    public void changePassword(String login, char[] current, char[] replacement) {
        if (replacement.length < MIN_LENGTH) {
            throw new RefusedException(NLS.bind(Messages.PasswordTooShort, MIN_LENGTH));
        }
        Row row = database.read(connection -> row(connection, login, false));
        if (row != null && !row.enabled()) {
            throw new RefusedException(NLS.bind(Messages.LoginDisabled, login)); // nobody enables themselves
        }
        if (row != null && row.hash() != null) {
            authenticate(login, current); // counts as a login: a wrong current password is slowed and counted
        }
        String hash = PasswordHash.of(replacement);
        database.write(connection -> {
            put(connection, login, hash, false);
            return null;
        });
    }

    @Override
    public char[] resetPassword(String login) {
        char[] oneTime = new char[16];
        for (int i = 0; i < oneTime.length; i++) {
            oneTime[i] = ONE_TIME_LETTERS[RANDOM.nextInt(ONE_TIME_LETTERS.length)];
        }
        String hash = PasswordHash.of(oneTime);
        database.write(connection -> {
            put(connection, login, hash, true);
            return null;
        });
        return oneTime;
    }

    @Override
    public void enable(String login, boolean enabled) {
        database.write(connection -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO \"ACCOUNT\" (\"LOGIN\", \"ENABLED\","
                    + " \"CHANGED\") KEY (\"LOGIN\") VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                merge.setString(1, login);
                merge.setBoolean(2, enabled);
                merge.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Status status(String login) {
        Row row = database.read(connection -> row(connection, login, false));
        return row == null ? new Status(true, false, false)
                : new Status(row.enabled(), row.failed() >= LOCK_AFTER, row.hash() != null);
    }

    /**
     * A new password, unlocked: one's own (which leaves the account as enabled as it was), or a one-time password
     * from a reset, which also enables it.
     */
    private static void put(Connection connection, String login, String hash, boolean oneTime) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO \"ACCOUNT\" (\"LOGIN\", \"PASSWORD_HASH\","
                + (oneTime ? " \"ENABLED\"," : "") + " \"FAILED_LOGINS\", \"MUST_CHANGE\", \"CHANGED\") KEY (\"LOGIN\")"
                + " VALUES (?, ?," + (oneTime ? " TRUE," : "") + " 0, ?, CURRENT_TIMESTAMP)")) {
            merge.setString(1, login);
            merge.setString(2, hash);
            merge.setBoolean(3, oneTime);
            merge.executeUpdate();
        }
    }

    private static Row row(Connection connection, String login, boolean lock) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT \"PASSWORD_HASH\", \"ENABLED\","
                + " \"FAILED_LOGINS\", \"MUST_CHANGE\" FROM \"ACCOUNT\" WHERE \"LOGIN\" = ?" + (lock ? " FOR UPDATE" : ""))) {
            query.setString(1, login);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new Row(rows.getString(1), rows.getBoolean(2), rows.getInt(3), rows.getBoolean(4))
                        : null;
            }
        }
    }

    private static void update(Connection connection, String login, String set) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE \"ACCOUNT\" SET " + set + " WHERE \"LOGIN\" = ?")) {
            update.setString(1, login);
            update.executeUpdate();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
