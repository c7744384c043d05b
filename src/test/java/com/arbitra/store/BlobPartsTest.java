package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.BLOB;
import static com.arbitra.store.jooq.Tables.BLOB_PART;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.support.TestWorkspace;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachment bytes are written and read in parts of 1 MiB, on either engine (the PostgreSQL
 * execution runs this class on a team workspace): never whole in memory, and what a rejected case
 * wrote is undone.
 */
class BlobPartsTest {

    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anAttachmentOfTwoAndAHalfMebibytesIsStoredInThreePartsAndReadBackWhole() throws Exception {
        byte[] bytes = random(5 * BlobParts.PART / 2 + 1);
        String sha = sha256(bytes);
        try (TestWorkspace t = TestWorkspace.create(dir.resolve("ws"))) {
            Workspace ws = t.session.workspace();
            stored(ws, sha, bytes);

            List<Integer> sizes = ws.db().select(BLOB_PART.PART, BLOB_PART.DATA).from(BLOB_PART)
                    .where(BLOB_PART.SHA256.eq(sha)).orderBy(BLOB_PART.PART)
                    .fetch(r -> r.value2().length);
            assertThat(sizes).containsExactly(BlobParts.PART, BlobParts.PART, BlobParts.PART / 2 + 1);
            assertThat(ws.db().select(BLOB.SIZE).from(BLOB).where(BLOB.SHA256.eq(sha)).fetchOne(BLOB.SIZE))
                    .isEqualTo(bytes.length);
            ExportQueries queries = new ExportQueries(ws);
            try (InputStream in = queries.openBlob(sha).orElseThrow()) {
                byte[] first = in.readNBytes(10);
                assertThat(first).isEqualTo(java.util.Arrays.copyOf(bytes, 10));
                assertThat(sha256(concat(first, in.readAllBytes()))).isEqualTo(sha);
            }
            assertThat(queries.blob(sha)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
            assertThat(queries.blob("0".repeat(64))).isEmpty();
            assertThat(WorkspaceCheck.run(ws)).filteredOn(p -> p.name().equals("attachments"))
                    .singleElement().satisfies(p -> assertThat(p.ok()).as(p.detail()).isTrue());
        }
    }

    @Test
    void whatACaseWroteIsUndoneWhenItsAttachmentsTurnOutWrongAndTheSameBytesCanComeLater() throws Exception {
        byte[] bytes = random(BlobParts.PART + 7);
        String sha = sha256(bytes);
        try (TestWorkspace t = TestWorkspace.create(dir.resolve("ws"))) {
            Workspace ws = t.session.workspace();
            boolean[] kept = new boolean[2];
            ImportTransaction.run(ws, tx -> {
                kept[0] = keep(tx, () -> {
                    tx.putBlob(sha, new ByteArrayInputStream(bytes), AT);
                    return false;
                });
                kept[1] = keep(tx, () -> {
                    tx.putBlob(sha, new ByteArrayInputStream(bytes), AT);
                    return true;
                });
                return null;
            });

            assertThat(kept).containsExactly(false, true);
            assertThat(ws.db().fetchCount(BLOB)).isEqualTo(1);
            assertThat(ws.db().fetchCount(BLOB_PART)).isEqualTo(2);

            // undone entirely: no row of either table
            ImportTransaction.run(ws, tx -> keep(tx, () -> {
                tx.putBlob("f".repeat(64), new ByteArrayInputStream(random(3 * BlobParts.PART)), AT);
                return false;
            }));
            assertThat(ws.db().fetchCount(BLOB)).isEqualTo(1);
            assertThat(ws.db().fetchCount(BLOB_PART)).isEqualTo(2);
        }
    }

    @Test
    void aMissingPartIsDamageThatTheCheckAndTheReaderName() throws Exception {
        byte[] bytes = random(2 * BlobParts.PART + 1);
        String sha = sha256(bytes);
        try (TestWorkspace t = TestWorkspace.create(dir.resolve("ws"))) {
            Workspace ws = t.session.workspace();
            stored(ws, sha, bytes);
            try (Connection c = t.jdbc(); Statement st = c.createStatement()) {
                st.execute("DELETE FROM blob_part WHERE part = 1");
            }

            assertThat(WorkspaceCheck.run(ws)).filteredOn(p -> p.name().equals("attachments")).singleElement()
                    .satisfies(p -> {
                        assertThat(p.ok()).isFalse();
                        assertThat(p.detail()).isEqualTo("the attachment " + sha + " misses its part 1");
                    });
            try (InputStream in = new ExportQueries(ws).openBlob(sha).orElseThrow()) {
                assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class)
                        .hasMessage("the attachment " + sha + " is damaged in the workspace: its part 1 is missing");
            }
        }
    }

    @Test
    void theBytesStoredWholeBeforeV15AreMovedIntoPartsOnUpgrade() throws Exception {
        Path old = com.arbitra.support.Fixtures.workspaceV2(dir.resolve("old"));
        try (Workspace ws = Workspace.open(old)) {
            int blobs = ws.db().fetchCount(BLOB);
            assertThat(blobs).as("the fixture holds attachments").isGreaterThan(10);
            assertThat(ws.db().fetchCount(BLOB_PART)).isGreaterThanOrEqualTo(blobs);
            assertThat(WorkspaceCheck.run(ws)).filteredOn(p -> p.name().equals("attachments")).singleElement()
                    .satisfies(p -> assertThat(p.detail()).isEqualTo(blobs + " attachments, every SHA-256 matches"));
        }
    }

    /** Stores the bytes as one import would, kept. */
    private static void stored(Workspace ws, String sha, byte[] bytes) {
        ImportTransaction.run(ws, tx -> keep(tx, () -> {
            tx.putBlob(sha, new ByteArrayInputStream(bytes), AT);
            return true;
        }));
    }

    private static boolean keep(ImportTransaction tx, ImportTransaction.CaseWork work) {
        try {
            return tx.keepIf(work);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
