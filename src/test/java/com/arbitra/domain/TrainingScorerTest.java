package com.arbitra.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.TrainingScore.Criterion;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each criterion of the scoring table on a case with a known answer, and each kind of miss. */
class TrainingScorerTest {

    static final Money PAID = Money.of(20000, "CNY");
    /** The known answer: the merchant refunds 60.00 of 200.00, on two clauses and two pieces of evidence. */
    static final Ruling REFERENCE = ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, 6000,
            List.of("EVIDENCE_NOT_PROVIDED", "GOODS_NOT_AS_DESCRIBED"), List.of("e-1", "e-2"));
    static final Duration QUICK = Duration.ofMinutes(10);

    final TrainingScorer scorer = new TrainingScorer();

    static Ruling ruling(Responsibility who, Remedy remedy, Long amount, List<String> basis, List<String> cited) {
        return new Ruling("r-1", who, remedy, amount == null ? null : Money.of(amount, "CNY"), basis, cited,
                "A rationale long enough to pass the rules.", false, List.of(), List.of(), null, null, null, null,
                null, null, null);
    }

    static Ruling ruling(Responsibility who, Remedy remedy, long amount, List<String> basis, List<String> cited) {
        return ruling(who, remedy, Long.valueOf(amount), basis, cited);
    }

    TrainingScore score(Ruling proposal, Duration taken) {
        return scorer.score(REFERENCE, proposal, PAID, Difficulty.MEDIUM, taken);
    }

    @Test
    void theReferenceItselfScores100() {
        TrainingScore s = score(REFERENCE, QUICK);
        assertThat(s.total()).isEqualTo(100);
        assertThat(s.parts()).extracting(TrainingScore.Part::criterion).containsExactly(Criterion.values());
        assertThat(s.parts()).allSatisfy(p -> assertThat(p.deduction()).isZero());
    }

    @Test
    void theWeightsAddUpTo100() {
        assertThat(java.util.Arrays.stream(Criterion.values()).mapToInt(Criterion::max).sum()).isEqualTo(100);
    }

    @Test
    void wrongResponsibilityLoses30() {
        TrainingScore s = score(ruling(Responsibility.SHARED, Remedy.PARTIAL_REFUND, 6000, REFERENCE.basis(),
                REFERENCE.citedEvidence()), QUICK);
        assertThat(s.total()).isEqualTo(70);
        assertThat(s.part(Criterion.RESPONSIBILITY).points()).isZero();
        assertThat(s.part(Criterion.RESPONSIBILITY).detail()).contains("expected MERCHANT", "proposed SHARED");
    }

    @Test
    void wrongRemedyLoses25() {
        TrainingScore s = score(ruling(Responsibility.MERCHANT, Remedy.COMPENSATION, 6000, REFERENCE.basis(),
                REFERENCE.citedEvidence()), QUICK);
        assertThat(s.total()).isEqualTo(75);
        assertThat(s.part(Criterion.REMEDY).deduction()).isEqualTo(25);
    }

    @ParameterizedTest(name = "{0} against 6000 gives {1} amount points")
    @CsvSource({"6000,15", "6600,15", "5400,15", "6601,0", "5399,0", "20000,0"})
    void theAmountCountsWithinTenPercent(long proposed, int points) {
        TrainingScore s = score(ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, proposed, REFERENCE.basis(),
                REFERENCE.citedEvidence()), QUICK);
        assertThat(s.part(Criterion.AMOUNT).points()).isEqualTo(points);
        assertThat(s.total()).isEqualTo(85 + points);
    }

    @Test
    void theToleranceIsASetting() {
        Ruling off = ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, 7000L, REFERENCE.basis(),
                REFERENCE.citedEvidence());
        assertThat(new TrainingScorer(0.20).score(REFERENCE, off, PAID, Difficulty.MEDIUM, QUICK).total()).isEqualTo(100);
        assertThat(new TrainingScorer(0.0).score(REFERENCE, off, PAID, Difficulty.MEDIUM, QUICK).total()).isEqualTo(85);
        assertThatThrownBy(() -> new TrainingScorer(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFullRefundWithoutAnAmountMeansTheOrderAmount() {
        Ruling full = ruling(Responsibility.MERCHANT, Remedy.FULL_REFUND, null, List.of("X"), List.of());
        Ruling fullWithAmount = ruling(Responsibility.MERCHANT, Remedy.FULL_REFUND, 20000L, List.of("X"), List.of());
        assertThat(scorer.score(full, fullWithAmount, PAID, Difficulty.EASY, QUICK).total()).isEqualTo(100);
        Ruling none = ruling(Responsibility.NONE, Remedy.NO_ACTION, null, List.of("X"), List.of());
        Ruling noneButPaid = ruling(Responsibility.NONE, Remedy.NO_ACTION, 100L, List.of("X"), List.of());
        assertThat(scorer.score(none, noneButPaid, PAID, Difficulty.EASY, QUICK).part(Criterion.AMOUNT).points())
                .as("a reference of 0 needs exactly 0").isZero();
    }

    @Test
    void clausesScoreByOverlap() {
        // one of the two clauses: 1 shared of 2 in all = 0.5 -> 5 points
        TrainingScore half = score(ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, 6000,
                List.of("GOODS_NOT_AS_DESCRIBED"), REFERENCE.citedEvidence()), QUICK);
        assertThat(half.part(Criterion.CLAUSES).points()).isEqualTo(5);
        assertThat(half.part(Criterion.CLAUSES).detail()).contains("missing [EVIDENCE_NOT_PROVIDED]");
        assertThat(half.total()).isEqualTo(95);
        // both plus a wrong one: 2 of 3 -> 6.67 -> 7 points
        TrainingScore extra = score(ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, 6000,
                List.of("GOODS_NOT_AS_DESCRIBED", "EVIDENCE_NOT_PROVIDED", "FORCE_MAJEURE"),
                REFERENCE.citedEvidence()), QUICK);
        assertThat(extra.part(Criterion.CLAUSES).points()).isEqualTo(7);
        // none: 0
        TrainingScore none = score(ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, 6000, List.of(),
                REFERENCE.citedEvidence()), QUICK);
        assertThat(none.part(Criterion.CLAUSES).points()).isZero();
    }

    @Test
    void citedEvidenceScoresByOverlap() {
        TrainingScore half = score(ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, 6000, REFERENCE.basis(),
                List.of("e-1", "e-3")), QUICK);
        // shared {e-1} over {e-1, e-2, e-3}: 3.33 -> 3 points
        assertThat(half.part(Criterion.EVIDENCE).points()).isEqualTo(3);
        assertThat(half.total()).isEqualTo(93);
        assertThat(TrainingScorer.jaccard(List.of(), List.of())).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} min on a MEDIUM case (target 30) gives {1} time points")
    @CsvSource({"0,10", "30,10", "36,9", "45,7", "60,5", "89,0", "90,0", "600,0"})
    void timeFallsInAStraightLineFromTheTargetToThreeTimesIt(long minutes, int points) {
        TrainingScore s = score(REFERENCE, Duration.ofMinutes(minutes));
        assertThat(s.part(Criterion.TIME).points()).isEqualTo(points);
        assertThat(s.total()).isEqualTo(90 + points);
    }

    @Test
    void theTargetTimeDependsOnTheDifficulty() {
        Duration twenty = Duration.ofMinutes(20);
        assertThat(scorer.score(REFERENCE, REFERENCE, PAID, Difficulty.EASY, twenty).part(Criterion.TIME).points())
                .isEqualTo(8);
        assertThat(scorer.score(REFERENCE, REFERENCE, PAID, Difficulty.HARD, twenty).part(Criterion.TIME).points())
                .isEqualTo(10);
        assertThat(TrainingScorer.targetTime(null)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anUnknownTimeGivesNoTimePoints() {
        assertThat(score(REFERENCE, null).total()).isEqualTo(90);
        assertThat(score(REFERENCE, null).part(Criterion.TIME).detail()).isEqualTo("time not measured");
    }

    @Test
    void everythingWrongScoresZero() {
        Ruling wrong = ruling(Responsibility.CONSUMER, Remedy.NO_ACTION, null, List.of("OTHER"), List.of("e-9"));
        assertThat(score(wrong, Duration.ofHours(3)).total()).isZero();
    }
}
