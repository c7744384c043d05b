-- Attachment bytes in parts of at most 1 MiB (BlobParts.PART), numbered from 0: an attachment is
-- written and read part by part, never whole in memory, on either engine (PgJDBC reads a bytea value
-- whole). The blob row keeps the SHA-256 and the size; V15 moves the bytes stored before into parts.
CREATE TABLE blob_part (
    sha256 CHAR(64) NOT NULL,
    part   INT NOT NULL,
    data   BLOB NOT NULL,
    PRIMARY KEY (sha256, part)
);
