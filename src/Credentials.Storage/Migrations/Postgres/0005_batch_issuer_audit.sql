-- A batch belongs to the issuer whose key started it: another issuer's key sees no such batch. Batches made before
-- this version take the issuer of the credentials they issued (none when they issued nothing).
ALTER TABLE batches ADD COLUMN issuer TEXT;
UPDATE batches SET issuer = (
    SELECT MIN(c.issuer) FROM batch_rows r JOIN credentials c ON c.id = r.credential_id WHERE r.batch_id = batches.id);

-- The issuer page lists an issuer's most recent status changes.
CREATE INDEX ix_credentials_issuer ON credentials (issuer, id);
