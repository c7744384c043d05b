package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.BLOB;
import static com.arbitra.store.jooq.Tables.BLOB_PART;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Attachment bytes, once per SHA-256: the {@code blob} row holds the size, {@code blob_part} the bytes
 * in parts of {@link #PART} numbered from 0 (V14). They are written and read one part at a time, so
 * that no attachment is ever whole in memory on either engine: PgJDBC reads a bytea value whole.
 */
final class BlobParts {

    /** One part: 1 MiB. */
    static final int PART = 1 << 20;

    private BlobParts() {
    }

    /** Writes what {@code in} holds, to its end, as the blob {@code sha256}; returns its size. */
    static long write(DSLContext tx, String sha256, InputStream in, Instant at) throws IOException {
        byte[] buffer = new byte[PART];
        long size = 0;
        int part = 0;
        for (int n; (n = in.readNBytes(buffer, 0, PART)) > 0; part++) {
            tx.insertInto(BLOB_PART).set(BLOB_PART.SHA256, sha256).set(BLOB_PART.PART, part)
                    .set(BLOB_PART.DATA, n == PART ? buffer : Arrays.copyOf(buffer, n)).execute();
            size += n;
        }
        tx.insertInto(BLOB).set(BLOB.SHA256, sha256).set(BLOB.SIZE, size).set(BLOB.STORED_AT, Times.toDb(at))
                .execute();
        return size;
    }

    /** The bytes of the blob, read part by part as the stream is read; empty when none is stored. */
    static Optional<InputStream> open(DSLContext db, String sha256) {
        Long size = db.select(BLOB.SIZE).from(BLOB).where(BLOB.SHA256.eq(sha256)).fetchOne(BLOB.SIZE);
        return size == null ? Optional.empty() : Optional.of(new PartStream(db, sha256, size));
    }

    /** The whole blob, for the viewer, which shows it whole. */
    static Optional<byte[]> read(DSLContext db, String sha256) {
        return open(db, sha256).map(in -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Reads the next part when the one in hand is used up; a part missing before the end is damage. */
    private static final class PartStream extends InputStream {
        private final DSLContext db;
        private final String sha256;
        private final long size;
        private byte[] part = new byte[0];
        private int pos;
        private int next;
        private long delivered;

        PartStream(DSLContext db, String sha256, long size) {
            this.db = db;
            this.sha256 = sha256;
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos == part.length && !nextPart()) {
                return -1;
            }
            int n = Math.min(len, part.length - pos);
            System.arraycopy(part, pos, b, off, n);
            pos += n;
            delivered += n;
            return n;
        }

        private boolean nextPart() throws IOException {
            if (delivered >= size) {
                return false;
            }
            byte[] bytes = db.select(BLOB_PART.DATA).from(BLOB_PART).where(BLOB_PART.SHA256.eq(sha256))
                    .and(BLOB_PART.PART.eq(next)).fetchOne(BLOB_PART.DATA);
            if (bytes == null || bytes.length == 0 || delivered + bytes.length > size) {
                throw new IOException("the attachment " + sha256 + " is damaged in the workspace: its part " + next
                        + (bytes == null ? " is missing" : " does not fit its size of " + size + " bytes"));
            }
            part = bytes;
            pos = 0;
            next++;
            return true;
        }
    }
}
