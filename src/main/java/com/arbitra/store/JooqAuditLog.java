package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.AUDIT_HEAD;
import static com.arbitra.store.jooq.Tables.AUDIT_RECORD;

import com.arbitra.domain.AuditChain;
import com.arbitra.domain.AuditEntry;
import com.arbitra.domain.AuditLog;
import com.arbitra.domain.AuditRecord;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Role;
import com.arbitra.store.jooq.tables.records.AuditRecordRecord;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;

/** The hash-chained audit log. Appending locks the chain's head row for the rest of the transaction. */
final class JooqAuditLog implements AuditLog {

    private final DSLContext db;

    JooqAuditLog(DSLContext db) {
        this.db = db;
    }

    @Override
    public AuditRecord append(AuditEntry entry) {
        return appendAll(java.util.List.of(entry)).get(0);
    }

    /** Appends several records with one lock of the head and one batch of inserts. */
    java.util.List<AuditRecord> appendAll(java.util.List<AuditEntry> entries) {
        java.util.List<AuditRecord> out = new java.util.ArrayList<>(entries.size());
        if (entries.isEmpty()) {
            return out;
        }
        var head = db.select(AUDIT_HEAD.SEQ, AUDIT_HEAD.HASH).from(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1))
                .forUpdate().fetchSingle();
        long seq = head.value1();
        String prev = head.value2();
        java.util.List<AuditRecordRecord> rows = new java.util.ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            seq++;
            // the stored time has microseconds: hash exactly what is stored
            AuditEntry e = new AuditEntry(entry.caseId(), entry.operator(), entry.role(), Times.micros(entry.at()),
                    entry.action(), entry.before(), entry.after(), entry.details());
            AuditRecord record = AuditChain.link(seq, e, prev);
            rows.add(row(record));
            out.add(record);
            prev = record.hash();
        }
        JdbcBatch.insert(db, AUDIT_RECORD, rows);
        db.update(AUDIT_HEAD).set(AUDIT_HEAD.SEQ, seq).set(AUDIT_HEAD.HASH, prev).where(AUDIT_HEAD.ID.eq(1)).execute();
        return out;
    }

    private AuditRecordRecord row(AuditRecord record) {
        AuditEntry e = record.entry();
        AuditRecordRecord r = db.newRecord(AUDIT_RECORD);
        r.setSeq(record.seq());
        r.setCaseId(e.caseId());
        r.setOperator(e.operator());
        r.setRole(e.role().name());
        r.setAt(Times.toDb(e.at()));
        r.setAction(e.action());
        r.setBeforeState(e.before() == null ? null : e.before().name());
        r.setAfterState(e.after() == null ? null : e.after().name());
        r.setDetails(e.details());
        r.setPrevHash(record.prevHash());
        r.setHash(record.hash());
        return r;
    }

    @Override
    public void forEach(Consumer<AuditRecord> action) {
        try (Cursor<AuditRecordRecord> cursor = db.selectFrom(AUDIT_RECORD).orderBy(AUDIT_RECORD.SEQ)
                .fetchSize(1000).fetchLazy()) {
            for (AuditRecordRecord r : cursor) {
                action.accept(toDomain(r));
            }
        }
    }

    @Override
    public java.util.List<AuditEntry> ofCase(String caseId) {
        return db.selectFrom(AUDIT_RECORD).where(AUDIT_RECORD.CASE_ID.eq(caseId)).orderBy(AUDIT_RECORD.SEQ)
                .fetch(r -> toDomain(r).entry());
    }

    @Override
    public String headOf(String caseId) {
        return db.select(AUDIT_RECORD.HASH).from(AUDIT_RECORD).where(AUDIT_RECORD.CASE_ID.eq(caseId))
                .orderBy(AUDIT_RECORD.SEQ.desc()).limit(1).fetchOne(AUDIT_RECORD.HASH);
    }

    @Override
    public Head head() {
        var h = db.select(AUDIT_HEAD.SEQ, AUDIT_HEAD.HASH).from(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).fetchSingle();
        return new Head(h.value1(), h.value2());
    }

    private static AuditRecord toDomain(AuditRecordRecord r) {
        AuditEntry e = new AuditEntry(r.getCaseId(), r.getOperator(), Role.valueOf(r.getRole()),
                Times.fromDb(r.getAt()), r.getAction(),
                r.getBeforeState() == null ? null : CaseState.valueOf(r.getBeforeState()),
                r.getAfterState() == null ? null : CaseState.valueOf(r.getAfterState()), r.getDetails());
        return new AuditRecord(r.getSeq(), e, r.getPrevHash(), r.getHash());
    }
}
