-- 002: the ledger's revision, a counter that every write changing documents, extractions,
-- mentions, attributions or claims bumps in its own transaction. Readers (the server's cache
-- of fused briefs) compare it to know whether the ledger changed, whichever connection or
-- process wrote. One row, read by its primary key.
CREATE TABLE revision (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL CHECK (value >= 0)
);
INSERT INTO revision (id, value) VALUES (1, 0);
