package com.arbitra.domain;

import java.util.List;

/** The operators' unsent drafts (see {@link Draft}). */
public interface DraftRepository {

    /** Saves the draft, replacing the operator's earlier one for the same case and action. */
    void save(Draft draft);

    /** The operator's drafts for a case, the newest first. */
    List<Draft> find(String operator, String caseId);

    /** Removes the operator's draft for the case and action; nothing when there is none. */
    void delete(String operator, String caseId, CaseAction action);
}
