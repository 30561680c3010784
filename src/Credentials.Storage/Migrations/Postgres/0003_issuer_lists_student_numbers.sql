-- Status lists belong to one issuer: only that issuer's key may sign them and change their bits. Lists made before
-- this version take the issuer of the credentials allocated in them (the lowest one when a list mixed issuers, which
-- the old allocator allowed: such a list cannot be signed correctly by anyone and should be retired).
ALTER TABLE status_lists ADD COLUMN issuer TEXT;
UPDATE status_lists SET issuer = (
    SELECT MIN(c.issuer) FROM status_allocations a JOIN credentials c ON c.id = a.credential_id WHERE a.list_id = status_lists.id);
DROP INDEX ix_status_lists_open;
CREATE INDEX ix_status_lists_open ON status_lists (issuer, purpose, id) WHERE allocated_count < length;

-- The student number a credential was issued to, so the registrar can find a learner's credentials.
ALTER TABLE credentials ADD COLUMN student_number TEXT;
CREATE INDEX ix_credentials_student_number ON credentials (issuer, student_number) WHERE student_number IS NOT NULL;
