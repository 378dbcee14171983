-- Intake: requests that log themselves from a drop folder or a mailbox.
-- Every message has an identity (its Message-ID, else a hash of its content). The unique
-- constraint is what makes intake exactly-once: the same email dropped twice, fetched twice
-- or replayed after a crash finds its identity already stored and makes no second request.
CREATE TABLE intake_messages (
    id          INTEGER PRIMARY KEY,
    identity    TEXT    NOT NULL UNIQUE,
    source      TEXT    NOT NULL CHECK (source IN ('drop', 'imap')),
    source_name TEXT    NOT NULL,                       -- file name, or folder/UID in the mailbox
    request_id  INTEGER NOT NULL REFERENCES requests (id),
    attachments TEXT,                                   -- names only, one per line; contents are not kept
    stored_at   INTEGER NOT NULL
);
CREATE INDEX ix_intake_messages_stored ON intake_messages (stored_at DESC);

-- What intake set aside, with the reason. Drop-folder items also keep their file under
-- rejected/ with <name>.reason.txt beside it; nothing is deleted. Dismissing hides a row.
CREATE TABLE intake_rejections (
    id           INTEGER PRIMARY KEY,
    source       TEXT    NOT NULL CHECK (source IN ('drop', 'imap')),
    source_name  TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    rejected_at  INTEGER NOT NULL,
    dismissed_at INTEGER
);
CREATE INDEX ix_intake_rejections_open ON intake_rejections (rejected_at DESC) WHERE dismissed_at IS NULL;

-- Mail from a known address finds its journalist whatever the case of the address.
CREATE INDEX ix_journalists_email ON journalists (lower(email)) WHERE email IS NOT NULL;
