-- Outlets and journalists: the people who call. Names compare case-insensitively so
-- "les echos" and "Les Echos" are one outlet.
CREATE TABLE outlets (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE journalists (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL COLLATE NOCASE,
    outlet_id  INTEGER REFERENCES outlets (id),
    email      TEXT,
    phone      TEXT,
    created_at INTEGER NOT NULL
);
-- One record per person and outlet; a freelancer has no outlet (0 stands in for NULL).
CREATE UNIQUE INDEX ux_journalists_name_outlet ON journalists (name, ifnull(outlet_id, 0));

-- Requests: one inbound ask. Times are UTC Unix milliseconds.
CREATE TABLE requests (
    id            INTEGER PRIMARY KEY,
    journalist_id INTEGER NOT NULL REFERENCES journalists (id),
    topic         TEXT    NOT NULL,
    question      TEXT    NOT NULL DEFAULT '',
    channel       TEXT    NOT NULL,
    received_at   INTEGER NOT NULL,
    deadline      INTEGER,
    status        TEXT    NOT NULL,
    responded_at  INTEGER,
    response_note TEXT,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    CHECK (deadline IS NULL OR deadline >= received_at),
    CHECK (responded_at IS NULL OR responded_at >= received_at)
);
CREATE INDEX ix_requests_received ON requests (received_at DESC, id DESC);
-- The dashboard reads only open requests; a partial index keeps that flat as history grows.
CREATE INDEX ix_requests_open ON requests (received_at, deadline) WHERE responded_at IS NULL AND status IN ('New', 'Preparing');
CREATE INDEX ix_requests_journalist ON requests (journalist_id, received_at DESC);
