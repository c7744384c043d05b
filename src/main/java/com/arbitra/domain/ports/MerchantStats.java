package com.arbitra.domain.ports;

/**
 * One merchant's figures.
 *
 * @param openInWindow open cases whose complaint was filed within the window
 * @param openCases    all its open cases
 * @param overdueCases open cases past their deadline
 * @param repeatCases  open cases whose complaint was filed more than once (complaint count above 1)
 * @param aboveThreshold whether the watch flags the merchant for {@code openInWindow}
 */
public record MerchantStats(String merchantId, String merchantName, long openInWindow, long openCases,
                            long overdueCases, long repeatCases, boolean aboveThreshold) {

    /** Overdue share of its open cases, 0 to 1. */
    public double overdueRate() {
        return openCases == 0 ? 0 : (double) overdueCases / openCases;
    }

    /** Repeat-complaint share of its open cases, 0 to 1. */
    public double repeatRate() {
        return openCases == 0 ? 0 : (double) repeatCases / openCases;
    }
}
