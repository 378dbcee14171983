-- People who may sign in: one owner, and members of a small press office.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    role          TEXT    NOT NULL CHECK (role IN ('Owner', 'Member')),
    password_hash TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
);

-- One row per sign-in: the cookie carries only the session id, so signing out or removing
-- a member ends the session on the server, and a restart of the app does not.
CREATE TABLE sessions (
    id           TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    ended_at     INTEGER
);
CREATE INDEX ix_sessions_user ON sessions (user_id);

-- Keys for integrations on /api. Only a SHA-256 hash of the key is kept; the prefix helps
-- people tell keys apart without storing the secret.
CREATE TABLE api_keys (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    prefix       TEXT    NOT NULL,
    key_hash     TEXT    NOT NULL UNIQUE,
    created_at   INTEGER NOT NULL,
    created_by   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    last_used_at INTEGER,
    revoked_at   INTEGER
);

-- Every sign-in attempt, for the owner to read and for throttling repeated failures.
CREATE TABLE sign_in_attempts (
    id           INTEGER PRIMARY KEY,
    email        TEXT    NOT NULL COLLATE NOCASE,
    user_id      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    succeeded    INTEGER NOT NULL,
    reason       TEXT    NOT NULL,
    remote_ip    TEXT    NOT NULL,
    user_agent   TEXT,
    at           INTEGER NOT NULL
);
CREATE INDEX ix_sign_in_attempts_email ON sign_in_attempts (email, at) WHERE succeeded = 0;
CREATE INDEX ix_sign_in_attempts_ip ON sign_in_attempts (remote_ip, at) WHERE succeeded = 0;
CREATE INDEX ix_sign_in_attempts_at ON sign_in_attempts (at DESC);
