-- API keys of the web service's issuing, status and batch endpoints. Only the SHA-256 of a key is kept; the key itself
-- is shown once, when it is created.

CREATE TABLE api_keys (
    id            text   PRIMARY KEY,
    name          text   NOT NULL,
    issuer        text   NOT NULL,
    sha256        bytea  NOT NULL UNIQUE CHECK (octet_length(sha256) = 32),
    created_at_ms bigint NOT NULL,
    revoked_at_ms bigint
);
