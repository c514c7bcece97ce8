-- Version 6: full-text search. A text per key (what a document version says), indexed by H2's native full-text
-- search, whose triggers keep the word index in the schema FT current.

CREATE TABLE "SEARCH_TEXT" (
    "KEY" VARCHAR(36) PRIMARY KEY,
    "TEXT" CHARACTER LARGE OBJECT NOT NULL
);
CREATE ALIAS IF NOT EXISTS FT_INIT FOR 'org.h2.fulltext.FullText.init';
CALL FT_INIT();
CALL FT_CREATE_INDEX('PUBLIC', 'SEARCH_TEXT', 'TEXT');
