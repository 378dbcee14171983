-- Web Push: each user's devices, what each user wants pushed, and one delivery row per device.
-- user_id, request_id and alert_id carry no foreign key on purpose: removing a member or deleting
-- a request must not fail because of a device or a push; what pushes read joins them instead
-- (a device of a removed user gets nothing, a push about a deleted request is cancelled).

-- A browser's PushSubscription, for one user. The endpoint is the browser's identity at its push
-- service: the same endpoint posted twice is one device (its keys and owner are refreshed).
CREATE TABLE push_subscriptions (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL,
    endpoint    TEXT    NOT NULL UNIQUE,
    p256dh      TEXT    NOT NULL,
    auth        TEXT    NOT NULL,
    device_name TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX ix_push_subscriptions_user ON push_subscriptions (user_id);

-- The kinds a user turned off ('new-request', 'warning', 'breach', 'deadline'); no row: pushed.
CREATE TABLE push_muted_kinds (
    user_id INTEGER NOT NULL,
    kind    TEXT    NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- The push outbox: one row per device and (request, kind), so a device gets each alert and each
-- new request at most once, whatever the retries, passes or restarts. alert_id is NULL for a new request.
CREATE TABLE push_deliveries (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES push_subscriptions (id),   -- deleted first (PushSubscriptions)
    request_id      INTEGER NOT NULL,
    kind            TEXT    NOT NULL,
    alert_id        INTEGER,
    state           TEXT    NOT NULL CHECK (state IN ('pending', 'delivered', 'failed', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER,
    delivered_at    INTEGER,
    UNIQUE (subscription_id, request_id, kind)
);
CREATE INDEX ix_push_deliveries_due ON push_deliveries (next_attempt_at) WHERE state IN ('pending', 'failed');

-- Push joins the alert outbox's channels: its row there fans the alert out to the devices above.
-- SQLite cannot change a CHECK constraint, so the table is rebuilt with the same rows.
CREATE TABLE alert_deliveries_new (
    id              INTEGER PRIMARY KEY,
    alert_id        INTEGER NOT NULL REFERENCES alerts (id),
    channel         TEXT    NOT NULL CHECK (channel IN ('dashboard', 'webhook', 'email', 'push')),
    state           TEXT    NOT NULL CHECK (state IN ('pending', 'delivered', 'failed', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at INTEGER,
    delivered_at    INTEGER,
    UNIQUE (alert_id, channel)
);
INSERT INTO alert_deliveries_new SELECT id, alert_id, channel, state, attempts, last_error, next_attempt_at, delivered_at FROM alert_deliveries;
DROP TABLE alert_deliveries;
ALTER TABLE alert_deliveries_new RENAME TO alert_deliveries;
CREATE INDEX ix_alert_deliveries_due ON alert_deliveries (next_attempt_at) WHERE state IN ('pending', 'failed');
