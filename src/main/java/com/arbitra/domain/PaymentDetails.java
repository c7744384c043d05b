package com.arbitra.domain;

public record PaymentDetails(String refundNumber, String flowNumber, String transferNumber, Money amount) {
}
