-- What each calendar feed last served, so an event that leaves it (its request closed or deleted,
-- handed to someone else, its callback cancelled) is served as STATUS:CANCELLED with a higher
-- SEQUENCE for 30 days instead of silently vanishing: calendar apps keep an event that merely
-- disappears from a subscribed feed. Keyed by member and scope, so a regenerated token keeps it.
-- No third-party text here: a cancelled event's summary is generic, so erasing a journalist
-- leaves nothing of them behind. Times are UTC Unix milliseconds.
-- sequence: the SEQUENCE this feed last served the event with; cancelled_at: when it left.
CREATE TABLE calendar_feed_events (
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scope        TEXT    NOT NULL CHECK (scope IN ('mine', 'team')),
    uid          TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('deadline', 'callback', 'interview')),
    starts_at    INTEGER NOT NULL,
    ends_at      INTEGER NOT NULL,
    sequence     INTEGER NOT NULL,
    cancelled_at INTEGER,
    PRIMARY KEY (user_id, scope, uid)
) WITHOUT ROWID;
