-- Private calendar feeds (/calendar/<token>.ics): calendar apps subscribe without a cookie, so
-- the token is the only key. Only its SHA-256 is stored, so a copy of the database does not open
-- anyone's calendar; regenerating replaces the row, which revokes the old token.
-- scope: 'mine' (the member's own requests, callbacks, interviews) or 'team' (the owner's view of everything).
CREATE TABLE calendar_feeds (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scope      TEXT    NOT NULL CHECK (scope IN ('mine', 'team')),
    token_hash TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    UNIQUE (user_id, scope)
);

-- What each calendar event last looked like: an event whose content changes keeps its UID and
-- gets a higher SEQUENCE, which is how calendar apps know to update it in place (RFC 5545 3.8.7.4).
-- fingerprint: a hash of the event as last served.
CREATE TABLE calendar_events (
    uid         TEXT    PRIMARY KEY,
    sequence    INTEGER NOT NULL,
    fingerprint TEXT    NOT NULL,
    changed_at  INTEGER NOT NULL
) WITHOUT ROWID;
