-- Share links (/s/{token}) and erasures. A share link shows one credential's verification page until it expires, is
-- revoked, or is withdrawn when the learner's data is erased. Only an open count is kept about their use, nothing about viewers.

CREATE TABLE share_links (
    id              text   PRIMARY KEY,
    token           text   NOT NULL UNIQUE,
    credential_id   text   NOT NULL REFERENCES credentials (id),
    created_at_ms   bigint NOT NULL,
    expires_at_ms   bigint NOT NULL,
    revoked_at_ms   bigint,
    withdrawn_at_ms bigint,
    opens           bigint NOT NULL DEFAULT 0
);

CREATE INDEX ix_share_links_credential ON share_links (credential_id);

-- Erasure on the learner's request: the credential's content and share links go; its row (hash, status, status
-- positions) and this record of the erasure stay.
CREATE TABLE erasures (
    credential_id text   NOT NULL REFERENCES credentials (id),
    actor         text   NOT NULL,
    erased_at_ms  bigint NOT NULL
);
