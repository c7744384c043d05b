package com.arbitra.domain;

public enum ProblemType {
    REFUND, SERVICE_NOT_WORK, OTHERS
}
