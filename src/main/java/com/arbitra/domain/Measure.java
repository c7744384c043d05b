package com.arbitra.domain;

public enum Measure {
    ADVANCE_PAYMENT, DEPOSIT_DEDUCTION, SCORE_DEDUCTION, WARNING
}
