package com.arbitra.domain;

public enum Party {
    CONSUMER, MERCHANT
}
