package com.arbitra.samples;

/** Interleaved 2 of 5, shared by the drawn waybills and the PDF proof of delivery. */
final class Barcodes {

    private static final String[] PATTERNS = {"nnwwn", "wnnnw", "nwnnw", "wwnnn", "nnwnw", "wnwnn", "nwwnn", "nnnww",
        "wnnwn", "nwnwn"};

    private Barcodes() {
    }

    /** The bars and spaces of the digits, narrow (n) or wide (w), start and stop codes included. */
    static String interleaved2of5(String digits) {
        StringBuilder seq = new StringBuilder("nnnn");
        for (int i = 0; i + 1 < digits.length(); i += 2) {
            String bars = PATTERNS[digits.charAt(i) - '0'];
            String spaces = PATTERNS[digits.charAt(i + 1) - '0'];
            for (int k = 0; k < 5; k++) {
                seq.append(bars.charAt(k)).append(spaces.charAt(k));
            }
        }
        return seq.append("wnn").toString();
    }
}
