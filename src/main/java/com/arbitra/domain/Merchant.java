package com.arbitra.domain;

public record Merchant(String merchantId, String name, String email, String phone) {
}
