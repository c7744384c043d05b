-- The bytes now live in blob_part alone (V15 moved them there).
ALTER TABLE blob DROP COLUMN data;
