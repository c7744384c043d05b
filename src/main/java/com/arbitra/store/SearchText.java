package com.arbitra.store;

import com.arbitra.domain.DisputeCase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the queue's search box matches, and the lower-case tokens a case is found by (the
 * {@code case_search} table). A case's ids (case, complaint, transaction, merchant, consumer) are
 * tokens whole and in parts ({@link #idParts}); its merchant name and complaint text give their words, and runs of Chinese, Japanese
 * or Korean characters (written without spaces) give every two-character slice and their last
 * character, as search engines index them. A query matches a case when each of its words is the start
 * of one of the case's tokens and each of its CJK runs occurs in the case's text.
 */
final class SearchText {

    /** The longest token stored; longer ones are cut, and the match is checked on the row. */
    static final int MAX = 64;

    private SearchText() {
    }

    /** One part of a query: a word or id (matched as a prefix) or a CJK run (matched as a substring). */
    record Term(String text, boolean cjk) {

        /** The token ranges that hold every match: [from, to) prefixes, to = null for one exact token. */
        List<String[]> lookups() {
            List<String[]> out = new ArrayList<>();
            if (!cjk || text.length() == 1) {
                String from = cut(text);
                out.add(new String[] {from, from + Character.MAX_VALUE});
            } else {
                for (int i = 0; i + 2 <= text.length(); i += 1) {
                    out.add(new String[] {text.substring(i, i + 2), null});
                }
            }
            return out;
        }
    }

    static Set<String> tokens(DisputeCase c) {
        return tokens(c.caseId(), c.complaintId(), c.order().transactionId(), c.merchant().merchantId(),
                c.merchant().name(), c.consumer().consumerId(), c.complaint().description());
    }

    static Set<String> tokens(String caseId, String complaintId, String transactionId, String merchantId,
                              String merchantName, String consumerId, String description) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : new String[] {caseId, complaintId, transactionId, merchantId, consumerId}) {
            if (id != null && !id.isBlank()) {
                for (String part : idParts(id)) {
                    out.add(cut(part));
                }
            }
        }
        words(merchantName, out);
        words(description, out);
        return out;
    }

    /** The parts of a query, lower-cased; empty when it holds nothing to search for. */
    static List<Term> parse(String query) {
        List<Term> out = new ArrayList<>();
        if (query == null) {
            return out;
        }
        for (String piece : lower(query).split("\\s+")) {
            StringBuilder latin = new StringBuilder();
            StringBuilder cjk = new StringBuilder();
            piece.codePoints().forEach(cp -> {
                if (isCjk(cp)) {
                    flushLatin(latin, out);
                    cjk.appendCodePoint(cp);
                } else {
                    if (cjk.length() > 0) {
                        out.add(new Term(cjk.toString(), true));
                        cjk.setLength(0);
                    }
                    latin.appendCodePoint(cp);
                }
            });
            flushLatin(latin, out);
            if (cjk.length() > 0) {
                out.add(new Term(cjk.toString(), true));
            }
        }
        return out;
    }

    private static void flushLatin(StringBuilder latin, List<Term> out) {
        String s = trimPunctuation(latin.toString());
        if (!s.isEmpty()) {
            out.add(new Term(s, false));
        }
        latin.setLength(0);
    }

    /** Whether a case with these fields matches every term: the check behind every index lookup. */
    static boolean matches(List<Term> terms, String caseId, String complaintId, String transactionId,
                           String merchantId, String merchantName, String consumerId, String description) {
        Set<String> tokens = null;
        String text = null;
        for (Term t : terms) {
            if (t.cjk()) {
                if (text == null) {
                    text = lower((merchantName == null ? "" : merchantName) + "\n"
                            + (description == null ? "" : description));
                }
                if (!text.contains(t.text())) {
                    return false;
                }
            } else {
                if (tokens == null) {
                    tokens = tokensUncut(caseId, complaintId, transactionId, merchantId, merchantName, consumerId,
                            description);
                }
                boolean found = false;
                for (String token : tokens) {
                    if (token.startsWith(t.text())) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<String> tokensUncut(String caseId, String complaintId, String transactionId,
                                           String merchantId, String merchantName, String consumerId,
                                           String description) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : new String[] {caseId, complaintId, transactionId, merchantId, consumerId}) {
            if (id != null && !id.isBlank()) {
                out.addAll(idParts(id));
            }
        }
        wordsUncut(merchantName, out);
        wordsUncut(description, out);
        return out;
    }

    /**
     * An id's tokens, lower-cased: the id whole, the rest of it after each punctuation mark, and its
     * last number without leading zeros (and, when that number is long, its last 10 and 6 digits).
     * "MP-2026-0000106" gives "mp-2026-0000106", "2026-0000106",
     * "0000106" and "106": an agent who types any of them (or the start of one) finds the case.
     */
    static List<String> idParts(String id) {
        String s = lower(id.strip());
        List<String> out = new ArrayList<>();
        out.add(s);
        for (int i = 0; i + 1 < s.length(); i++) {
            if (!Character.isLetterOrDigit(s.charAt(i)) && Character.isLetterOrDigit(s.charAt(i + 1))) {
                out.add(s.substring(i + 1));
            }
        }
        int digits = s.length();
        while (digits > 0 && Character.isDigit(s.charAt(digits - 1))) {
            digits--;
        }
        int zeros = digits;
        while (zeros < s.length() - 1 && s.charAt(zeros) == '0') {
            zeros++;
        }
        if (zeros > digits) {
            out.add(s.substring(zeros));
        }
        if (digits > 0 && s.length() - digits >= LONG_NUMBER) {
            // a long number after letters (WeChat Pay's WXP-<27 digits>): people read out its end
            out.add(s.substring(s.length() - 10));
            out.add(s.substring(s.length() - 6));
        }
        return out;
    }

    /** A number this long at the end of an id is also found by its last 6 and last 10 digits. */
    static final int LONG_NUMBER = 12;

    private static void words(String text, Set<String> out) {
        Set<String> all = new LinkedHashSet<>();
        wordsUncut(text, all);
        for (String w : all) {
            out.add(cut(w));
        }
    }

    /**
     * Words split on white space with the punctuation around them trimmed ("two-day" stays whole), plus
     * the letter-and-digit parts of a word with punctuation inside ("two", "day"); CJK runs as slices.
     */
    private static void wordsUncut(String text, Set<String> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String s = lower(text);
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (isCjk(cp)) {
                int start = i;
                while (i < n && isCjk(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                cjkSlices(s.substring(start, i), out);
            } else if (Character.isWhitespace(cp) || !Character.isLetterOrDigit(cp) && !isWordPunctuation(cp)) {
                i += Character.charCount(cp);
            } else {
                int start = i;
                while (i < n) {
                    int c = s.codePointAt(i);
                    if (isCjk(c) || Character.isWhitespace(c) || !Character.isLetterOrDigit(c) && !isWordPunctuation(c)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                String word = trimPunctuation(s.substring(start, i));
                if (!word.isEmpty()) {
                    out.add(word);
                    for (String part : word.split("[^\\p{L}\\p{N}]+")) {
                        if (!part.isEmpty()) {
                            out.add(part);
                        }
                    }
                }
            }
        }
    }

    /** Characters that may sit inside a word or an id: "two-day", "a.b@c", "BN-1_2", "#12". */
    private static boolean isWordPunctuation(int cp) {
        return cp == '-' || cp == '_' || cp == '.' || cp == '@' || cp == '#' || cp == '/' || cp == '\'' || cp == '+';
    }

    private static void cjkSlices(String run, Set<String> out) {
        if (run.length() == 1) {
            out.add(run);
            return;
        }
        for (int i = 0; i + 2 <= run.length(); i++) {
            out.add(run.substring(i, i + 2));
        }
        out.add(run.substring(run.length() - 1));
    }

    private static String trimPunctuation(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && !Character.isLetterOrDigit(s.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String cut(String s) {
        return s.length() <= MAX ? s : s.substring(0, MAX);
    }
}
