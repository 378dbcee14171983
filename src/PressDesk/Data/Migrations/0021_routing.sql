-- A press office routes each request to the right spokesperson: who answers on what, when they
-- work, who has a request now and how it got there. Times are UTC Unix milliseconds.

-- Areas of expertise stay the team's (one "Énergie" and its keywords); each member covers some
-- of them. The areas made before there was a team are the owner's.
CREATE TABLE member_areas (
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    focus_area_id INTEGER NOT NULL REFERENCES focus_areas (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, focus_area_id)
) WITHOUT ROWID;
CREATE INDEX ix_member_areas_area ON member_areas (focus_area_id);
INSERT INTO member_areas (user_id, focus_area_id)
    SELECT u.id, a.id FROM users u CROSS JOIN focus_areas a WHERE u.role = 'Owner';

-- Working hours in the member's own time zone, several ranges a day (minutes since midnight,
-- end exclusive; 1440 is midnight at the end of the day). A member with no row works any time.
CREATE TABLE working_hours (
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),   -- .NET's DayOfWeek: 0 is Sunday
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    CHECK (end_minute > start_minute),
    PRIMARY KEY (user_id, weekday, start_minute)
) WITHOUT ROWID;

-- time_zone: an IANA id, NULL for PressDesk:TimeZone. holiday_country: ISO 3166 alpha-2 whose
-- public holidays are days off, '' for none. away_until: "in a meeting until 15:00".
ALTER TABLE users ADD COLUMN time_zone TEXT;
ALTER TABLE users ADD COLUMN holiday_country TEXT NOT NULL DEFAULT 'FR';
ALTER TABLE users ADD COLUMN away_until INTEGER;
ALTER TABLE users ADD COLUMN away_note TEXT;
-- The press officer gets what no available spokesperson matches, and the last escalation: one
-- member at most (none set: the owner).
ALTER TABLE users ADD COLUMN press_officer INTEGER NOT NULL DEFAULT 0 CHECK (press_officer IN (0, 1));
CREATE UNIQUE INDEX ux_users_press_officer ON users (press_officer) WHERE press_officer = 1;

-- Who has a request now. acknowledged_at: the assignee said "I'm on it" (cleared by a hand-over).
ALTER TABLE requests ADD COLUMN assigned_to INTEGER REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE requests ADD COLUMN assigned_at INTEGER;
ALTER TABLE requests ADD COLUMN acknowledged_at INTEGER;
CREATE INDEX ix_requests_assignee_open ON requests (assigned_to, received_at)
    WHERE responded_at IS NULL AND status IN ('New', 'Preparing');
-- The escalation pass finds unacknowledged open requests in assignment order.
CREATE INDEX ix_requests_unacknowledged ON requests (assigned_at)
    WHERE responded_at IS NULL AND status IN ('New', 'Preparing') AND acknowledged_at IS NULL AND assigned_to IS NOT NULL;

-- Every hand-over of a request, and every "I'm on it": the history on the request page, and what
-- escalation reads to know who was already asked. user_name keeps the name shown at the time, so
-- the history still reads after a member is removed.
CREATE TABLE request_assignments (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    user_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    user_name  TEXT    NOT NULL,
    event      TEXT    NOT NULL CHECK (event IN ('routed', 'fallback', 'taken', 'reassigned', 'escalated', 'acknowledged')),
    reason     TEXT,   -- routed: the area matched; escalated: 'unacknowledged', 'warning' or 'away'
    by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    at         INTEGER NOT NULL
);
CREATE INDEX ix_request_assignments_request ON request_assignments (request_id, id);
