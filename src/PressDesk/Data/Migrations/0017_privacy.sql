-- "How they agreed" and the interview notes are sealed like the statement text (see
-- Interviews/LedgerSealing.cs, which also seals what older versions stored in clear), and an
-- erasure is complete only once no copy of the erased values is left on disk.
ALTER TABLE statements ADD COLUMN sealed_agreement_how TEXT;
ALTER TABLE interviews ADD COLUMN sealed_notes TEXT;
ALTER TABLE journalists ADD COLUMN erase_completed_at INTEGER;
-- Erasures made before this version may have left old values in the write-ahead log or in the
-- drop folder: they are pending until the erase worker has been through them once.
