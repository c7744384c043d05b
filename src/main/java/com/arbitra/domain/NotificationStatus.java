package com.arbitra.domain;

public enum NotificationStatus {
    SENT, DELIVERED, FAILED
}
