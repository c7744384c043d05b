package com.arbitra.domain;

public enum Remedy {
    FULL_REFUND, PARTIAL_REFUND, RETURN_AND_REFUND, RESHIP, REPAIR, COMPENSATION, NO_ACTION
}
