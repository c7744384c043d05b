package com.arbitra.domain;

public enum Assessment {
    UNREVIEWED, ACCEPTED, DISPUTED, REJECTED_AS_FALSE
}
