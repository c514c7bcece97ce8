-- Version 5: binary content beside the objects (the files of document versions), under the id of the object it
-- belongs to, with its size and SHA-256 so that reading can tell corrupted content.

CREATE TABLE "CONTENT" (
    "KEY" VARCHAR(36) PRIMARY KEY,
    "SIZE" BIGINT NOT NULL,
    "SHA256" VARCHAR(64) NOT NULL,
    "DATA" BLOB NOT NULL
);
