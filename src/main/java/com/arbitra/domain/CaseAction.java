package com.arbitra.domain;

/** Everything that can be done to a case; {@link TransitionTable} says by whom and in which state. */
public enum CaseAction {
    REQUEST_INTERVENTION("request the platform's intervention"),
    SETTLE("close the case as settled by negotiation"),
    WITHDRAW("withdraw the complaint"),
    OPEN_PROACTIVE_INTERVENTION("open a proactive intervention"),
    CLAIM("claim a case"),
    ASSIGN("assign a case"),
    REQUEST_EVIDENCE("request evidence"),
    EVIDENCE_COMPLETE("close the evidence requests"),
    EVIDENCE_TIMEOUT("time out the evidence requests"),
    PROPOSE_RULING("propose a ruling"),
    RETURN_RULING("return a proposed ruling"),
    ISSUE_RULING("issue a ruling"),
    RETURN_DELIVERED("confirm the return of the goods"),
    RETURN_FAILED("report a failed return"),
    RETURN_TIMEOUT("time out the return"),
    PROOF_SUBMITTED("submit fulfilment proof"),
    FULFILMENT_TIMEOUT("mark the fulfilment overdue"),
    VERIFY_PROOF("verify fulfilment proof"),
    REJECT_PROOF("reject fulfilment proof"),
    APPLY_ADVANCE_PAYMENT("apply an advance payment"),
    APPLY_MEASURE("apply a platform measure"),
    APPEAL("appeal a ruling"),
    UPHOLD_RULING("uphold a ruling on appeal"),
    REPLACE_RULING("replace a ruling on appeal"),
    REOPEN("reopen a complaint"),
    ADD_NOTE("add a note"),
    ASSESS_EVIDENCE("assess evidence");

    private final String phrase;

    CaseAction(String phrase) {
        this.phrase = phrase;
    }

    /** The action as a verb phrase: "issue a ruling". */
    public String phrase() {
        return phrase;
    }
}
