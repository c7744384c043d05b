package com.arbitra.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The settings a workspace keeps, with their defaults. Deadlines are those of dispute-rules §1 and §3
 * (marked "configurable" there); the thresholds are this console's own defaults, chosen so that a
 * supervisor sees the unusual cases: ten complaints against one merchant within 24 hours is the
 * "unusually large number" of rule 3, and three times the price is the compensation the rules name for
 * counterfeit goods (§5), so more than that is a supervisor's call.
 *
 * <p>Every value is stored as text under its {@link Key}; {@link #with} checks a new value and refuses
 * it with a sentence naming what is wrong.
 */
public record WorkspaceSettings(Map<Key, String> values) {

    /** A setting: its name in the CLI and the database, its kind, its default and its bounds. */
    public enum Key {
        NEGOTIATION_HOURS("deadline.negotiationHours", Kind.HOURS, "48"),
        FIRST_REVIEW_HOURS("deadline.firstReviewHours", Kind.HOURS, "24"),
        EVIDENCE_HOURS("deadline.evidenceHours", Kind.HOURS, "48"),
        RETURN_HOURS("deadline.returnHours", Kind.HOURS, "168"),
        FULFILMENT_HOURS("deadline.fulfilmentHours", Kind.HOURS, "48"),
        APPEAL_HOURS("deadline.appealHours", Kind.HOURS, "720"),
        MERCHANT_COMPLAINT_THRESHOLD("merchant.complaintThreshold", Kind.COUNT, "10"),
        MERCHANT_WINDOW_HOURS("merchant.windowHours", Kind.HOURS, "24"),
        FOUR_EYES("ruling.fourEyes", Kind.BOOLEAN, "false"),
        SUPERVISOR_COMPENSATION_MULTIPLE("ruling.supervisorCompensationMultiple", Kind.MULTIPLE, "3"),
        SUPERVISOR_AMOUNT_OVER("ruling.supervisorAmountOver", Kind.MINOR_UNITS, "500000"),
        LANGUAGE("ui.language", Kind.LANGUAGE, "system"),
        THEME("ui.theme", Kind.THEME, "light");

        private final String id;
        private final Kind kind;
        private final String defaultValue;

        Key(String id, Kind kind, String defaultValue) {
            this.id = id;
            this.kind = kind;
            this.defaultValue = defaultValue;
        }

        public String id() {
            return id;
        }

        public Kind kind() {
            return kind;
        }

        public String defaultValue() {
            return defaultValue;
        }

        public static Optional<Key> byId(String id) {
            return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
        }
    }

    /** What a value may be. */
    public enum Kind {
        HOURS("a whole number of hours from 1 to 8760 (a year)"),
        COUNT("a whole number from 1 to 100000"),
        BOOLEAN("true or false"),
        MULTIPLE("a number from 1 to 100, e.g. 3 or 2.5"),
        MINOR_UNITS("an amount in the currency's smallest unit (cents, fen) from 0 to 10000000000"),
        LANGUAGE("system, en, es or zh-CN"),
        THEME("light or dark");

        private final String expected;

        Kind(String expected) {
            this.expected = expected;
        }

        public String expected() {
            return expected;
        }
    }

    public WorkspaceSettings {
        Map<Key, String> all = new LinkedHashMap<>();
        for (Key k : Key.values()) {
            String v = values == null ? null : values.get(k);
            all.put(k, v == null ? k.defaultValue : v);
        }
        values = Collections.unmodifiableMap(all);
    }

    public static WorkspaceSettings defaults() {
        return new WorkspaceSettings(Map.of());
    }

    /**
     * Settings from stored text. A value this build cannot read (stored by a newer build, or edited by
     * hand) falls back to its default rather than making the workspace unusable; unknown ids are ignored.
     */
    public static WorkspaceSettings fromStored(Map<String, String> stored) {
        Map<Key, String> m = new LinkedHashMap<>();
        stored.forEach((id, value) -> Key.byId(id).ifPresent(k -> {
            if (problem(k, value).isEmpty()) {
                m.put(k, normalise(k, value));
            }
        }));
        return new WorkspaceSettings(m);
    }

    public String get(Key k) {
        return values.get(k);
    }

    /** These settings with one value changed; refused with a sentence when the value is not allowed. */
    public WorkspaceSettings with(Key k, String value) {
        problem(k, value).ifPresent(p -> {
            throw new RefusedException(Refusal.of("refused.setting.value", p, k.id, value));
        });
        Map<Key, String> m = new LinkedHashMap<>(values);
        m.put(k, normalise(k, value));
        return new WorkspaceSettings(m);
    }

    /** The same, naming the setting by its id; an unknown id is refused with the list of known ones. */
    public WorkspaceSettings with(String id, String value) {
        return with(key(id), value);
    }

    public static Key key(String id) {
        return Key.byId(id).orElseThrow(() -> new RefusedException(Refusal.of("refused.setting.unknown",
                "There is no setting named " + id + "; the settings are " + String.join(", ",
                        Arrays.stream(Key.values()).map(Key::id).toList()) + ".", id)));
    }

    /** What is wrong with a value for a setting, as a sentence; empty when it is fine. */
    public static Optional<String> problem(Key k, String value) {
        String v = value == null ? "" : value.strip();
        String wrong = k.id + " must be " + k.kind.expected + " (was \"" + (value == null ? "" : value) + "\").";
        boolean ok = switch (k.kind) {
            case HOURS -> inRange(v, 1, 8760);
            case COUNT -> inRange(v, 1, 100_000);
            case BOOLEAN -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
            case MULTIPLE -> decimalInRange(v, 1, 100);
            case MINOR_UNITS -> inRange(v, 0, 10_000_000_000L);
            case LANGUAGE -> v.equals("system") || v.equals("en") || v.equals("es") || v.equalsIgnoreCase("zh-CN");
            case THEME -> v.equals("light") || v.equals("dark");
        };
        return ok ? Optional.empty() : Optional.of(wrong);
    }

    private static String normalise(Key k, String value) {
        String v = value.strip();
        return switch (k.kind) {
            case BOOLEAN -> v.toLowerCase(Locale.ROOT);
            case LANGUAGE -> v.equalsIgnoreCase("zh-CN") ? "zh-CN" : v;
            case MULTIPLE -> new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
            case HOURS, COUNT, MINOR_UNITS -> Long.toString(Long.parseLong(v));
            default -> v;
        };
    }

    private static boolean inRange(String v, long min, long max) {
        if (!v.matches("\\d{1,12}")) {
            return false;
        }
        long n = Long.parseLong(v);
        return n >= min && n <= max;
    }

    private static boolean decimalInRange(String v, int min, int max) {
        if (!v.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            return false;
        }
        java.math.BigDecimal d = new java.math.BigDecimal(v);
        return d.compareTo(java.math.BigDecimal.valueOf(min)) >= 0 && d.compareTo(java.math.BigDecimal.valueOf(max)) <= 0;
    }

    public Duration hours(Key k) {
        if (k.kind != Kind.HOURS) {
            throw new IllegalArgumentException(k + " is not a duration");
        }
        return Duration.ofHours(Long.parseLong(values.get(k)));
    }

    public boolean fourEyes() {
        return Boolean.parseBoolean(values.get(Key.FOUR_EYES));
    }

    public int merchantComplaintThreshold() {
        return Integer.parseInt(values.get(Key.MERCHANT_COMPLAINT_THRESHOLD));
    }

    public java.math.BigDecimal supervisorCompensationMultiple() {
        return new java.math.BigDecimal(values.get(Key.SUPERVISOR_COMPENSATION_MULTIPLE));
    }

    /** Rulings that pay more than this (in the case currency's smallest unit) need a supervisor. */
    public long supervisorAmountOver() {
        return Long.parseLong(values.get(Key.SUPERVISOR_AMOUNT_OVER));
    }

    public String language() {
        return values.get(Key.LANGUAGE);
    }

    public String theme() {
        return values.get(Key.THEME);
    }

    /** The figures the case workflow uses, deadlines shown in the given zone. */
    public WorkflowSettings workflow(ZoneId zone) {
        return new WorkflowSettings(hours(Key.NEGOTIATION_HOURS), hours(Key.FIRST_REVIEW_HOURS),
                hours(Key.EVIDENCE_HOURS), hours(Key.RETURN_HOURS), hours(Key.FULFILMENT_HOURS),
                hours(Key.APPEAL_HOURS), fourEyes(), zone, supervisorCompensationMultiple(), supervisorAmountOver());
    }
}
