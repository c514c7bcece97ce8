-- Accounts: whether a login is enabled and its password as an Argon2id hash (PHC string), kept by the store beside
-- the model, never loaded into it and never in the change log; failed logins in a row, and whether the password is
-- a one-time password that must be changed.
CREATE TABLE "ACCOUNT" (
    "LOGIN" CHARACTER VARYING(200) PRIMARY KEY,
    "PASSWORD_HASH" CHARACTER VARYING(200),
    "ENABLED" BOOLEAN DEFAULT TRUE NOT NULL,
    "FAILED_LOGINS" INTEGER DEFAULT 0 NOT NULL,
    "MUST_CHANGE" BOOLEAN DEFAULT FALSE NOT NULL,
    "CHANGED" TIMESTAMP WITH TIME ZONE
);
