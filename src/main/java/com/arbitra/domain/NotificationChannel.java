package com.arbitra.domain;

public enum NotificationChannel {
    IN_APP, SMS, PHONE, EMAIL
}
