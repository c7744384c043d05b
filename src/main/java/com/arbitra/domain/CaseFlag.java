package com.arbitra.domain;

/** Marks the console puts on a case for an operator's attention. */
public enum CaseFlag {
    /** An evidence request timed out: decide on the evidence actually collected (rules §1.5). */
    DECIDE_ON_COLLECTED_EVIDENCE,
    /** The return of the goods failed or its deadline passed. */
    RETURN_OVERDUE,
    /** A newer platform revision contradicts local work: an agent must look at it. */
    CONTRADICTS_LOCAL_WORK,
    /** The payment platform notified a change that was not fetched yet: fetch the complaint again. */
    CHANGED_AT_PLATFORM
}
