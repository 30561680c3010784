-- OpenID4VCI credential offers (issue 20): one per learner's award, redeemed once with its pre-authorized code. Only
-- SHA-256 of the code, HMAC-SHA-256 of the tx_code (keyed by the code) and SHA-256 of the access token are kept. The
-- unsigned award the wallet credential is made of is deleted once the credential is delivered or the offer or its
-- access token expires, and with the learner's data on erasure.

CREATE TABLE credential_offers (
    id                  TEXT    PRIMARY KEY,
    issuer              TEXT    NOT NULL,
    credential_id       TEXT    NOT NULL REFERENCES credentials (id),
    batch_id            TEXT,
    award_json          TEXT,
    code_hash           TEXT    NOT NULL UNIQUE,
    tx_code_hash        TEXT,
    tx_code_failures    INTEGER NOT NULL DEFAULT 0,
    created_at_ms       INTEGER NOT NULL,
    expires_at_ms       INTEGER NOT NULL,
    redeemed_at_ms      INTEGER,
    access_token_hash   TEXT    UNIQUE,
    access_expires_at_ms INTEGER,
    delivered_at_ms     INTEGER
);

CREATE INDEX ix_credential_offers_credential ON credential_offers (credential_id);
CREATE INDEX ix_credential_offers_batch ON credential_offers (batch_id);

-- c_nonce values of the nonce endpoint (OpenID4VCI 1.0 §7), by SHA-256; a proof spends its nonce by deleting it.
CREATE TABLE credential_nonces (
    nonce_hash    TEXT    PRIMARY KEY,
    expires_at_ms INTEGER NOT NULL
);
