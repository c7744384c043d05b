package com.arbitra.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a merchant's fulfilment proof against the ruling it fulfils (dispute-rules §6): the kind of
 * proof fits the remedy, the amount is the ruled amount in the order's currency, the number has a
 * plausible format and is not the order's own payment number, and the proof is not late. The agent
 * sees the findings and still decides: a finding is advice, not a refusal.
 */
public final class ProofChecks {

    public enum Severity { ERROR, WARNING }

    /** One finding: a code for translation, the sentence in English, and the values it names. */
    public record Finding(Severity severity, String code, String message, List<Object> args) {
        public Finding {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }

    /** Refund, flow and transfer numbers: 10-64 letters, digits, dashes or underscores, at least 8 digits. */
    static final Pattern PAYMENT_NUMBER = Pattern.compile("[A-Za-z0-9_-]{10,64}");
    /** Tracking numbers: 8-40 letters and digits (SF1234567890123, YT..., 7731234567890), at least 6 digits. */
    static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Za-z0-9]{8,40}");
    private static final Set<ProofType> MONEY_PROOFS = EnumSet.of(ProofType.PAYMENT_REFUND,
            ProofType.TRANSACTION_FLOW, ProofType.TRANSFER);
    private static final Set<Remedy> MONEY_REMEDIES = EnumSet.of(Remedy.FULL_REFUND, Remedy.PARTIAL_REFUND,
            Remedy.RETURN_AND_REFUND, Remedy.COMPENSATION);

    private ProofChecks() {
    }

    /** Findings for the newest proof of the case against its issued ruling. */
    public static List<Finding> checkLatest(DisputeCase c) {
        if (c.fulfilment() == null || c.fulfilment().proofs().isEmpty()) {
            return List.of(error("proof.missing", "The merchant has not submitted any proof."));
        }
        List<FulfilmentProof> proofs = c.fulfilment().proofs();
        return check(proofs.get(proofs.size() - 1), c);
    }

    public static List<Finding> check(FulfilmentProof p, DisputeCase c) {
        List<Finding> out = new ArrayList<>();
        Ruling r = c.issuedRuling().orElse(null);
        if (r == null) {
            out.add(error("proof.noRuling", "The case has no issued ruling to check the proof against."));
            return out;
        }
        if (p.type() == null) {
            out.add(error("proof.type.missing", "The proof has no type."));
            return out;
        }
        checkType(p, r, out);
        checkNumber(p, c, out);
        if (MONEY_PROOFS.contains(p.type())) {
            checkAmount(p, r, c, out);
        }
        if (p.submittedAt() != null && c.fulfilment() != null && c.fulfilment().dueAt() != null
                && p.submittedAt().isAfter(c.fulfilment().dueAt())) {
            out.add(new Finding(Severity.WARNING, "proof.late", "The proof arrived after the deadline.",
                    List.of(c.fulfilment().dueAt())));
        }
        if (p.submittedAt() != null && p.submittedAt().isBefore(r.issuedAt())) {
            out.add(new Finding(Severity.WARNING, "proof.beforeRuling",
                    "The proof is dated before the ruling was issued.", List.of(r.issuedAt())));
        }
        return out;
    }

    /** The amount the merchant must pay under the ruling: its amount, or for a full refund the order's. */
    public static Money dueAmount(Ruling r, DisputeCase c) {
        if (r.amount() != null) {
            return r.amount();
        }
        boolean refund = r.remedy() == Remedy.FULL_REFUND || r.remedy() == Remedy.RETURN_AND_REFUND;
        return refund && c.order() != null ? c.order().amount() : null;
    }

    private static void checkType(FulfilmentProof p, Ruling r, List<Finding> out) {
        boolean money = MONEY_REMEDIES.contains(r.remedy());
        if (money && !MONEY_PROOFS.contains(p.type()) && p.type() != ProofType.OTHER) {
            out.add(new Finding(Severity.ERROR, "proof.type.mismatch",
                    "A " + p.type() + " proof does not show a payment, which this ruling requires.",
                    List.of(p.type(), r.remedy())));
        } else if (r.remedy() == Remedy.RESHIP && p.type() != ProofType.LOGISTICS && p.type() != ProofType.OTHER) {
            out.add(new Finding(Severity.ERROR, "proof.type.mismatch",
                    "A reshipment is proven by a logistics tracking number.", List.of(p.type(), r.remedy())));
        }
        if (p.type() == ProofType.OTHER) {
            out.add(new Finding(Severity.WARNING, "proof.type.other",
                    "The proof is of another kind: check its attachments by hand.", List.of()));
        }
    }

    private static void checkNumber(FulfilmentProof p, DisputeCase c, List<Finding> out) {
        String number = switch (p.type()) {
            case PAYMENT_REFUND -> p.refundNumber();
            case TRANSACTION_FLOW -> p.flowNumber();
            case TRANSFER -> p.transferNumber();
            case LOGISTICS -> p.trackingNumber();
            case OTHER -> null;
        };
        if (p.type() == ProofType.OTHER) {
            return;
        }
        if (number == null || number.isBlank()) {
            out.add(new Finding(Severity.ERROR, "proof.number.missing", "The proof has no " + numberName(p.type())
                    + ".", List.of(p.type())));
            return;
        }
        String n = number.strip();
        boolean logistics = p.type() == ProofType.LOGISTICS;
        Pattern format = logistics ? TRACKING_NUMBER : PAYMENT_NUMBER;
        long digits = n.chars().filter(Character::isDigit).count();
        boolean oneDigitRepeated = n.chars().filter(Character::isDigit).distinct().count() == 1;
        if (!format.matcher(n).matches() || digits < (logistics ? 6 : 8) || oneDigitRepeated) {
            out.add(new Finding(Severity.ERROR, "proof.number.implausible",
                    "The " + numberName(p.type()) + " " + n + " does not look like a real one.", List.of(n)));
        }
        if (logistics && p.carrier() == null) {
            out.add(new Finding(Severity.WARNING, "proof.carrier.missing", "The proof does not name the carrier.",
                    List.of()));
        }
        Order order = c.order();
        if (order != null && !logistics && (n.equals(order.transactionId()) || n.equals(order.outTradeNo()))) {
            // the order's own payment, not a refund or transfer made for the ruling
            out.add(new Finding(Severity.ERROR, "proof.number.isOrder",
                    "The number is the order's own payment number, not a proof of the ruling's payment.",
                    List.of(n)));
        }
    }

    private static void checkAmount(FulfilmentProof p, Ruling r, DisputeCase c, List<Finding> out) {
        Money due = dueAmount(r, c);
        Money paid = p.amount();
        if (paid == null) {
            out.add(new Finding(Severity.ERROR, "proof.amount.missing", "The proof does not state an amount.",
                    List.of()));
            return;
        }
        if (due == null) {
            return;
        }
        if (!paid.sameCurrency(due)) {
            out.add(new Finding(Severity.ERROR, "proof.amount.currency", "The proof's amount is in "
                    + paid.currency() + ", the ruling's in " + due.currency() + ".", List.of(paid, due)));
        } else if (paid.value() < due.value()) {
            out.add(new Finding(Severity.ERROR, "proof.amount.short", "The proof shows " + paid
                    + ", less than the " + due + " the ruling requires.", List.of(paid, due)));
        } else if (paid.value() > due.value()) {
            out.add(new Finding(Severity.WARNING, "proof.amount.more", "The proof shows " + paid
                    + ", more than the " + due + " the ruling requires.", List.of(paid, due)));
        }
    }

    private static String numberName(ProofType t) {
        return switch (t) {
            case PAYMENT_REFUND -> "refund number";
            case TRANSACTION_FLOW -> "flow number";
            case TRANSFER -> "transfer number";
            case LOGISTICS -> "tracking number";
            case OTHER -> "number";
        };
    }

    private static Finding error(String code, String message) {
        return new Finding(Severity.ERROR, code, message, List.of());
    }

    /** Whether any finding is an error. */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
