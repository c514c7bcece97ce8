-- Version 5: documents. Binary content beside the objects (the files of document versions), under the id of the
-- object it belongs to, with its size and SHA-256 so that reading can tell corrupted content; the check-out lock
-- of a document; the running number of each record plan node for the next file number.

CREATE TABLE "CONTENT" (
    "KEY" VARCHAR(36) PRIMARY KEY,
    "SIZE" BIGINT NOT NULL,
    "SHA256" VARCHAR(64) NOT NULL,
    "DATA" BLOB NOT NULL,
    "STORED" TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

ALTER TABLE "DOCUMENT" ADD COLUMN "LOCKED_AT" TIMESTAMP;
ALTER TABLE "DOCUMENT" ADD COLUMN "LOCKED_BY_ID" VARCHAR(36);
ALTER TABLE "RECORD_PLAN_NODE" ADD COLUMN "LAST_NUMBER" INTEGER;
