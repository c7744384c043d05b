package com.arbitra.domain;

public enum Channel {
    MINI_PROGRAM_REPORT, PAYMENT_COMPLAINT, PROACTIVE_INTERVENTION, OTHER
}
