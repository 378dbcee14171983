-- An alert stays on every dashboard of a person until they dismiss it: one row per alert and
-- person who dismissed it. It goes with the alert (a request deleted) and with the person.
-- (A dashboard finds each open request's newest alert through the alerts' unique (request_id,
-- kind) index: no other index is needed.)
CREATE TABLE alert_dismissals (
    alert_id     INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    dismissed_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, alert_id)
) WITHOUT ROWID;
