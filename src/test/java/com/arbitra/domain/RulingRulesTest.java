package com.arbitra.domain;

import static com.arbitra.domain.Cases.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The consistency rules of a ruling, dispute-rules §5, on the fixture case (order paid 129.00 CNY). */
class RulingRulesTest {

    private static final DisputeCase CASE = Cases.inState(CaseState.UNDER_REVIEW);
    private static final Obligation MERCHANT_REFUNDS = Cases.merchantObligation("REFUND");

    @Test
    void aConsistentRulingBreaksNoRule() {
        assertThat(RulingRules.check(Cases.merchantFullRefund(), CASE)).isEmpty();
        assertThat(RulingRules.check(Cases.returnAndRefund(), CASE)).isEmpty();
        assertThat(RulingRules.check(Cases.consumerNoAction(), CASE)).isEmpty();
        assertThat(RulingRules.check(Cases.ruling(Responsibility.NONE, Remedy.NO_ACTION, null), CASE)).isEmpty();
    }

    @Test
    void aRefundMayBeTheWholeAmountPaidButNoMore() {
        Ruling whole = Cases.ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, Money.of(12900, "CNY"),
                MERCHANT_REFUNDS);
        Ruling more = Cases.ruling(Responsibility.MERCHANT, Remedy.FULL_REFUND, Money.of(12901, "CNY"),
                MERCHANT_REFUNDS);

        assertThat(RulingRules.check(whole, CASE)).isEmpty();
        assertThat(RulingRules.check(more, CASE)).singleElement().isEqualTo(new RulingRules.Violation("amount",
                "ruling.amount.exceedsPaid", "A refund cannot exceed the amount paid (129.00 CNY)."));
    }

    @ParameterizedTest
    @EnumSource(value = Remedy.class, names = {"FULL_REFUND", "PARTIAL_REFUND", "RETURN_AND_REFUND"})
    void noKindOfRefundExceedsTheAmountPaid(Remedy refund) {
        Ruling r = Cases.ruling(Responsibility.MERCHANT, refund, Money.of(20000, "CNY"), MERCHANT_REFUNDS);

        assertThat(codes(r)).containsExactly("ruling.amount.exceedsPaid");
    }

    @Test
    void compensationMayExceedThePrice() {
        Ruling threeTimes = Cases.ruling(Responsibility.MERCHANT, Remedy.COMPENSATION, Money.of(38700, "CNY"),
                Cases.merchantObligation("COMPENSATE"));

        assertThat(RulingRules.check(threeTimes, CASE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Responsibility.class, names = {"MERCHANT", "SHARED"})
    void noActionGoesOnlyWithTheConsumerOrNoOne(Responsibility liable) {
        Ruling r = Cases.ruling(liable, Remedy.NO_ACTION, null);

        assertThat(RulingRules.check(r, CASE)).singleElement().isEqualTo(new RulingRules.Violation("remedy",
                "ruling.noAction.liable", "\"No action\" goes only with the consumer or no one responsible."));
    }

    @Test
    void aConsumerAtFaultGetsNoRefund() {
        Ruling r = Cases.ruling(Responsibility.CONSUMER, Remedy.FULL_REFUND, null);

        assertThat(RulingRules.check(r, CASE)).singleElement().isEqualTo(new RulingRules.Violation("remedy",
                "ruling.remedy.notLiable", "When the merchant is not responsible, the remedy is \"no action\"."));
    }

    @ParameterizedTest
    @EnumSource(value = Remedy.class, names = {"PARTIAL_REFUND", "COMPENSATION"})
    void partialRefundsAndCompensationNeedAnAmount(Remedy remedy) {
        Ruling r = Cases.ruling(Responsibility.MERCHANT, remedy, null, MERCHANT_REFUNDS);

        assertThat(RulingRules.check(r, CASE)).singleElement().isEqualTo(new RulingRules.Violation("amount",
                "ruling.amount.missing", "This remedy needs an amount."));
    }

    @Test
    void aPartialRefundIsMoreThanZero() {
        Ruling zero = Cases.ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, Money.of(0, "CNY"),
                MERCHANT_REFUNDS);
        Ruling negative = Cases.ruling(Responsibility.MERCHANT, Remedy.COMPENSATION, Money.of(-100, "CNY"),
                MERCHANT_REFUNDS);

        assertThat(codes(zero)).containsExactly("ruling.amount.notPositive");
        assertThat(codes(negative)).containsExactly("ruling.amount.notPositive");
    }

    @Test
    void theAmountIsInTheOrdersCurrency() {
        Ruling dollars = Cases.ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, Money.of(1800, "USD"),
                MERCHANT_REFUNDS);

        assertThat(RulingRules.check(dollars, CASE)).singleElement().isEqualTo(new RulingRules.Violation("amount",
                "ruling.amount.currency", "The amount must be in the order's currency (CNY)."));
    }

    @ParameterizedTest
    @EnumSource(value = Responsibility.class, names = {"MERCHANT", "SHARED"})
    void aLiableMerchantHasAnObligation(Responsibility liable) {
        Ruling consumerOnly = Cases.ruling(liable, Remedy.RESHIP, null,
                new Obligation(Party.CONSUMER, "CONFIRM_ADDRESS", NOW.plusSeconds(3600)));

        assertThat(RulingRules.check(consumerOnly, CASE)).singleElement().isEqualTo(new RulingRules.Violation(
                "obligations", "ruling.obligation.missing",
                "A ruling that holds the merchant responsible needs at least one merchant obligation."));
    }

    @Test
    void everyObligationIsComplete() {
        Ruling r = Cases.ruling(Responsibility.MERCHANT, Remedy.RESHIP, null, MERCHANT_REFUNDS,
                new Obligation(Party.MERCHANT, " ", NOW));

        assertThat(codes(r)).containsExactly("ruling.obligation.incomplete");
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 4000})
    void aRationaleOfTwentyToFourThousandCharactersIsAccepted(int length) {
        assertThat(RulingRules.check(withRationale("x".repeat(length)), CASE)).isEmpty();
    }

    @Test
    void aRationaleShorterThanTwentyCharactersIsRefused() {
        assertThat(RulingRules.check(withRationale("   " + "x".repeat(19) + "  "), CASE)).singleElement()
                .isEqualTo(new RulingRules.Violation("rationale", "ruling.rationale.length",
                        "The rationale must be 20 to 4000 characters (it has 19)."));
        assertThat(codes(withRationale(null))).containsExactly("ruling.rationale.length");
    }

    @Test
    void aRationaleLongerThanFourThousandCharactersIsRefused() {
        assertThat(RulingRules.check(withRationale("x".repeat(4001)), CASE)).extracting(RulingRules.Violation::message)
                .containsExactly("The rationale must be 20 to 4000 characters (it has 4001).");
    }

    @Test
    void citedEvidenceMustBePartOfTheCase() {
        Ruling base = Cases.merchantFullRefund();
        Ruling r = new Ruling(null, base.responsibility(), base.remedy(), base.amount(), base.basis(),
                List.of(Cases.EVIDENCE_ID, "e-9"), base.rationale(), false, base.obligations(), List.of(), null, null,
                null, null, null, null, null);

        assertThat(RulingRules.check(r, CASE)).singleElement().isEqualTo(new RulingRules.Violation("citedEvidence",
                "ruling.cited.unknown", "Cited evidence e-9 is not part of this case."));
    }

    @Test
    void everyBrokenRuleIsReported() {
        Ruling r = new Ruling(null, Responsibility.SHARED, Remedy.PARTIAL_REFUND, null, List.of(), List.of("e-7"),
                "Too short.", false, List.of(), List.of(), null, null, null, null, null, null, null);

        assertThat(codes(r)).containsExactly("ruling.amount.missing", "ruling.obligation.missing",
                "ruling.rationale.length", "ruling.cited.unknown");
    }

    @Test
    void compensationAboveTheMultipleNeedsASupervisorAndUpToItDoesNot() {
        Ruling threeTimes = Cases.ruling(Responsibility.MERCHANT, Remedy.COMPENSATION, Money.of(38700, "CNY"),
                Cases.merchantObligation("COMPENSATE"));
        Ruling more = Cases.ruling(Responsibility.MERCHANT, Remedy.COMPENSATION, Money.of(38701, "CNY"),
                Cases.merchantObligation("COMPENSATE"));

        WorkflowSettings three = WorkflowSettings.defaults();
        WorkflowSettings four = three.withRulingLimits(java.math.BigDecimal.valueOf(4), 500_000);
        assertThat(RulingRules.check(threeTimes, CASE, Role.AGENT, three)).isEmpty();
        assertThat(RulingRules.check(more, CASE, Role.AGENT, three)).extracting(RulingRules.Violation::code)
                .containsExactly("ruling.compensation.needsSupervisor");
        assertThat(RulingRules.check(more, CASE, Role.SUPERVISOR, three)).isEmpty();
        assertThat(RulingRules.check(more, CASE, Role.AGENT, four)).isEmpty();
    }

    @Test
    void aDecimalMultipleCountsInPartsOfThePrice() {
        // paid 129.00: 2.5 times is 322.50
        WorkflowSettings twoAndAHalf = WorkflowSettings.defaults().withRulingLimits(new java.math.BigDecimal("2.5"),
                500_000);
        Ruling atIt = Cases.ruling(Responsibility.MERCHANT, Remedy.COMPENSATION, Money.of(32250, "CNY"),
                Cases.merchantObligation("COMPENSATE"));
        Ruling above = Cases.ruling(Responsibility.MERCHANT, Remedy.COMPENSATION, Money.of(32251, "CNY"),
                Cases.merchantObligation("COMPENSATE"));

        assertThat(RulingRules.check(atIt, CASE, Role.AGENT, twoAndAHalf)).isEmpty();
        assertThat(RulingRules.check(above, CASE, Role.AGENT, twoAndAHalf)).extracting(RulingRules.Violation::code)
                .containsExactly("ruling.compensation.needsSupervisor");
    }

    @Test
    void anAmountAboveTheSupervisorsLimitNeedsASupervisorWhateverTheRemedy() {
        WorkflowSettings limit100 = WorkflowSettings.defaults().withRulingLimits(java.math.BigDecimal.valueOf(3),
                10_000);
        Ruling refund = Cases.ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, Money.of(10_001, "CNY"),
                Cases.merchantObligation("REFUND"));
        Ruling upTo = Cases.ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, Money.of(10_000, "CNY"),
                Cases.merchantObligation("REFUND"));

        assertThat(RulingRules.check(refund, CASE, Role.AGENT, limit100)).extracting(RulingRules.Violation::code)
                .containsExactly("ruling.amount.needsSupervisor");
        assertThat(RulingRules.check(upTo, CASE, Role.AGENT, limit100)).isEmpty();
        assertThat(RulingRules.check(refund, CASE, Role.SUPERVISOR, limit100)).isEmpty();
        assertThat(RulingRules.check(refund, CASE, Role.AGENT, WorkflowSettings.defaults())).isEmpty();
        // a full refund without an amount pays the 129.00 paid
        assertThat(RulingRules.check(Cases.ruling(Responsibility.MERCHANT, Remedy.FULL_REFUND, null,
                Cases.merchantObligation("REFUND")), CASE, Role.AGENT, limit100))
                .extracting(RulingRules.Violation::code).containsExactly("ruling.amount.needsSupervisor");
    }

    @Test
    void defaultObligationsFollowTheRemedyWithTheConfiguredPeriods() {
        WorkflowSettings s = WorkflowSettings.defaults();

        assertThat(RulingRules.defaultObligations(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, NOW, s))
                .containsExactly(new Obligation(Party.MERCHANT, "REFUND", NOW.plus(java.time.Duration.ofHours(48))));
        assertThat(RulingRules.defaultObligations(Responsibility.MERCHANT, Remedy.RETURN_AND_REFUND, NOW, s))
                .extracting(Obligation::party).containsExactly(Party.CONSUMER, Party.MERCHANT);
        assertThat(RulingRules.defaultObligations(Responsibility.CONSUMER, Remedy.NO_ACTION, NOW, s)).isEmpty();
        assertThat(RulingRules.withDefaultDueTimes(List.of(new Obligation(Party.MERCHANT, "RESHIP", null)), NOW,
                java.time.Duration.ofHours(48))).containsExactly(new Obligation(Party.MERCHANT, "RESHIP",
                NOW.plus(java.time.Duration.ofHours(48))));
    }

    private static Ruling withRationale(String rationale) {
        Ruling base = Cases.merchantFullRefund();
        return new Ruling(null, base.responsibility(), base.remedy(), base.amount(), base.basis(),
                base.citedEvidence(), rationale, false, base.obligations(), List.of(), null, null, null, null, null,
                null, null);
    }

    private static List<String> codes(Ruling r) {
        return RulingRules.check(r, CASE).stream().map(RulingRules.Violation::code).toList();
    }
}
