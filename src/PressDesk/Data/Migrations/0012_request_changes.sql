-- Every correction of a request, for its history on the request page: who changed which field,
-- when, from what to what. Times as ISO-8601 UTC text, a journalist as its id, a channel as its name.
CREATE TABLE request_changes (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    changed_at INTEGER NOT NULL,
    changed_by TEXT    NOT NULL,
    field      TEXT    NOT NULL,
    before     TEXT,
    after      TEXT
);
CREATE INDEX ix_request_changes_request ON request_changes (request_id, id);
