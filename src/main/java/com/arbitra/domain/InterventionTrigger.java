package com.arbitra.domain;

public enum InterventionTrigger {
    CONSUMER_REQUEST, MERCHANT_TIMEOUT, PROACTIVE
}
