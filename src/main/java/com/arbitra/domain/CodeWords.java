package com.arbitra.domain;

/** A code someone else chose, for people when we have no words of our own for it. */
public final class CodeWords {

    private CodeWords() {
    }

    /** "TRANSACTION_FLOW" as "Transaction flow"; a code that is not one stays as it is. */
    public static String of(String code) {
        if (code == null || !code.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")) {
            return code;
        }
        String plain = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }
}
