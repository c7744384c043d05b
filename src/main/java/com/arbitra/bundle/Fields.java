package com.arbitra.bundle;

import com.arbitra.domain.Money;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the members of one JSON object, reporting each problem with its JSON Pointer and a plain
 * sentence ("must be 0 or more (was -100)"). A member with a problem reads as null.
 */
final class Fields {

    /** RFC 3339 with an explicit offset: {@code 2026-11-20T10:00:00+08:00} or {@code ...Z}. */
    final JsonNode node;
    final String pointer;
    final Problems problems;

    Fields(JsonNode node, String pointer, Problems problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    String at(String member) {
        return pointer + "/" + Problems.escape(member);
    }

    boolean has(String member) {
        JsonNode v = node.get(member);
        return v != null && !v.isNull();
    }

    private JsonNode value(String member, boolean required) {
        JsonNode v = node.get(member);
        if (v == null || v.isNull()) {
            if (required) {
                problems.error(at(member), "is required");
            }
            return null;
        }
        return v;
    }

    /** Counts the members this reader does not know (the spec says: ignored and counted). */
    void known(Set<String> members) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            if (!members.contains(names.next())) {
                problems.unknownMember();
            }
        }
    }

    String text(String member, int maxLength, boolean required) {
        JsonNode v = value(member, required);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            problems.error(at(member), "must be a string (was " + shortly(v) + ")");
            return null;
        }
        String s = v.textValue();
        int length = s.codePointCount(0, s.length());
        if (length > maxLength) {
            problems.error(at(member), "must be at most " + maxLength + " characters (was " + length + ")");
            return null;
        }
        if (required && s.isEmpty()) {
            problems.error(at(member), "must not be empty");
            return null;
        }
        return s;
    }

    String matching(String member, Pattern pattern, String rule, boolean required) {
        JsonNode v = value(member, required);
        if (v == null) {
            return null;
        }
        if (!v.isTextual() || !pattern.matcher(v.textValue()).matches()) {
            problems.error(at(member), "must be " + rule + " (was " + shortly(v) + ")");
            return null;
        }
        return v.textValue();
    }

    Long integer(String member, long min, boolean required) {
        return integer(member, min, Long.MAX_VALUE, required);
    }

    /** A whole number in [min, max]; counts and revisions are stored as 32-bit integers. */
    Long integer(String member, long min, long max, boolean required) {
        JsonNode v = value(member, required);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            problems.error(at(member), "must be a whole number (was " + shortly(v) + ")");
            return null;
        }
        long n = v.longValue();
        if (n < min) {
            problems.error(at(member), "must be " + min + " or more (was " + n + ")");
            return null;
        }
        if (n > max) {
            problems.error(at(member), "must be at most " + max + " (was " + n + ")");
            return null;
        }
        return n;
    }

    Boolean bool(String member) {
        JsonNode v = value(member, false);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            problems.error(at(member), "must be true or false (was " + shortly(v) + ")");
            return null;
        }
        return v.booleanValue();
    }

    Instant time(String member, boolean required) {
        JsonNode v = value(member, required);
        if (v == null) {
            return null;
        }
        Instant t = v.isTextual() ? Rfc3339.parse(v.textValue()) : null;
        if (t != null) {
            return t;
        }
        problems.error(at(member), "must be an RFC 3339 timestamp with an offset, such as "
                + "2026-11-20T10:00:00+08:00 (was " + shortly(v) + ")");
        return null;
    }

    <E extends Enum<E>> E oneOf(String member, Class<E> type, boolean required) {
        JsonNode v = value(member, required);
        if (v == null) {
            return null;
        }
        E e = enumOf(v, type);
        if (e == null) {
            problems.error(at(member), "must be one of " + names(type) + " (was " + shortly(v) + ")");
        }
        return e;
    }

    static <E extends Enum<E>> E enumOf(JsonNode v, Class<E> type) {
        if (!v.isTextual()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v.textValue())) {
                return e;
            }
        }
        return null;
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    Fields object(String member, boolean required) {
        JsonNode v = value(member, required);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            problems.error(at(member), "must be an object (was " + shortly(v) + ")");
            return null;
        }
        return new Fields(v, at(member), problems);
    }

    /** The objects of an array member; an absent array reads as empty. */
    List<Fields> objects(String member, int maxItems, boolean required) {
        JsonNode v = value(member, required);
        List<Fields> out = new ArrayList<>();
        if (v == null || !array(member, v, maxItems)) {
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            String where = at(member) + "/" + i;
            if (!item.isObject()) {
                problems.error(where, "must be an object (was " + shortly(item) + ")");
            } else {
                out.add(new Fields(item, where, problems));
            }
        }
        return out;
    }

    List<String> strings(String member, int maxLength) {
        JsonNode v = value(member, false);
        List<String> out = new ArrayList<>();
        if (v == null || !array(member, v, Integer.MAX_VALUE)) {
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual() || item.textValue().length() > maxLength) {
                problems.error(at(member) + "/" + i, "must be a string of at most " + maxLength
                        + " characters (was " + shortly(item) + ")");
            } else {
                out.add(item.textValue());
            }
        }
        return out;
    }

    <E extends Enum<E>> List<E> enums(String member, Class<E> type, boolean nonEmpty) {
        JsonNode v = value(member, nonEmpty);
        List<E> out = new ArrayList<>();
        if (v == null || !array(member, v, Integer.MAX_VALUE)) {
            return out;
        }
        if (nonEmpty && v.isEmpty()) {
            problems.error(at(member), "must name at least one value");
        }
        for (int i = 0; i < v.size(); i++) {
            E e = enumOf(v.get(i), type);
            if (e == null) {
                problems.error(at(member) + "/" + i, "must be one of " + names(type) + " (was "
                        + shortly(v.get(i)) + ")");
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private boolean array(String member, JsonNode v, int maxItems) {
        if (!v.isArray()) {
            problems.error(at(member), "must be an array (was " + shortly(v) + ")");
            return false;
        }
        if (v.size() > maxItems) {
            problems.error(at(member), "must hold at most " + maxItems + " items (was " + v.size() + ")");
            return false;
        }
        return true;
    }

    /** {@code {"value": minor units ≥ 0, "currency": "CNY"}}. */
    Money money(String member, boolean required) {
        Fields m = object(member, required);
        if (m == null) {
            return null;
        }
        Long value = m.integer("value", 0, true);
        String currency = m.matching("currency", CURRENCY, "an ISO 4217 code of three capital letters", true);
        m.known(Set.of("value", "currency"));
        return value == null || currency == null ? null : Money.of(value, currency);
    }

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** A value as a message shows it: short, and quoted when it is a string. */
    static String shortly(JsonNode v) {
        String s = v.isTextual() ? "\"" + v.textValue() + "\"" : v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
