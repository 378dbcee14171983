-- "I'll call you back at 15:00": a time promised to the journalist, by one member, with its own
-- reminder a few minutes before. Times are UTC Unix milliseconds.
-- counts_as_response: the user said, when logging it, that the promise was their response (the
-- request's responded_at is then set in the same transaction, not derived from this row).
-- reminded_at: the reminder fired (once); state: scheduled until done or cancelled, and a
-- request that is deleted takes its callbacks with it.
CREATE TABLE scheduled_callbacks (
    id                 INTEGER PRIMARY KEY,
    request_id         INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    due_at             INTEGER NOT NULL,
    user_id            INTEGER REFERENCES users (id) ON DELETE SET NULL,   -- who calls back
    note               TEXT,
    counts_as_response INTEGER NOT NULL DEFAULT 0 CHECK (counts_as_response IN (0, 1)),
    state              TEXT    NOT NULL DEFAULT 'scheduled' CHECK (state IN ('scheduled', 'done', 'cancelled')),
    reminded_at        INTEGER,
    created_by         INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE INDEX ix_scheduled_callbacks_request ON scheduled_callbacks (request_id, due_at);
-- The reminder worker and the dashboard read only what is still to do, in time order.
CREATE INDEX ix_scheduled_callbacks_due ON scheduled_callbacks (due_at) WHERE state = 'scheduled';
