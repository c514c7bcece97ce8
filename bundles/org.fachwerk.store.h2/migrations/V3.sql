-- Version 3: the minutes booked per person and week, kept up to date by every commit that writes bookings, so
-- that weekly reports read one row per person and week instead of every booking. A booking whose end lies before
-- its start runs past midnight.

CREATE TABLE "BOOKED_WEEK" (
    "PERSON_ID" VARCHAR(36) NOT NULL,
    "MONDAY" DATE NOT NULL,
    "MINUTES" BIGINT NOT NULL,
    "BOOKINGS" INTEGER NOT NULL,
    PRIMARY KEY ("PERSON_ID", "MONDAY")
);
CREATE INDEX "BOOKED_WEEK_MONDAY" ON "BOOKED_WEEK" ("MONDAY");
CREATE INDEX "TIME_ENTRY_PERSON_DATE" ON "TIME_ENTRY" ("PERSON_ID", "DATE");

INSERT INTO "BOOKED_WEEK"
    SELECT "PERSON_ID", "MONDAY", SUM("MINUTES"), COUNT(*) FROM (
        SELECT "PERSON_ID", DATEADD(DAY, 1 - ISO_DAY_OF_WEEK("DATE"), "DATE") AS "MONDAY",
            DATEDIFF(MINUTE, "START", "END") + CASE WHEN "END" < "START" THEN 1440 ELSE 0 END
                - COALESCE("BREAK_MINUTES", 0) AS "MINUTES"
        FROM "TIME_ENTRY" WHERE "PERSON_ID" IS NOT NULL AND "DATE" IS NOT NULL
    ) GROUP BY "PERSON_ID", "MONDAY";
