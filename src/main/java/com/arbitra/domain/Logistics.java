package com.arbitra.domain;

public record Logistics(String carrier, String trackingNumber) {
}
