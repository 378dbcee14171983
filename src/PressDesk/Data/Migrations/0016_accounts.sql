-- One-time links with which a member sets a new password after forgetting it. Only a SHA-256
-- hash of the token is kept, so the table alone opens nobody's account.
CREATE TABLE password_resets (
    token_hash  TEXT    PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
);
CREATE INDEX ix_password_resets_user ON password_resets (user_id);

