-- The briefing template chosen for a request, by name (a file <name>.md.liquid in the template
-- folder). No row: the default template. A name whose file is gone falls back to the default.
CREATE TABLE briefing_templates (
    request_id INTEGER PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE,
    template   TEXT    NOT NULL,
    chosen_at  INTEGER NOT NULL
);
