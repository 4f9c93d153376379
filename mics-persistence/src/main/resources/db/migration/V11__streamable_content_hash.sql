-- A content hash that can be computed while a document streams in, part by part: the fingerprint of
-- V1 hashes the size of every list before its items, so it needs the whole plan in memory. A revision
-- stored from then on has a content hash; one stored by a streamed import has no fingerprint. A
-- revision stored before keeps its fingerprint only, so the first streamed re-import of it makes a
-- new revision even when nothing changed.
alter table revision add column content_hash varchar(64);
alter table revision alter column fingerprint drop not null;
alter table revision add constraint revision_hashed
    check (fingerprint is not null or content_hash is not null);
