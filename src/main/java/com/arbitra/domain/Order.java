package com.arbitra.domain;

import java.time.Instant;

public record Order(String transactionId, String outTradeNo, String productName, Money amount, Instant paidAt) {
}
