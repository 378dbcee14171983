-- Areas of expertise ("focus"): what the user is competent to talk about. Keywords are kept
-- as typed, one per line; triage normalises them (case and accents) when it reads them.
CREATE TABLE focus_areas (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    keywords   TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- One prep per request. Opening the prep starts it; ready_at is set when it is marked ready
-- and cleared when it goes back to draft. Times are UTC Unix milliseconds.
CREATE TABLE preps (
    request_id    INTEGER PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE,
    focus_area_id INTEGER REFERENCES focus_areas (id) ON DELETE SET NULL,
    started_at    INTEGER NOT NULL,
    ready_at      INTEGER,
    updated_at    INTEGER NOT NULL,
    CHECK (ready_at IS NULL OR ready_at >= started_at)
);

-- The key points of a prep (position 1 to 3) and their phrasings. A save replaces them all.
CREATE TABLE key_points (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES preps (request_id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    text       TEXT    NOT NULL,
    UNIQUE (request_id, position)
);

-- The message library: the key points and phrasings of every prep as last marked ready.
-- Unchanged entries keep their id across saves, so a reuse keeps pointing at them.
CREATE TABLE library_entries (
    id                INTEGER PRIMARY KEY,
    source_request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    focus_area_id     INTEGER REFERENCES focus_areas (id) ON DELETE SET NULL,
    topic             TEXT    NOT NULL,
    key_point         TEXT    NOT NULL,
    phrasing          TEXT    NOT NULL,
    added_at          INTEGER NOT NULL,
    UNIQUE (source_request_id, key_point, phrasing)
);
CREATE INDEX ix_library_entries_area ON library_entries (focus_area_id, added_at DESC);

-- Full-text search over the library, accent- and case-insensitive, kept in step by triggers.
CREATE VIRTUAL TABLE library_search USING fts5 (
    topic, key_point, phrasing,
    content = 'library_entries', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER library_entries_ai AFTER INSERT ON library_entries BEGIN
    INSERT INTO library_search (rowid, topic, key_point, phrasing) VALUES (new.id, new.topic, new.key_point, new.phrasing);
END;
CREATE TRIGGER library_entries_ad AFTER DELETE ON library_entries BEGIN
    INSERT INTO library_search (library_search, rowid, topic, key_point, phrasing) VALUES ('delete', old.id, old.topic, old.key_point, old.phrasing);
END;
CREATE TRIGGER library_entries_au AFTER UPDATE ON library_entries BEGIN
    INSERT INTO library_search (library_search, rowid, topic, key_point, phrasing) VALUES ('delete', old.id, old.topic, old.key_point, old.phrasing);
    INSERT INTO library_search (rowid, topic, key_point, phrasing) VALUES (new.id, new.topic, new.key_point, new.phrasing);
END;

-- Phrasings of a key point, in order; library_entry_id records an earlier phrasing reused here.
CREATE TABLE phrasings (
    id               INTEGER PRIMARY KEY,
    key_point_id     INTEGER NOT NULL REFERENCES key_points (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    text             TEXT    NOT NULL,
    library_entry_id INTEGER REFERENCES library_entries (id) ON DELETE SET NULL,
    UNIQUE (key_point_id, position)
);
CREATE INDEX ix_phrasings_library_entry ON phrasings (library_entry_id) WHERE library_entry_id IS NOT NULL;

-- The user's own words for the phrasing checks, on top of the shipped lists.
CREATE TABLE prep_words (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('hedge', 'jargon')),
    word       TEXT    NOT NULL COLLATE NOCASE,
    created_at INTEGER NOT NULL,
    UNIQUE (kind, word)
);
