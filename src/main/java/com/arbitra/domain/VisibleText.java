package com.arbitra.domain;

/**
 * Text from outside (a merchant's name from a bundle) shown where a character could steer the reader
 * instead of showing: C0 and C1 controls (ESC starts the terminal's sequences), the bidirectional
 * overrides and isolates that reorder what follows. Such a character is shown as its escape,
 * {@code \u001b}; the data itself is stored as received.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** Whether the character is shown as its escape; line feed and tab are text, unless {@code lines}. */
    public static boolean steers(char c, boolean lines) {
        if (c == '\n' || c == '\t') {
            return lines;
        }
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x061c || c == 0x200e || c == 0x200f
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    /** {@code s} with every steering character escaped (line breaks and tabs too when {@code lines}). */
    public static String escaped(String s, boolean lines) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (steers(c, lines)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
