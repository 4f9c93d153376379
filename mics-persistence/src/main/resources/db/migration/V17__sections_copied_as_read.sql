-- A streamed import into a new plan copies each section before its activities while it reads the
-- document, and the revision row only once the document is read (its content hash is known only
-- then): the check that each section's revision exists may wait for the end of that transaction,
-- when the import asks for it. Every other writer still has it checked at once.
/* [jooq ignore start] */
alter table section alter constraint section_revision_fk deferrable initially immediate;
/* [jooq ignore stop] */
