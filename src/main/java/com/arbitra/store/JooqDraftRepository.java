package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.DRAFT;

import com.arbitra.domain.CaseAction;
import com.arbitra.domain.Draft;
import com.arbitra.domain.DraftRepository;
import java.util.List;
import org.jooq.DSLContext;

/** Drafts in table {@code draft} (V9): the content as JSON, its type named by the action. */
final class JooqDraftRepository implements DraftRepository {

    private final DSLContext db;

    JooqDraftRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public void save(Draft d) {
        String json = Json.write(d.content());
        int updated = db.update(DRAFT).set(DRAFT.SEEN_VERSION, d.seenVersion()).set(DRAFT.CONTENT, json)
                .set(DRAFT.SAVED_AT, Times.toDb(d.savedAt()))
                .where(DRAFT.OPERATOR.eq(d.operator()).and(DRAFT.CASE_ID.eq(d.caseId()))
                        .and(DRAFT.ACTION.eq(d.action().name())))
                .execute();
        if (updated == 0) {
            db.insertInto(DRAFT, DRAFT.OPERATOR, DRAFT.CASE_ID, DRAFT.ACTION, DRAFT.SEEN_VERSION, DRAFT.CONTENT,
                    DRAFT.SAVED_AT).values(d.operator(), d.caseId(), d.action().name(), d.seenVersion(), json,
                    Times.toDb(d.savedAt())).execute();
        }
    }

    @Override
    public List<Draft> find(String operator, String caseId) {
        return db.selectFrom(DRAFT).where(DRAFT.OPERATOR.eq(operator).and(DRAFT.CASE_ID.eq(caseId)))
                .orderBy(DRAFT.SAVED_AT.desc()).fetch(r -> {
                    CaseAction action = CaseAction.valueOf(r.getAction());
                    return new Draft(r.getOperator(), r.getCaseId(), action, r.getSeenVersion(),
                            Times.fromDb(r.getSavedAt()), Json.read(r.getContent(), contentType(action)));
                });
    }

    @Override
    public void delete(String operator, String caseId, CaseAction action) {
        db.deleteFrom(DRAFT).where(DRAFT.OPERATOR.eq(operator).and(DRAFT.CASE_ID.eq(caseId))
                .and(DRAFT.ACTION.eq(action.name()))).execute();
    }

    static Class<? extends Draft.Content> contentType(CaseAction action) {
        return switch (action) {
            case PROPOSE_RULING, ISSUE_RULING, REPLACE_RULING -> Draft.RulingContent.class;
            case REQUEST_EVIDENCE -> Draft.RequestContent.class;
            default -> Draft.TextContent.class;
        };
    }
}
