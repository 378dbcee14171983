-- Keeping pages fast on a long history (README, "Performance").

-- Received time and response time together: the dashboard's 30-day summary and the weekly
-- statistics read a range of received_at and need responded_at, now from the index alone.
CREATE INDEX ix_requests_received_responded ON requests (received_at, responded_at);

-- "Does speed win?" on the statistics page counted every publication joined to its request on each
-- view (about 0.5 s at a million requests). These tallies hold the same counts, kept in step by the
-- triggers below. A request counts when it has a publication, a response and an outcome status
-- (Published, NotPublished); its bucket follows its response time with the limits of
-- Interviews/QuotedByResponseTime.Buckets (15 min, 30 min, 1 h, 2 h; strictly below each).
CREATE TABLE quoted_tallies (
    bucket   INTEGER PRIMARY KEY CHECK (bucket BETWEEN 0 AND 4),
    requests INTEGER NOT NULL,
    quoted   INTEGER NOT NULL
);

CREATE VIEW quoted_outcomes AS
SELECT r.id AS request_id,
       CASE WHEN r.responded_at - r.received_at < 900000 THEN 0
            WHEN r.responded_at - r.received_at < 1800000 THEN 1
            WHEN r.responded_at - r.received_at < 3600000 THEN 2
            WHEN r.responded_at - r.received_at < 7200000 THEN 3
            ELSE 4 END AS bucket,
       (p.published AND p.quoted) AS quoted
FROM requests r JOIN publications p ON p.request_id = r.id
WHERE r.responded_at IS NOT NULL AND r.status IN ('Published', 'NotPublished');

INSERT INTO quoted_tallies (bucket, requests, quoted) VALUES (0, 0, 0), (1, 0, 0), (2, 0, 0), (3, 0, 0), (4, 0, 0);
UPDATE quoted_tallies SET
    requests = (SELECT count(*) FROM quoted_outcomes o WHERE o.bucket = quoted_tallies.bucket),
    quoted   = (SELECT coalesce(sum(o.quoted), 0) FROM quoted_outcomes o WHERE o.bucket = quoted_tallies.bucket);

-- Each trigger takes the row's old contribution out and puts its new one in. The old contribution
-- is read from the view before the change where the view cannot see it afterwards (BEFORE triggers).
CREATE TRIGGER quoted_tallies_publication_ai AFTER INSERT ON publications BEGIN
    UPDATE quoted_tallies SET requests = quoted_tallies.requests + 1, quoted = quoted_tallies.quoted + o.quoted
    FROM quoted_outcomes o WHERE o.request_id = new.request_id AND quoted_tallies.bucket = o.bucket;
END;
CREATE TRIGGER quoted_tallies_publication_bu BEFORE UPDATE ON publications BEGIN
    UPDATE quoted_tallies SET requests = quoted_tallies.requests - 1, quoted = quoted_tallies.quoted - o.quoted
    FROM quoted_outcomes o WHERE o.request_id = old.request_id AND quoted_tallies.bucket = o.bucket;
END;
CREATE TRIGGER quoted_tallies_publication_au AFTER UPDATE ON publications BEGIN
    UPDATE quoted_tallies SET requests = quoted_tallies.requests + 1, quoted = quoted_tallies.quoted + o.quoted
    FROM quoted_outcomes o WHERE o.request_id = new.request_id AND quoted_tallies.bucket = o.bucket;
END;
CREATE TRIGGER quoted_tallies_publication_bd BEFORE DELETE ON publications BEGIN
    UPDATE quoted_tallies SET requests = quoted_tallies.requests - 1, quoted = quoted_tallies.quoted - o.quoted
    FROM quoted_outcomes o WHERE o.request_id = old.request_id AND quoted_tallies.bucket = o.bucket;
END;
CREATE TRIGGER quoted_tallies_request_bu BEFORE UPDATE OF received_at, responded_at, status ON requests BEGIN
    UPDATE quoted_tallies SET requests = quoted_tallies.requests - 1, quoted = quoted_tallies.quoted - o.quoted
    FROM quoted_outcomes o WHERE o.request_id = old.id AND quoted_tallies.bucket = o.bucket;
END;
CREATE TRIGGER quoted_tallies_request_au AFTER UPDATE OF received_at, responded_at, status ON requests BEGIN
    UPDATE quoted_tallies SET requests = quoted_tallies.requests + 1, quoted = quoted_tallies.quoted + o.quoted
    FROM quoted_outcomes o WHERE o.request_id = new.id AND quoted_tallies.bucket = o.bucket;
END;
-- A deleted request takes its publication with it (ON DELETE CASCADE): count it out while both exist.
CREATE TRIGGER quoted_tallies_request_bd BEFORE DELETE ON requests BEGIN
    UPDATE quoted_tallies SET requests = quoted_tallies.requests - 1, quoted = quoted_tallies.quoted - o.quoted
    FROM quoted_outcomes o WHERE o.request_id = old.id AND quoted_tallies.bucket = o.bucket;
END;
