package com.arbitra.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Test fixture: a realistic dispute (a tea gift box that arrived with a broken seal) in any state, and the
 * rulings the tests issue on it.
 */
final class Cases {

    /** The time the tests start at, unless a test says otherwise. */
    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final Money PAID = Money.of(12900, "CNY");
    static final String EVIDENCE_ID = "e-1";
    /** The operators of the tests: two agents and two supervisors. */
    static final Actor ANA = Actor.operator("ana", Role.AGENT);
    static final Actor BEN = Actor.operator("ben", Role.AGENT);
    static final Actor SUE = Actor.operator("sue", Role.SUPERVISOR);
    static final Actor SAM = Actor.operator("sam", Role.SUPERVISOR);
    static final String RATIONALE = "The consumer's photo e-1 shows the seal broken on delivery; the merchant"
            + " shipped damaged goods and must refund the order.";

    private Cases() {
    }

    /** The case in the given state, held by no one; a CLOSED case is closed as fulfilled. */
    static DisputeCase inState(CaseState state) {
        return builder(state).build();
    }

    static DisputeCase closed(CloseReason reason) {
        return builder(CaseState.CLOSED).closeReason(reason).build();
    }

    static DisputeCase.Builder builder(CaseState state) {
        Instant paidAt = NOW.minus(Duration.ofDays(6));
        Instant filedAt = NOW.minus(Duration.ofDays(3));
        return DisputeCase.builder()
                .caseId("case-7001")
                .complaintId("cmp-20261117-0042")
                .channel(Channel.MINI_PROGRAM_REPORT)
                .miniProgram(new MiniProgram("wx8f3c2a1b9d7e6f50", "Lanting Tea House"))
                .merchant(new Merchant("m-1001", "Lanting Tea House Ltd.", "service@lanting.example",
                        "+86 21 5555 0101"))
                .consumer(new Consumer("c-2001", "Xiao Li", "138****5678"))
                .order(new Order("4200001234202611140001", "LT-20261114-0042", "Longjing tea gift box, 250 g",
                        PAID, paidAt))
                .complaint(new Complaint(filedAt, "Food & drink", ProblemType.REFUND,
                        "The tea arrived with a broken seal and smells musty; the merchant refuses a refund.",
                        PAID, 1, List.of()))
                .intervention(new Intervention(NOW.minus(Duration.ofDays(1)), InterventionTrigger.CONSUMER_REQUEST,
                        "Merchant refused the refund"))
                .evidence(List.of(new EvidenceItem(EVIDENCE_ID, null, Party.CONSUMER,
                        EvidenceCategory.PRODUCT_CONDITION, filedAt, "Photo of the broken seal on arrival.", null,
                        null, List.of(new Attachment("a-1", "seal.jpg", "image/jpeg", 48213,
                                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                        null, null, null, null)))
                .state(state)
                .stateSince(NOW.minus(Duration.ofHours(1)))
                .closeReason(state == CaseState.CLOSED ? CloseReason.FULFILLED : null);
    }

    /** The merchant refunds the whole order within 48 hours. */
    static Ruling merchantFullRefund() {
        return ruling(Responsibility.MERCHANT, Remedy.FULL_REFUND, PAID, merchantObligation("REFUND"));
    }

    /** The consumer sends the goods back, then the merchant refunds. */
    static Ruling returnAndRefund() {
        return ruling(Responsibility.MERCHANT, Remedy.RETURN_AND_REFUND, PAID,
                new Obligation(Party.CONSUMER, "RETURN_GOODS", NOW.plus(Duration.ofDays(7))),
                merchantObligation("REFUND"));
    }

    /** The consumer is responsible; nothing happens. */
    static Ruling consumerNoAction() {
        return ruling(Responsibility.CONSUMER, Remedy.NO_ACTION, null);
    }

    static Ruling ruling(Responsibility responsibility, Remedy remedy, Money amount, Obligation... obligations) {
        return new Ruling(null, responsibility, remedy, amount, List.of("Rules §1.7", "Rules §1.9"),
                List.of(EVIDENCE_ID), RATIONALE, false, List.of(obligations), List.of(), null, null, null, null,
                null, null, null);
    }

    static Obligation merchantObligation(String action) {
        return new Obligation(Party.MERCHANT, action, NOW.plus(Duration.ofHours(48)));
    }

    /** An open evidence request to the merchant, asked for a day before {@link #NOW}. */
    static EvidenceRequest openRequest(String requestId, Instant dueAt) {
        return new EvidenceRequest(requestId, Party.MERCHANT, List.of(EvidenceCategory.LOGISTICS),
                "Upload the courier's proof of delivery.", NOW.minus(Duration.ofDays(1)), dueAt, RequestStatus.OPEN,
                List.of());
    }

    /** The ruling as issued: proposed by {@code proposer}, issued by {@code issuer} at {@code at}. */
    static Ruling issuedRuling(Ruling draft, String proposer, String issuer, Instant at) {
        return new Ruling("r-issued", draft.responsibility(), draft.remedy(), draft.amount(), draft.basis(),
                draft.citedEvidence(), draft.rationale(), false, draft.obligations(), draft.measures(), proposer,
                at.minus(Duration.ofHours(2)), issuer, at, null, null, null);
    }
}
