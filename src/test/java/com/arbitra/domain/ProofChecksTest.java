package com.arbitra.domain;

import static com.arbitra.domain.Cases.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fulfilment proof against the issued ruling: a full refund of 129.00 CNY, due in 48 hours. */
class ProofChecksTest {

    private static final Instant ISSUED = NOW;
    private static final DisputeCase CASE = Cases.builder(CaseState.VERIFYING_FULFILMENT)
            .ruling(Cases.issuedRuling(Cases.merchantFullRefund(), "ana", "sue", ISSUED))
            .fulfilment(new Fulfilment(ISSUED.plus(Duration.ofHours(48)), List.of(), null)).build();

    private static FulfilmentProof refund(String number, Money amount, Instant at) {
        return new FulfilmentProof("p-1", ProofType.PAYMENT_REFUND, at, number, null, null, null, null, amount,
                List.of());
    }

    private static List<String> codes(FulfilmentProof p, DisputeCase c) {
        return ProofChecks.check(p, c).stream().map(ProofChecks.Finding::code).toList();
    }

    @Test
    void aRefundOfTheRuledAmountWithAPlausibleNumberInTimeHasNoFindings() {
        assertThat(ProofChecks.check(refund("50300001402026112101234567890", Cases.PAID,
                ISSUED.plus(Duration.ofHours(3))), CASE)).isEmpty();
    }

    @Test
    void aShortAmountAWrongCurrencyAndAMissingAmountAreErrors() {
        Instant at = ISSUED.plus(Duration.ofHours(3));
        assertThat(codes(refund("50300001402026112101234567890", Money.of(9900, "CNY"), at), CASE))
                .containsExactly("proof.amount.short");
        assertThat(codes(refund("50300001402026112101234567890", Money.of(12900, "USD"), at), CASE))
                .containsExactly("proof.amount.currency");
        assertThat(codes(refund("50300001402026112101234567890", null, at), CASE))
                .containsExactly("proof.amount.missing");
        assertThat(codes(refund("50300001402026112101234567890", Money.of(13900, "CNY"), at), CASE))
                .containsExactly("proof.amount.more");
    }

    @Test
    void implausibleNumbersAndTheOrdersOwnPaymentNumberAreCaught() {
        Instant at = ISSUED.plus(Duration.ofHours(3));
        for (String bad : List.of("12345", "0000000000000", "refund please", "ABCDEFGHIJKL")) {
            assertThat(codes(refund(bad, Cases.PAID, at), CASE)).as(bad).contains("proof.number.implausible");
        }
        assertThat(codes(refund(" ", Cases.PAID, at), CASE)).containsExactly("proof.number.missing");
        assertThat(codes(refund("4200001234202611140001", Cases.PAID, at), CASE))
                .containsExactly("proof.number.isOrder");
    }

    @Test
    void aTrackingNumberDoesNotProveARefundButDoesProveAReshipment() {
        FulfilmentProof tracking = new FulfilmentProof("p-2", ProofType.LOGISTICS, ISSUED.plus(Duration.ofHours(3)),
                null, null, null, "SF Express", "SF1234567890123", null, List.of());
        DisputeCase reship = CASE.toBuilder().ruling(Cases.issuedRuling(Cases.ruling(Responsibility.MERCHANT,
                Remedy.RESHIP, null, Cases.merchantObligation("RESHIP")), "ana", "sue", ISSUED)).build();

        assertThat(codes(tracking, CASE)).containsExactly("proof.type.mismatch");
        assertThat(codes(tracking, reship)).isEmpty();
    }

    @Test
    void aLateProofIsAWarning() {
        List<ProofChecks.Finding> f = ProofChecks.check(refund("50300001402026112101234567890", Cases.PAID,
                ISSUED.plus(Duration.ofHours(50))), CASE);

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("proof.late");
            assertThat(x.severity()).isEqualTo(ProofChecks.Severity.WARNING);
        });
        assertThat(ProofChecks.hasErrors(f)).isFalse();
    }
}
