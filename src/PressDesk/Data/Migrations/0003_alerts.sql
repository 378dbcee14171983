-- The alert worker finds the next journalist deadline among open requests in a few index steps.
CREATE INDEX ix_requests_open_deadline ON requests (deadline)
    WHERE responded_at IS NULL AND status IN ('New', 'Preparing') AND deadline IS NOT NULL;

-- An alert is written once per request and kind: the unique constraint makes a second firing
-- impossible, whatever the number of workers, passes or restarts.
CREATE TABLE alerts (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id),
    kind       TEXT    NOT NULL CHECK (kind IN ('warning', 'breach', 'deadline')),
    due_at     INTEGER NOT NULL,
    fired_at   INTEGER NOT NULL,
    late       INTEGER NOT NULL DEFAULT 0,   -- came due while PressDesk was not running
    UNIQUE (request_id, kind)
);
CREATE INDEX ix_alerts_fired ON alerts (fired_at DESC, id DESC);

-- The outbox: one row per alert and channel, kept until delivered (never dropped).
CREATE TABLE alert_deliveries (
    id              INTEGER PRIMARY KEY,
    alert_id        INTEGER NOT NULL REFERENCES alerts (id),
    channel         TEXT    NOT NULL CHECK (channel IN ('dashboard', 'webhook', 'email')),
    state           TEXT    NOT NULL CHECK (state IN ('pending', 'delivered', 'failed', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at INTEGER,
    delivered_at    INTEGER,
    UNIQUE (alert_id, channel)
);
CREATE INDEX ix_alert_deliveries_due ON alert_deliveries (next_attempt_at) WHERE state IN ('pending', 'failed');
