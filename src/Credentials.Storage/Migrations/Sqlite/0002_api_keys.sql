-- API keys of the web service's issuing, status and batch endpoints. Only the SHA-256 of a key is kept; the key itself
-- is shown once, when it is created.

CREATE TABLE api_keys (
    id            TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL,
    issuer        TEXT    NOT NULL,
    sha256        BLOB    NOT NULL UNIQUE CHECK (length(sha256) = 32),
    created_at_ms INTEGER NOT NULL,
    revoked_at_ms INTEGER
);
