package com.arbitra.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written reader accepts and refuses what the regular expression plus OffsetDateTime did. */
class Rfc3339Test {

    private static final Pattern BEFORE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    private static Instant before(String s) {
        if (!BEFORE.matcher(s).matches()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.toUpperCase(Locale.ROOT)).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T10:00:00+08:00", "2026-11-20t02:00:00z", "2026-11-20T02:00:00.5Z",
        "2026-11-20T02:00:00.123456789-03:30", "2026-11-20T02:00:00-00:00", "2024-02-29T23:59:59+14:00",
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999-18:00"})
    void readsWhatTheRulesAllow(String s) {
        assertThat(Rfc3339.parse(s)).isNotNull().isEqualTo(before(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-11-20", "2026-11-20T10:00:00", "2026-11-20 10:00:00Z", "2026-11-20T23:59:60Z",
        "2026-11-20T24:00:00Z", "2026-02-30T10:00:00Z", "2025-02-29T10:00:00Z", "2026-13-01T10:00:00Z",
        "2026-11-20T10:00:00+18:30", "2026-11-20T10:00:00+08:60", "2026-11-20T10:00:00.Z",
        "2026-11-20T10:00:00.1234567890Z", "2026-11-20T10:00:00+0800", "2026-11-20T10:00:00+08:00x",
        "2026-11-20T10:00:00ZZ", "२०२६-11-20T10:00:00Z", "2026-11-20T10:00:00+8:00", "+2026-11-20T10:00:00Z",
        "2026-1-20T10:00:00Z", "2026-11-20T10:0a:00Z"})
    void refusesWhatTheRulesRefuse(String s) {
        assertThat(before(s)).isNull();
        assertThat(Rfc3339.parse(s)).isNull();
    }

    /** Timestamps with one character changed: both readers agree on every one. */
    @Test
    void agreesWithTheRegularExpressionOnMutations() {
        Random random = new Random(7);
        String[] seeds = {"2026-11-20T10:00:00+08:00", "2024-02-29T23:59:59.25Z", "1999-12-31t00:00:00.000001-05:30"};
        String alphabet = "0123456789-+:.TtZz x9";
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder(seeds[i % seeds.length]);
            int edits = 1 + random.nextInt(2);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> b.deleteCharAt(at);
                    default -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String s = b.toString();
            Instant expected = before(s);
            Instant actual = Rfc3339.parse(s);
            if (expected == null ? actual != null : !expected.equals(actual)) {
                disagreements.add(s + " -> " + actual + " (was " + expected + ")");
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
