package com.arbitra.support;

import com.arbitra.domain.CaseService;

/** For tests that set a case up step by step: the version an operator looking at the case now would see. */
public final class Seen {

    private Seen() {
    }

    public static long version(CaseService cases, String caseId) {
        return cases.find(caseId).orElseThrow().version();
    }
}
