package com.arbitra.domain;

public enum RequestStatus {
    OPEN, ANSWERED, TIMED_OUT, CANCELLED
}
