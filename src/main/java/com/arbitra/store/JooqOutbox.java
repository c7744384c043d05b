package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.OUTBOX_ACTION;

import com.arbitra.domain.Outbox;
import com.arbitra.domain.OutboxAction;
import org.jooq.DSLContext;

final class JooqOutbox implements Outbox {

    private final DSLContext db;

    JooqOutbox(DSLContext db) {
        this.db = db;
    }

    @Override
    public void add(OutboxAction a) {
        db.insertInto(OUTBOX_ACTION)
                .set(OUTBOX_ACTION.ACTION_ID, a.actionId())
                .set(OUTBOX_ACTION.CASE_ID, a.caseId())
                .set(OUTBOX_ACTION.BASE_REVISION, a.baseRevision())
                .set(OUTBOX_ACTION.TYPE, a.type())
                .set(OUTBOX_ACTION.AT, Times.toDb(a.at()))
                .set(OUTBOX_ACTION.OPERATOR, a.by().name())
                .set(OUTBOX_ACTION.ROLE, a.by().role().name())
                .set(OUTBOX_ACTION.PAYLOAD, Json.write(a.payload()))
                .execute();
    }
}
