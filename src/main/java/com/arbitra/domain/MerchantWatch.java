package com.arbitra.domain;

import java.time.Duration;

/**
 * Which merchants the platform watches for proactive intervention (dispute-rules §1.3: "an unusually
 * large number of complaints"): those with at least {@code threshold} open complaints filed within the
 * {@code window}; for such a merchant with open cases not yet waiting for an intervention, a supervisor
 * is invited to open one. Both figures are workspace settings.
 */
public record MerchantWatch(int threshold, Duration window) {

    public MerchantWatch {
        if (threshold < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a threshold of at least 1 and a positive window");
        }
    }

    /** The watch the workspace's settings define. */
    public static MerchantWatch of(WorkspaceSettings s) {
        return new MerchantWatch(s.merchantComplaintThreshold(), s.hours(WorkspaceSettings.Key.MERCHANT_WINDOW_HOURS));
    }

    /** Whether a merchant with this many open complaints within the window is flagged. */
    public boolean flagged(long complaintsInWindow) {
        return complaintsInWindow >= threshold;
    }

    /**
     * Whether to suggest a proactive intervention: the merchant is flagged and has open cases that
     * could still be moved to "intervention requested".
     */
    public boolean suggestsIntervention(long complaintsInWindow, long movableCases) {
        return flagged(complaintsInWindow) && movableCases > 0;
    }
}
