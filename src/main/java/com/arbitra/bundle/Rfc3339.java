package com.arbitra.bundle;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * RFC 3339 timestamps with an offset ({@code 2026-11-20T10:00:00+08:00}, {@code ...T02:00:00.5Z}), read
 * by hand: a bundle holds a dozen per case, and a regular expression plus {@code OffsetDateTime.parse}
 * was a tenth of an import's time. Accepts and refuses exactly what that pair did (Rfc3339Test
 * compares them): digits in fixed places, T or t, an optional fraction of 1 to 9 digits, Z, z or
 * ±hh:mm, and a real date, time and offset.
 */
final class Rfc3339 {

    private Rfc3339() {
    }

    /** The instant, or null when {@code s} is not such a timestamp. */
    static Instant parse(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        char t = s.charAt(10);
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((t != 'T' && t != 't') || year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length < 1 || length > 9) {
                return null;
            }
            nanos = digits(s, start, length);
            for (int k = length; k < 9; k++) {
                nanos *= 10;
            }
        }
        if (i >= n) {
            return null;
        }
        ZoneOffset offset;
        char z = s.charAt(i);
        try {
            if ((z == 'Z' || z == 'z') && i + 1 == n) {
                offset = ZoneOffset.UTC;
            } else if ((z == '+' || z == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
                int hours = digits(s, i + 1, 2);
                int minutes = digits(s, i + 4, 2);
                if (hours < 0 || minutes < 0) {
                    return null;
                }
                int sign = z == '-' ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } else {
                return null;
            }
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal value of {@code length} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int length) {
        int v = 0;
        for (int i = from; i < from + length; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
