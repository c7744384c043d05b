package com.arbitra.domain;

import java.time.Instant;

public record Notification(NotificationChannel channel, Instant sentAt, NotificationStatus status) {
}
