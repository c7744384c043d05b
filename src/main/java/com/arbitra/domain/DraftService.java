package com.arbitra.domain;

import java.time.Clock;
import java.util.List;

/**
 * Keeps what operators type in the case forms (see {@link Draft}); each call is its own small
 * transaction, made as the operator types.
 */
public final class DraftService {

    private final Store store;
    private final Clock clock;

    public DraftService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Keeps the operator's draft for the case and action as it now stands. */
    public void keep(Actor operator, String caseId, CaseAction action, long seenVersion, Draft.Content content) {
        Draft draft = new Draft(operator.name(), caseId, action, seenVersion, clock.instant(), content);
        store.transaction(u -> {
            u.drafts().save(draft);
            return null;
        });
    }

    /** The operator's unsent drafts for the case, the newest first. */
    public List<Draft> of(Actor operator, String caseId) {
        return store.transaction(u -> u.drafts().find(operator.name(), caseId));
    }

    /** Throws the draft away (the operator chose to discard it). */
    public void discard(Actor operator, String caseId, CaseAction action) {
        store.transaction(u -> {
            u.drafts().delete(operator.name(), caseId, action);
            return null;
        });
    }
}
