-- The journalist directory: what we know about each journalist and outlet, and the pitches we
-- sent them. Added columns are nullable (or defaulted) so existing rows stay valid.
ALTER TABLE journalists ADD COLUMN beat              TEXT COLLATE NOCASE;
ALTER TABLE journalists ADD COLUMN preferred_channel TEXT;
ALTER TABLE journalists ADD COLUMN notes             TEXT;
ALTER TABLE journalists ADD COLUMN updated_at        INTEGER;
-- Set when a journalist's personal data was erased; the row stays so their requests still count.
ALTER TABLE journalists ADD COLUMN erased_at         INTEGER;

ALTER TABLE outlets ADD COLUMN country TEXT;
ALTER TABLE outlets ADD COLUMN type    TEXT;
-- Whether the outlet lets sources re-read anything before publication. The interview ledger reads
-- this same column: QuotesOnly (your own quotes, the usual norm), NoReview, QaAnswersAllowed.
ALTER TABLE outlets ADD COLUMN review_norm TEXT NOT NULL DEFAULT 'QuotesOnly'
    CHECK (review_norm IN ('QuotesOnly', 'NoReview', 'QaAnswersAllowed'));
ALTER TABLE outlets ADD COLUMN updated_at INTEGER;

-- Outbound contacts that we started. guard_overridden records that the user confirmed logging a
-- pitch the cooldown or follow-up rule warned against; guard_warnings names those rules.
CREATE TABLE pitches (
    id               INTEGER PRIMARY KEY,
    journalist_id    INTEGER NOT NULL REFERENCES journalists (id),
    sent_at          INTEGER NOT NULL,
    channel          TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    is_follow_up     INTEGER NOT NULL DEFAULT 0 CHECK (is_follow_up IN (0, 1)),
    outcome          TEXT    NOT NULL DEFAULT 'NoAnswer'
        CHECK (outcome IN ('NoAnswer', 'Answered', 'Declined', 'Covered')),
    guard_overridden INTEGER NOT NULL DEFAULT 0 CHECK (guard_overridden IN (0, 1)),
    guard_warnings   TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX ix_pitches_journalist ON pitches (journalist_id, sent_at DESC);

-- Directory filters: by outlet and by beat; last contact reads ix_requests_journalist and ix_pitches_journalist.
CREATE INDEX ix_journalists_outlet ON journalists (outlet_id);
CREATE INDEX ix_journalists_beat ON journalists (beat);
