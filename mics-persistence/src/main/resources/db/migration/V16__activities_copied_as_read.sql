-- A streamed import copies a revision's activities while it reads the document, before their
-- sections (which it copies once the document is read): the check that each activity's section
-- exists may wait for the end of that transaction, when the import asks for it. Every other
-- writer still has it checked at once.
/* [jooq ignore start] */
alter table activity alter constraint activity_section_fk deferrable initially immediate;
/* [jooq ignore stop] */
