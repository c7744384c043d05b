package com.arbitra.domain;

import java.util.Optional;

/** The action types a console export carries (case-bundle-v1, "Export"). */
public enum ExportActionType {
    CASE_CLAIMED, EVIDENCE_REQUESTED, EVIDENCE_ASSESSED, RULING_PROPOSED, RULING_RETURNED, RULING_ISSUED,
    FULFILMENT_VERIFIED, FULFILMENT_REJECTED, MEASURE_APPLIED, APPEAL_DECIDED, PROACTIVE_INTERVENTION_OPENED,
    CASE_CLOSED, NOTE_ADDED;

    /** The export type of an operator's action; automatic and platform actions are not sent back. */
    public static Optional<ExportActionType> of(CaseAction action) {
        return Optional.ofNullable(switch (action) {
            case CLAIM, ASSIGN -> CASE_CLAIMED;
            case REQUEST_EVIDENCE -> EVIDENCE_REQUESTED;
            case ASSESS_EVIDENCE -> EVIDENCE_ASSESSED;
            case PROPOSE_RULING -> RULING_PROPOSED;
            case RETURN_RULING -> RULING_RETURNED;
            case ISSUE_RULING -> RULING_ISSUED;
            case VERIFY_PROOF -> FULFILMENT_VERIFIED;
            case REJECT_PROOF -> FULFILMENT_REJECTED;
            case APPLY_MEASURE, APPLY_ADVANCE_PAYMENT -> MEASURE_APPLIED;
            case UPHOLD_RULING, REPLACE_RULING -> APPEAL_DECIDED;
            case OPEN_PROACTIVE_INTERVENTION -> PROACTIVE_INTERVENTION_OPENED;
            case ADD_NOTE -> NOTE_ADDED;
            default -> null;
        });
    }
}
