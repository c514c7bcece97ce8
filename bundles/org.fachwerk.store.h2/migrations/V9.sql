-- Indexes on the references that are looked up from the other side: a removal asks whether a stored row still
-- refers to what it removes (H2Commit), and the read rules select rows by what they refer to (a Planner's bookings
-- by their task's project, documents by their project, a person's memberships for their rights at every read).
-- Without them each of these scans its whole table, e.g. a million bookings for one removed task.
CREATE INDEX "TIME_ENTRY_TASK" ON "TIME_ENTRY" ("TASK_ID");
CREATE INDEX "DOCUMENT_PROJECT" ON "DOCUMENT" ("PROJECT_ID");
CREATE INDEX "DOCUMENT_TASK" ON "DOCUMENT" ("TASK_ID");
CREATE INDEX "MEMBERSHIP_PERSON" ON "MEMBERSHIP" ("PERSON_ID");
CREATE INDEX "DEPENDENCY_PREDECESSOR" ON "DEPENDENCY" ("PREDECESSOR_ID");
CREATE INDEX "RUNNING_TIMER_TASK" ON "RUNNING_TIMER" ("TASK_ID");
