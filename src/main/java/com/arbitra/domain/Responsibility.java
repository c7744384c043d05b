package com.arbitra.domain;

public enum Responsibility {
    MERCHANT, CONSUMER, SHARED, NONE
}
