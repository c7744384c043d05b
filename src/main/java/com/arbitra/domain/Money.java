package com.arbitra.domain;

import java.util.Objects;

/** An amount in integer minor units (fen, cents) of an ISO 4217 currency. */
public record Money(long value, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
        }
    }

    public static Money of(long value, String currency) {
        return new Money(value, currency);
    }

    public boolean sameCurrency(Money other) {
        return currency.equals(other.currency);
    }

    /** Plain-text form for messages, e.g. {@code 129.00 CNY}; the UI formats for the locale. */
    @Override
    public String toString() {
        int digits = currencyDigits();
        if (digits == 0) {
            return value + " " + currency;
        }
        java.math.BigDecimal major = java.math.BigDecimal.valueOf(value, digits);
        return major.toPlainString() + " " + currency;
    }

    public int currencyDigits() {
        try {
            int d = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
            return Math.max(d, 0);
        } catch (IllegalArgumentException unknown) {
            return 2;
        }
    }
}
