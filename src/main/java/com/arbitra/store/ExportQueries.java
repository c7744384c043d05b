package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.AUDIT_HEAD;
import static com.arbitra.store.jooq.Tables.AUDIT_RECORD;
import static com.arbitra.store.jooq.Tables.DISPUTE_CASE;
import static com.arbitra.store.jooq.Tables.OUTBOX_ACTION;

import com.arbitra.domain.DisputeCase;
import com.arbitra.store.jooq.tables.records.DisputeCaseRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What exports read: pending outbox actions, cases page by page, attachment bytes. */
public final class ExportQueries {

    /** An action waiting for export, its payload as stored JSON. */
    public record PendingAction(String actionId, String caseId, int baseRevision, String type, Instant at,
                                String operator, String role, String payloadJson) {
    }

    private static final int PAGE = 500;
    private final DSLContext db;

    public ExportQueries(Workspace workspace) {
        this.db = workspace.db();
    }

    /**
     * Claims the actions not yet exported (only those of the given cases, when any are named) for an
     * export, and returns them oldest first. Actions another export claimed are left to it, unless its
     * claim is older than {@code expiredBefore} (that export died).
     */
    public List<PendingAction> claimPending(Collection<String> caseIds, String exportId, Instant now,
                                            Instant expiredBefore) {
        return inTransaction(q -> q.claim(caseIds, exportId, now, expiredBefore));
    }

    /** The same for the cases whose id starts with {@code caseIdPrefix} (one platform's cases). */
    public List<PendingAction> claimPending(String caseIdPrefix, String exportId, Instant now, Instant expiredBefore) {
        return inTransaction(q -> q.claim(OUTBOX_ACTION.CASE_ID.startsWith(caseIdPrefix), exportId, now,
                expiredBefore));
    }

    private List<PendingAction> claim(Collection<String> caseIds, String exportId, Instant now,
                                      Instant expiredBefore) {
        return claim(caseIds.isEmpty() ? org.jooq.impl.DSL.noCondition() : OUTBOX_ACTION.CASE_ID.in(caseIds), exportId,
                now, expiredBefore);
    }

    private List<PendingAction> claim(Condition cases, String exportId, Instant now, Instant expiredBefore) {
        Condition where = OUTBOX_ACTION.EXPORTED_AT.isNull().and(OUTBOX_ACTION.CLAIMED_AT.isNull()
                .or(OUTBOX_ACTION.CLAIMED_AT.lt(Times.toDb(expiredBefore)))).and(cases);
        db.update(OUTBOX_ACTION).set(OUTBOX_ACTION.EXPORT_ID, exportId).set(OUTBOX_ACTION.CLAIMED_AT, Times.toDb(now))
                .where(where).execute();
        return db.selectFrom(OUTBOX_ACTION).where(OUTBOX_ACTION.EXPORT_ID.eq(exportId))
                .and(OUTBOX_ACTION.EXPORTED_AT.isNull()).orderBy(OUTBOX_ACTION.SEQ)
                .fetch(r -> new PendingAction(r.getActionId(), r.getCaseId(), r.getBaseRevision(), r.getType(),
                        Times.fromDb(r.getAt()), r.getOperator(), r.getRole(), r.getPayload()));
    }

    /** Marks an export's claimed actions exported, once its file is in place. */
    public int markExported(String exportId, Instant at) {
        return db.update(OUTBOX_ACTION).set(OUTBOX_ACTION.EXPORTED_AT, Times.toDb(at))
                .where(OUTBOX_ACTION.EXPORT_ID.eq(exportId)).and(OUTBOX_ACTION.EXPORTED_AT.isNull()).execute();
    }

    /** Gives an export's claimed actions back (its file could not be written). */
    public void release(String exportId) {
        db.update(OUTBOX_ACTION).setNull(OUTBOX_ACTION.EXPORT_ID).setNull(OUTBOX_ACTION.CLAIMED_AT)
                .where(OUTBOX_ACTION.EXPORT_ID.eq(exportId)).and(OUTBOX_ACTION.EXPORTED_AT.isNull()).execute();
    }

    /**
     * Every case (or the named ones) in case-id order, a page at a time so memory stays flat. The next
     * page is read in another thread while this one is handed over: reading the rows (H2) and turning
     * them into cases and JSON take about as long each, so on two cores the export takes half as long
     * (measured: `bench export`, README "Performance").
     */
    public void forEachCase(Collection<String> caseIds, Consumer<DisputeCase> action) {
        ExecutorService reader = SecondThread.named("export-reader");
        try {
            Future<List<DisputeCaseRecord>> next = reader.submit(() -> page(caseIds, ""));
            while (next != null) {
                List<DisputeCaseRecord> page = SecondThread.result(next);
                next = null;
                if (page.size() == PAGE) {
                    String after = page.get(page.size() - 1).getCaseId();
                    next = reader.submit(() -> page(caseIds, after));
                }
                for (DisputeCaseRecord r : page) {
                    action.accept(JooqCaseRepository.toDomain(r));
                }
            }
        } finally {
            reader.shutdownNow();
        }
    }

    private List<DisputeCaseRecord> page(Collection<String> caseIds, String after) {
        Condition where = DISPUTE_CASE.CASE_ID.gt(after);
        if (!caseIds.isEmpty()) {
            where = where.and(DISPUTE_CASE.CASE_ID.in(caseIds));
        }
        return db.selectFrom(DISPUTE_CASE).where(where).orderBy(DISPUTE_CASE.CASE_ID).limit(PAGE).fetch();
    }

    /** An attachment's bytes whole (the viewer shows them whole); empty when none is stored. */
    public Optional<byte[]> blob(String sha256) {
        return BlobParts.read(db, sha256);
    }

    /** An attachment's bytes as a stream that holds one part of 1 MiB at a time. */
    public Optional<java.io.InputStream> openBlob(String sha256) {
        return BlobParts.open(db, sha256);
    }

    /** The hash of the newest audit record of a case. */
    public String auditHead(String caseId) {
        return db.select(AUDIT_RECORD.HASH).from(AUDIT_RECORD).where(AUDIT_RECORD.CASE_ID.eq(caseId))
                .orderBy(AUDIT_RECORD.SEQ.desc()).limit(1).fetchOne(AUDIT_RECORD.HASH);
    }

    /** Where the whole audit chain ends: an export carries it as a witness. */
    public com.arbitra.domain.AuditLog.Head chainHead() {
        var head = db.select(AUDIT_HEAD.SEQ, AUDIT_HEAD.HASH).from(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).fetchOne();
        return new com.arbitra.domain.AuditLog.Head(head.value1(), head.value2());
    }

    /** Runs work in one transaction (the marking of an export). */
    public <T> T inTransaction(java.util.function.Function<ExportQueries, T> work) {
        return db.transactionResult(cfg -> work.apply(new ExportQueries(DSL.using(cfg))));
    }

    private ExportQueries(DSLContext db) {
        this.db = db;
    }
}
