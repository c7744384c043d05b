package com.arbitra.domain;

public enum VerificationStatus {
    VERIFIED, INVALID
}
