-- Issuance registry, status lists, status audit log and batch jobs (SQLite).
-- Times are Unix milliseconds (UTC) so both dialects store and compare them the same way.
-- status_allocations is WITHOUT ROWID: its small primary key is the table's own B-tree, one index fewer to maintain
-- per inserted row. (credentials keeps its rowid: its wide rows grow when the hash is recorded.)

CREATE TABLE status_lists (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    purpose         TEXT    NOT NULL CHECK (purpose IN ('revocation', 'suspension')),
    length          INTEGER NOT NULL CHECK (length > 0 AND length % 8 = 0),
    allocated_count INTEGER NOT NULL DEFAULT 0 CHECK (allocated_count >= 0 AND allocated_count <= length),
    allocated       BLOB    NOT NULL,
    bits            BLOB    NOT NULL,
    created_at_ms   INTEGER NOT NULL,
    updated_at_ms   INTEGER NOT NULL
);

CREATE INDEX ix_status_lists_open ON status_lists (purpose, id) WHERE allocated_count < length;

CREATE TABLE credentials (
    id              TEXT    PRIMARY KEY,
    issuer          TEXT    NOT NULL,
    learner_ref     TEXT    NOT NULL,
    template_id     TEXT    NOT NULL,
    format          TEXT    NOT NULL,
    issued_at_ms    INTEGER NOT NULL,
    idempotency_key TEXT    UNIQUE,
    state           INTEGER NOT NULL CHECK (state IN (1, 2)),
    status          INTEGER NOT NULL DEFAULT 1 CHECK (status IN (1, 2, 3)),
    sha256          BLOB,
    content         BLOB,
    created_at_ms   INTEGER NOT NULL
);

CREATE TABLE status_allocations (
    credential_id TEXT    NOT NULL REFERENCES credentials (id),
    purpose       TEXT    NOT NULL CHECK (purpose IN ('revocation', 'suspension')),
    list_id       INTEGER NOT NULL REFERENCES status_lists (id),
    idx           INTEGER NOT NULL CHECK (idx >= 0),
    PRIMARY KEY (credential_id, purpose),
    -- The last line of defence against handing one index to two credentials.
    CONSTRAINT ux_status_allocations_list_idx UNIQUE (list_id, idx)
) WITHOUT ROWID;

CREATE TABLE status_audit (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    credential_id TEXT    NOT NULL REFERENCES credentials (id),
    action        INTEGER NOT NULL,
    purpose       TEXT    NOT NULL,
    list_id       INTEGER NOT NULL,
    idx           INTEGER NOT NULL,
    old_state     INTEGER NOT NULL,
    new_state     INTEGER NOT NULL,
    actor         TEXT    NOT NULL,
    reason        TEXT    NOT NULL,
    at_ms         INTEGER NOT NULL
);

CREATE INDEX ix_status_audit_credential ON status_audit (credential_id, seq);

CREATE TRIGGER status_audit_no_update BEFORE UPDATE ON status_audit
BEGIN
    SELECT RAISE(ABORT, 'status_audit is append-only');
END;

CREATE TRIGGER status_audit_no_delete BEFORE DELETE ON status_audit
BEGIN
    SELECT RAISE(ABORT, 'status_audit is append-only');
END;

CREATE TABLE batches (
    id            TEXT    PRIMARY KEY,
    template_id   TEXT    NOT NULL,
    total_rows    INTEGER NOT NULL CHECK (total_rows >= 0),
    issued_rows   INTEGER NOT NULL DEFAULT 0,
    failed_rows   INTEGER NOT NULL DEFAULT 0,
    state         INTEGER NOT NULL,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL
);

CREATE TABLE batch_rows (
    batch_id      TEXT    NOT NULL REFERENCES batches (id),
    row_number    INTEGER NOT NULL,
    outcome       INTEGER NOT NULL CHECK (outcome IN (1, 2, 3)),
    credential_id TEXT,
    error         TEXT,
    PRIMARY KEY (batch_id, row_number)
);
