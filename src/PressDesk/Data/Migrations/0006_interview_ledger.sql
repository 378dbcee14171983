-- The interview ledger: what was said on the call, at which attribution level, and what got printed.
-- Times are UTC Unix milliseconds.
CREATE TABLE interviews (
    request_id       INTEGER PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE,
    format           TEXT    NOT NULL CHECK (format IN ('Conversation', 'QandA')),
    held_at          INTEGER NOT NULL,
    duration_seconds INTEGER CHECK (duration_seconds IS NULL OR duration_seconds > 0),
    notes            TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

-- Statements of an interview, in order. An on-the-record statement keeps its text in `text`;
-- anything else keeps it only in `sealed_text`, encrypted with ASP.NET Core Data Protection, so
-- the database file never holds it in clear. Both are NULL once the journalist's data is erased.
-- is_quote: the user marked it as a quote attributed to them (the quote check reads only these).
-- agreement: for levels other than on the record, whether the journalist explicitly agreed.
CREATE TABLE statements (
    id             INTEGER PRIMARY KEY,
    request_id     INTEGER NOT NULL REFERENCES interviews (request_id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    level          TEXT    NOT NULL CHECK (level IN ('OnRecord', 'Background', 'DeepBackground', 'OffRecord')),
    text           TEXT,
    sealed_text    TEXT,
    is_quote       INTEGER NOT NULL DEFAULT 0 CHECK (is_quote IN (0, 1)),
    agreement      TEXT    CHECK (agreement IN ('Yes', 'No', 'NotAsked')),
    agreed_at      INTEGER,
    agreement_how  TEXT,
    CHECK (level = 'OnRecord' OR text IS NULL),
    CHECK (level <> 'OnRecord' OR (sealed_text IS NULL AND agreement IS NULL)),
    UNIQUE (request_id, position)
);

-- What came out of it: one row per request, published or not. article_text is what the user
-- pasted to look for leaks; leaks lists the off-record and deep-background statements found in it.
CREATE TABLE publications (
    request_id          INTEGER PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE,
    published           INTEGER NOT NULL CHECK (published IN (0, 1)),
    title               TEXT,
    url                 TEXT,
    published_on        TEXT,      -- ISO date (yyyy-MM-dd), as the user typed it
    quoted              INTEGER NOT NULL DEFAULT 0 CHECK (quoted IN (0, 1)),
    attribution_correct INTEGER CHECK (attribution_correct IN (0, 1)),
    article_text        TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);

-- Prepared phrasings that appeared in print, by their words (a prep save renumbers phrasings).
CREATE TABLE publication_phrasings (
    request_id INTEGER NOT NULL REFERENCES publications (request_id) ON DELETE CASCADE,
    phrasing   TEXT    NOT NULL,
    PRIMARY KEY (request_id, phrasing)
);

CREATE TABLE publication_leaks (
    request_id   INTEGER NOT NULL REFERENCES publications (request_id) ON DELETE CASCADE,
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    PRIMARY KEY (request_id, statement_id)
);
CREATE INDEX ix_publication_leaks_statement ON publication_leaks (statement_id);
