package com.arbitra.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * The audit log is a hash chain: each record stores the SHA-256 of the previous record and of its own
 * canonical content (which includes that previous hash), so editing, inserting or removing any record
 * breaks every hash after it.
 */
public final class AuditChain {

    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static AuditRecord link(long seq, AuditEntry e, String prevHash) {
        return new AuditRecord(seq, e, prevHash, hash(seq, e, prevHash));
    }

    /**
     * The canonical content: every field in a fixed order, one per line, with backslashes and line
     * breaks escaped so that no two different records share a text.
     */
    public static String canonical(long seq, AuditEntry e, String prevHash) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, Long.toString(seq));
        field(sb, e.caseId());
        field(sb, e.operator());
        field(sb, e.role() == null ? null : e.role().name());
        field(sb, e.at() == null ? null : e.at().toString());
        field(sb, e.action());
        field(sb, e.before() == null ? null : e.before().name());
        field(sb, e.after() == null ? null : e.after().name());
        field(sb, e.details());
        field(sb, prevHash);
        return sb.toString();
    }

    public static String hash(long seq, AuditEntry e, String prevHash) {
        return sha256(canonical(seq, e, prevHash));
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * What an export, a backup or a saved head recorded of the chain when it was made: its newest
     * record's place and hash ({@code hash} null when only the place is known, as in a backup from
     * before witnesses). {@code source} names it in a sentence ("the export x.json").
     */
    public record Witness(long seq, String hash, String source) {
    }

    /** The outcome of checking a chain: OK with a count, or the first record that breaks it. */
    public record Verdict(boolean ok, long count, long brokenSeq, String problem) {

        public static Verdict ok(long count) {
            return new Verdict(true, count, 0, null);
        }

        public static Verdict broken(long count, long seq, String problem) {
            return new Verdict(false, count, seq, problem);
        }
    }

    /** Checks records in sequence order. */
    public static Verdict verify(Iterator<AuditRecord> records) {
        Verifier v = new Verifier();
        while (records.hasNext() && v.accept(records.next())) {
            // stops at the first broken record
        }
        return v.verdict();
    }

    /** Checks records one at a time, in sequence order, so that a long log is never held in memory. */
    public static final class Verifier {
        private String prev = GENESIS;
        private long expectedSeq = 1;
        private long count;
        private Verdict broken;

        /** Takes the next record; false once the chain is broken (later records are then ignored). */
        public boolean accept(AuditRecord r) {
            if (broken != null) {
                return false;
            }
            count++;
            if (r.seq() != expectedSeq) {
                broken = Verdict.broken(count, r.seq(), "record " + expectedSeq + " is missing");
            } else if (!prev.equals(r.prevHash())) {
                broken = Verdict.broken(count, r.seq(), "its previous-record hash does not match record "
                        + (r.seq() - 1));
            } else if (!hash(r.seq(), r.entry(), r.prevHash()).equals(r.hash())) {
                broken = Verdict.broken(count, r.seq(), "its content does not match its hash (it was changed)");
            }
            prev = r.hash();
            expectedSeq++;
            return broken == null;
        }

        public Verdict verdict() {
            return broken != null ? broken : Verdict.ok(count);
        }

        /**
         * The verdict, also checking that the chain reaches its recorded head: removing the newest
         * records leaves a chain that is whole but short.
         */
        public Verdict verdict(AuditLog.Head head) {
            if (broken != null) {
                return broken;
            }
            if (head.seq() != expectedSeq - 1 || !head.hash().equals(prev)) {
                return Verdict.broken(count, expectedSeq, "the log ends at record " + (expectedSeq - 1)
                        + " but its head says " + head.seq() + ": records were removed");
            }
            return Verdict.ok(count);
        }
    }

    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("\\0");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                switch (ch) {
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch);
                }
            }
        }
        sb.append('\n');
    }
}
