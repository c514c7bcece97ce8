-- Version 7: sums kept beside the objects, for any module that registers one (time logging keeps the minutes
-- booked per person and week), instead of a table per sum. KEPT_SUM_BUILT names the sums whose rows are complete;
-- the store builds a sum that is not there (this database had only BOOKED_WEEK before) from the stored objects of
-- its class when it is first kept.

CREATE TABLE "KEPT_SUM" (
    "NAME" VARCHAR(100) NOT NULL,
    "GROUP_ID" VARCHAR(100) NOT NULL,
    "DAY" DATE NOT NULL,
    "TOTAL" BIGINT NOT NULL,
    "COUNT" INTEGER NOT NULL,
    PRIMARY KEY ("NAME", "GROUP_ID", "DAY")
);
CREATE INDEX "KEPT_SUM_DAY" ON "KEPT_SUM" ("NAME", "DAY");

CREATE TABLE "KEPT_SUM_BUILT" (
    "NAME" VARCHAR(100) PRIMARY KEY,
    "CLASS_NAME" VARCHAR(100) NOT NULL,
    "BUILT" TIMESTAMP WITH TIME ZONE NOT NULL
);

DROP TABLE "BOOKED_WEEK";
