package org.fachwerk.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fachwerk.store.Accounts;
import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.PasswordHash;
import org.fachwerk.store.Principal;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreException;
import org.fachwerk.store.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * Accounts: passwords only as Argon2id hashes, outside the change log; failed logins slowed and locked after five; an
 * administrator's reset gives a one-time password; no message gives a secret away.
 */
public interface AccountsContract extends StoreUnderTest {

    String SECRET = "Lindenweg-4-Bauamt";

    private static char[] secret() {
        return SECRET.toCharArray();
    }

    private static Accounts.RefusedException refused(Store store, String login, String password) {
        Accounts.RefusedException refusal = assertThrows(Accounts.RefusedException.class,
                () -> store.accounts().authenticate(login, password.toCharArray()));
        assertFalse(refusal.getMessage().contains(password), "the message holds no password: " + refusal.getMessage());
        assertFalse(refusal.getMessage().contains("argon2"), "nor a hash: " + refusal.getMessage());
        return refusal;
    }

    @Test
    default void aPasswordIsKeptAsAnArgon2idHashWithOwaspsParametersAndOutsideTheChangeLog() {
        String hash = PasswordHash.of(secret());
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertNotEquals(hash, PasswordHash.of(secret()), "each hash has its own salt");
        assertTrue(PasswordHash.matches(secret(), hash));
        assertFalse(PasswordHash.matches("lindenweg-4-bauamt".toCharArray(), hash));
        assertFalse(PasswordHash.matches(secret(), "$argon2id$damaged"));

        Store first = openStore();
        assertFalse(first.accounts().anyPassword(), "a new database asks nobody for a password");
        long sequence = first.lastSequence();
        first.accounts().changePassword("akoch", new char[0], secret());
        assertTrue(first.accounts().anyPassword());
        assertEquals(sequence, first.lastSequence(), "a password is no commit of the change log");
        try (Store store = reopen(first)) {
            Principal anna = store.accounts().authenticate("akoch", secret());
            String wrong = refused(store, "akoch", "Lindenweg-5-Bauamt").getMessage();
            assertEquals(wrong, refused(store, "niemand", SECRET).getMessage(),
                    "an unknown login is answered as a wrong password is");
            assertTrue(store.begin(anna).changesSince(0).stream()
                    .noneMatch(change -> change.toString().contains("argon2")));
        }
    }

    @Test
    default void failedLoginsAreSlowedMoreEachTimeAndTheFifthLocksTheAccountUntilAReset() {
        try (Store store = openStore()) {
            store.accounts().changePassword("bschulz", new char[0], secret());
            long previous = 0;
            for (int failure = 1; failure <= Accounts.LOCK_AFTER; failure++) {
                long start = System.nanoTime();
                Accounts.RefusedException refusal = refused(store, "bschulz", "geraten-" + failure);
                long waited = (System.nanoTime() - start) / 1_000_000;
                assertTrue(waited >= Accounts.FIRST_DELAY_MILLIS << (failure - 1), failure + ": " + waited + " ms");
                assertTrue(waited > previous, "each answer comes later");
                previous = waited;
                assertEquals(failure == Accounts.LOCK_AFTER, refusal.getMessage().contains("locked"),
                        refusal.getMessage());
            }
            assertTrue(refused(store, "bschulz", SECRET).getMessage().contains("locked"),
                    "the right password does not open a locked account");
            assertEquals(new Accounts.Status(true, true, true), store.accounts().status("bschulz"),
                    "an administrator sees it locked");

            char[] oneTime = store.accounts().resetPassword("bschulz");
            assertEquals(16, oneTime.length);
            store.accounts().authenticate("bschulz", oneTime.clone());
            assertTrue(store.accounts().mustChangePassword("bschulz"), "a one-time password must be changed");
            refused(store, "bschulz", SECRET);
            store.accounts().changePassword("bschulz", oneTime, "Neues-Passwort-2027".toCharArray());
            assertFalse(store.accounts().mustChangePassword("bschulz"));
            store.accounts().authenticate("bschulz", "Neues-Passwort-2027".toCharArray());
            assertEquals(new Accounts.Status(true, false, true), store.accounts().status("bschulz"));
        }
    }

    @Test
    default void aShortPasswordAWrongCurrentOneAndADisabledAccountAreRefused() {
        try (Store store = openStore()) {
            assertEquals(new Accounts.Status(true, false, false), store.accounts().status("ida"), "no account yet");
            assertThrows(Accounts.RefusedException.class,
                    () -> store.accounts().changePassword("ida", new char[0], "kurz".toCharArray()));
            assertFalse(store.accounts().anyPassword());
            store.accounts().changePassword("ida", new char[0], secret());
            assertThrows(Accounts.RefusedException.class, () -> store.accounts().changePassword("ida",
                    "nicht-das-alte".toCharArray(), "Ganz-Neues-Passwort".toCharArray()));
            store.accounts().authenticate("ida", secret());

            store.accounts().enable("ida", false);
            assertEquals(new Accounts.Status(false, false, true), store.accounts().status("ida"));
            assertTrue(refused(store, "ida", SECRET).getMessage().contains("disabled"));
            assertThrows(Accounts.RefusedException.class, () -> store.accounts().changePassword("ida", secret(),
                    "Ein-Anderes-Passwort".toCharArray()), "nobody enables themselves with a new password");
            store.accounts().enable("ida", true);
            store.accounts().authenticate("ida", secret());
        }
    }

    @Test
    default void onceAnAccountHasAPasswordOnlyPeopleTheStoreAuthenticatedBeginUnitsOfWork() {
        try (Store store = openStore(); Store other = openStore()) {
            SampleDepartment.save(store, SampleDepartment.create()); // nobody has a password yet
            store.accounts().changePassword("akoch", new char[0], secret());
            StoreException refusal = assertThrows(StoreException.class, () -> store.begin("akoch"),
                    "a login named is no longer enough");
            assertTrue(refusal.getMessage().contains("log in first"), refusal.getMessage());

            Principal anna = store.accounts().authenticate("akoch", secret());
            assertEquals("akoch", anna.login());
            UnitOfWork work = store.begin(anna);
            work.loadDepartments().get(0).setName("Ordnungsamt Nord");
            work.commit();
            List<ChangeSet> changes = work.changesSince(0);
            assertEquals("akoch", changes.get(changes.size() - 1).actor(), "the commit is the principal's");

            assertThrows(StoreException.class, () -> store.begin(new Principal("akoch")), "a principal made up");
            other.accounts().changePassword("akoch", new char[0], secret());
            Principal elsewhere = other.accounts().authenticate("akoch", secret());
            assertThrows(StoreException.class, () -> store.begin(elsewhere), "a principal of another store");
        }
    }
}
