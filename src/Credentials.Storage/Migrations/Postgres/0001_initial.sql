-- Issuance registry, status lists, status audit log and batch jobs (PostgreSQL).
-- Times are Unix milliseconds (UTC) so both dialects store and compare them the same way.

CREATE TABLE status_lists (
    id              bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purpose         text    NOT NULL CHECK (purpose IN ('revocation', 'suspension')),
    length          bigint  NOT NULL CHECK (length > 0 AND length % 8 = 0),
    allocated_count bigint  NOT NULL DEFAULT 0 CHECK (allocated_count >= 0 AND allocated_count <= length),
    allocated       bytea   NOT NULL,
    bits            bytea   NOT NULL,
    created_at_ms   bigint  NOT NULL,
    updated_at_ms   bigint  NOT NULL
);

CREATE INDEX ix_status_lists_open ON status_lists (purpose, id) WHERE allocated_count < length;

CREATE TABLE credentials (
    id              text    PRIMARY KEY,
    issuer          text    NOT NULL,
    learner_ref     text    NOT NULL,
    template_id     text    NOT NULL,
    format          text    NOT NULL,
    issued_at_ms    bigint  NOT NULL,
    idempotency_key text    UNIQUE,
    state           bigint  NOT NULL CHECK (state IN (1, 2)),
    status          bigint  NOT NULL DEFAULT 1 CHECK (status IN (1, 2, 3)),
    sha256          bytea,
    content         bytea,
    created_at_ms   bigint  NOT NULL
);

CREATE TABLE status_allocations (
    credential_id text    NOT NULL REFERENCES credentials (id),
    purpose       text    NOT NULL CHECK (purpose IN ('revocation', 'suspension')),
    list_id       bigint  NOT NULL REFERENCES status_lists (id),
    idx           bigint  NOT NULL CHECK (idx >= 0),
    PRIMARY KEY (credential_id, purpose),
    -- The last line of defence against handing one index to two credentials.
    CONSTRAINT ux_status_allocations_list_idx UNIQUE (list_id, idx)
);

CREATE TABLE status_audit (
    seq           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    credential_id text    NOT NULL REFERENCES credentials (id),
    action        bigint  NOT NULL,
    purpose       text    NOT NULL,
    list_id       bigint  NOT NULL,
    idx           bigint  NOT NULL,
    old_state     bigint  NOT NULL,
    new_state     bigint  NOT NULL,
    actor         text    NOT NULL,
    reason        text    NOT NULL,
    at_ms         bigint  NOT NULL
);

CREATE INDEX ix_status_audit_credential ON status_audit (credential_id, seq);

CREATE FUNCTION status_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'status_audit is append-only';
END;
$$;

CREATE TRIGGER status_audit_no_change BEFORE UPDATE OR DELETE ON status_audit
    FOR EACH ROW EXECUTE FUNCTION status_audit_append_only();

CREATE TABLE batches (
    id            text    PRIMARY KEY,
    template_id   text    NOT NULL,
    total_rows    bigint  NOT NULL CHECK (total_rows >= 0),
    issued_rows   bigint  NOT NULL DEFAULT 0,
    failed_rows   bigint  NOT NULL DEFAULT 0,
    state         bigint  NOT NULL,
    created_at_ms bigint  NOT NULL,
    updated_at_ms bigint  NOT NULL
);

CREATE TABLE batch_rows (
    batch_id      text    NOT NULL REFERENCES batches (id),
    row_number    bigint  NOT NULL,
    outcome       bigint  NOT NULL CHECK (outcome IN (1, 2, 3)),
    credential_id text,
    error         text,
    PRIMARY KEY (batch_id, row_number)
);
