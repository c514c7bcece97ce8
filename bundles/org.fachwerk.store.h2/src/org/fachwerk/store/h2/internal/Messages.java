package org.fachwerk.store.h2.internal;

import org.eclipse.osgi.util.NLS;

/** What the store tells the user; German in messages_de.properties, English in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.fachwerk.store.h2.internal.messages";

    public static String DataDirectoryNotCreatable;
    public static String AlreadyOpen;
    public static String WrongPassword;
    public static String NoSuchDatabase;
    public static String ServerUnreachable;
    public static String CannotOpen;
    public static String CannotRead;
    public static String CannotSave;
    public static String Closed;
    public static String DanglingReference;
    public static String MissingParent;
    public static String NoSuchPart;
    public static String UnknownValue;
    public static String NotFound;
    public static String Removed;
    public static String Invalid;
    public static String LoginWrong;
    public static String LoginDisabled;
    public static String LoginLocked;
    public static String PasswordTooShort;
    public static String NotAuthenticated;
    public static String LoginNeeded;
    public static String NotInDepartment;
    public static String Conflict;
    public static String NewerSchema;
    public static String MigrationFailed;
    public static String MigrationBackup;
    public static String StillReferred;
    public static String NotReadable;
    public static String ContentNotReadable;
    public static String MigrationUndone;
    public static String MigrationUndoneEmpty;
    public static String BeingMigrated;
    public static String SchemaMismatch;
    public static String NoContent;
    public static String ContentTooLarge;
    public static String ContentInterrupted;
    public static String ContentCorrupted;
    public static String SemicolonInPath;
    public static String ReadOnlyLocation;
    public static String ReadOnlyStore;
    public static String NoDatabaseFile;
    public static String EmptyFile;
    public static String NotADatabase;
    public static String TruncatedFile;
    public static String DamagedFile;
    public static String NoFachwerkData;
    public static String OlderSchemaReadOnly;
    public static String MigrationInProgress;
    public static String CompactEmbeddedOnly;
    public static String EncryptEmbeddedOnly;
    public static String EncryptedFile;
    public static String NotEncrypted;
    public static String WrongFilePassword;
    public static String FilePasswordTooShort;
    public static String AlreadyEncrypted;
    public static String EncryptionFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
