package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.BLOB;
import static com.arbitra.store.jooq.Tables.DISPUTE_CASE;
import static com.arbitra.store.jooq.Tables.IMPORTED_BUNDLE;
import static com.arbitra.store.jooq.Tables.OUTBOX_ACTION;

import com.arbitra.domain.AuditEntry;
import com.arbitra.domain.DisputeCase;
import com.arbitra.store.jooq.tables.records.DisputeCaseRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The writes of one bundle import, all in one transaction: case rows (new ones in batches), blobs,
 * audit records and the bundle's id. Nothing is visible to others until the import commits.
 */
public final class ImportTransaction {

    /** A stored case with what the import needs to merge a new revision into it. */
    public record Existing(DisputeCase value, String platformState, String platformHash, boolean pendingActions) {
    }

    private final DSLContext tx;
    private final JooqAuditLog audit;
    private final List<DisputeCaseRecord> pending = new ArrayList<>();
    private final DerivedRows derived;
    /** The search tokens of the stored cases read by {@link #existing}, to change only what a merge changes. */
    private final Map<String, Set<String>> storedTokens = new HashMap<>();
    private final Set<String> blobsSeen = new HashSet<>();
    /** The blobs written in the savepoint of {@link #keepIf}, forgotten again when it is undone. */
    private final Set<String> blobsInSavepoint = new HashSet<>();
    /** New cases queued in this transaction. */
    private int inserted;

    ImportTransaction(DSLContext tx) {
        this.tx = tx;
        this.audit = new JooqAuditLog(tx);
        this.derived = new DerivedRows(tx);
    }

    public boolean bundleImported(String producer, String bundleId) {
        return tx.fetchExists(IMPORTED_BUNDLE, IMPORTED_BUNDLE.PRODUCER.eq(producer)
                .and(IMPORTED_BUNDLE.BUNDLE_ID.eq(bundleId)));
    }

    /** The stored cases among these ids, with their last imported platform revision. */
    public Map<String, Existing> existing(Collection<String> caseIds) {
        Map<String, Existing> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        Set<String> withActions = new HashSet<>(tx.selectDistinct(OUTBOX_ACTION.CASE_ID).from(OUTBOX_ACTION)
                .where(OUTBOX_ACTION.CASE_ID.in(caseIds)).and(OUTBOX_ACTION.EXPORTED_AT.isNull())
                .fetch(OUTBOX_ACTION.CASE_ID));
        for (DisputeCaseRecord r : tx.selectFrom(DISPUTE_CASE).where(DISPUTE_CASE.CASE_ID.in(caseIds)).fetch()) {
            DisputeCase value = JooqCaseRepository.toDomain(r);
            storedTokens.put(r.getCaseId(), SearchText.tokens(value));
            out.put(r.getCaseId(), new Existing(value, r.getPlatformState(),
                    r.getPlatformHash(), withActions.contains(r.getCaseId())));
        }
        return out;
    }

    /**
     * Queues a new case; queued cases are inserted in one batch by {@link #flush()}. The platform's
     * state and hash are null when not known (a case from a console's full export).
     */
    public void insert(DisputeCase c, String platformState, String platformHash) {
        DisputeCaseRecord r = tx.newRecord(DISPUTE_CASE);
        JooqCaseRepository.fill(r, c.toBuilder().version(1).build());
        r.setPlatformState(platformState);
        r.setPlatformHash(platformHash);
        pending.add(r);
        derived.added(c);
        inserted++;
    }

    /** Saves a merged case (checking its version) and the platform revision it now reflects. */
    public void update(DisputeCase c, long expectedVersion, String platformState, String platformHash) {
        new JooqCaseRepository(tx).update(c, expectedVersion, derived, storedTokens.remove(c.caseId()));
        tx.update(DISPUTE_CASE).set(DISPUTE_CASE.PLATFORM_STATE, platformState)
                .set(DISPUTE_CASE.PLATFORM_HASH, platformHash)
                .where(DISPUTE_CASE.CASE_ID.eq(c.caseId())).execute();
    }

    /**
     * Stores attachment bytes once per SHA-256, part by part: {@code in} is read to its end either way
     * (the caller checks what it read), and written only when no blob of that SHA-256 is stored.
     */
    public void putBlob(String sha256, InputStream in, Instant at) throws IOException {
        if (blobsSeen.add(sha256) && !tx.fetchExists(BLOB, BLOB.SHA256.eq(sha256))) {
            blobsInSavepoint.add(sha256);
            BlobParts.write(tx, sha256, in, at);
        } else {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** Work of one case on the import's transaction; true to keep what it wrote. */
    @FunctionalInterface
    public interface CaseWork {
        boolean run() throws IOException;
    }

    /**
     * Runs work in a savepoint and undoes what it wrote unless it returns true: a case whose
     * attachments turn out wrong leaves none of their bytes, although they were written as they were read.
     */
    public boolean keepIf(CaseWork work) throws IOException {
        blobsInSavepoint.clear();
        boolean[] kept = {false};
        try {
            tx.transaction(cfg -> {
                if (!work.run()) {
                    throw new Undo();
                }
                kept[0] = true;
            });
        } catch (Undo undone) {
            // rolled back to the savepoint
        } catch (org.jooq.exception.DataAccessException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        } finally {
            if (!kept[0]) {
                blobsSeen.removeAll(blobsInSavepoint);
            }
            blobsInSavepoint.clear();
        }
        return kept[0];
    }

    private static final class Undo extends RuntimeException {
        Undo() {
            super(null, null, false, false);
        }
    }

    public void audit(List<AuditEntry> entries) {
        flush();
        audit.appendAll(entries);
    }

    public void recordBundle(String producer, String bundleId, Instant at, String by, int cases, String report) {
        flush();
        tx.insertInto(IMPORTED_BUNDLE).set(IMPORTED_BUNDLE.PRODUCER, producer)
                .set(IMPORTED_BUNDLE.BUNDLE_ID, bundleId).set(IMPORTED_BUNDLE.IMPORTED_AT, Times.toDb(at))
                .set(IMPORTED_BUNDLE.IMPORTED_BY, by).set(IMPORTED_BUNDLE.CASE_COUNT, cases)
                .set(IMPORTED_BUNDLE.REPORT, report).execute();
    }

    public void flush() {
        if (!pending.isEmpty()) {
            JdbcBatch.insert(tx, DISPUTE_CASE, pending);
            pending.clear();
        }
        derived.flush();
    }

    /** Runs an import in one transaction of the workspace, as a bulk write ({@link Workspace#bulkWrites}). */
    public static <T> T run(Workspace ws, java.util.function.Function<ImportTransaction, T> work) {
        int[] inserted = {0};
        try (Workspace.BulkWrites bulk = ws.bulkWrites()) {
            T out = ws.db().transactionResult(cfg -> {
                ImportTransaction t = new ImportTransaction(DSL.using(cfg));
                T result = work.apply(t);
                t.flush();
                inserted[0] = t.inserted;
                return result;
            });
            ws.maintainAfterBulkLoad(inserted[0]);
            return out;
        } catch (org.jooq.exception.DataAccessException e) {
            Workspace.throwIfBusy(e);
            throw DiskFull.orElse(ws.dir(), e);
        }
    }
}
