-- Settings changed on the owner's Settings page: configuration keys (PressDesk:ResponseTime:Target)
-- with their values as configuration text. A secret's value is sealed with Data Protection, so the
-- database never holds it in plain text. Any other configuration source (appsettings.json,
-- environment variables, the command line) wins over these rows.
CREATE TABLE settings (
    key        TEXT    PRIMARY KEY,
    value      TEXT    NOT NULL,
    sealed     INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1)),
    updated_at INTEGER NOT NULL
);

-- Every change, as the page lists it: who, when, which key, before and after (secrets masked).
-- The account is kept as its email so the line survives the account's removal.
CREATE TABLE setting_changes (
    id         INTEGER PRIMARY KEY,
    key        TEXT    NOT NULL,
    before     TEXT,
    after      TEXT,
    changed_by TEXT    NOT NULL,
    changed_at INTEGER NOT NULL
);
CREATE INDEX setting_changes_by_time ON setting_changes (changed_at DESC, id);
