package com.arbitra.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a trainee's proposed ruling against the case's reference ruling. Pure: same inputs, same
 * score. 100 points in all:
 *
 * <table>
 *   <caption>Criteria and deductions</caption>
 *   <tr><th>criterion</th><th>points</th><th>how</th></tr>
 *   <tr><td>responsibility</td><td>30</td><td>exact match, else 0</td></tr>
 *   <tr><td>remedy</td><td>25</td><td>exact match, else 0</td></tr>
 *   <tr><td>amount</td><td>15</td><td>the proposal's amount within the tolerance (default 10 %) of the
 *       reference's, else 0. A remedy without an amount counts as the order amount for a full refund or a
 *       return and refund, and as 0 otherwise; a reference of 0 needs exactly 0</td></tr>
 *   <tr><td>rule clauses</td><td>10</td><td>10 &times; Jaccard overlap of the basis codes (shared / all),
 *       rounded; both empty gives 10</td></tr>
 *   <tr><td>cited evidence</td><td>10</td><td>10 &times; Jaccard overlap of the cited evidence ids,
 *       rounded; both empty gives 10</td></tr>
 *   <tr><td>time</td><td>10</td><td>10 up to the target time of the case's difficulty (EASY 15 min,
 *       MEDIUM 30 min, HARD 45 min, none given: 30 min), then falling in a straight line to 0 at three
 *       times the target: {@code floor(10 × (3T − t) / 2T)}; an unknown start time gives 0</td></tr>
 * </table>
 *
 * <p>Responsibility and remedy weigh most because they are the ruling; the amount next because a wrong
 * amount is money lost by a party; clauses and evidence show whether the trainee reasoned from the
 * rules and the file; time matters least, so that a careful trainee is not punished much.
 */
public final class TrainingScorer {

    public static final double DEFAULT_TOLERANCE = 0.10;
    private static final Set<Remedy> FULL_AMOUNT = EnumSet.of(Remedy.FULL_REFUND, Remedy.RETURN_AND_REFUND);

    private final double amountTolerance;

    /** @param amountTolerance the share of the reference amount a proposal may differ by, e.g. 0.10 */
    public TrainingScorer(double amountTolerance) {
        if (amountTolerance < 0 || amountTolerance > 1 || Double.isNaN(amountTolerance)) {
            throw new IllegalArgumentException("the amount tolerance is a share from 0 to 1, was " + amountTolerance);
        }
        this.amountTolerance = amountTolerance;
    }

    public TrainingScorer() {
        this(DEFAULT_TOLERANCE);
    }

    /** The time within which a case of this difficulty earns all the time points. */
    public static Duration targetTime(Difficulty d) {
        if (d == null) {
            return Duration.ofMinutes(30);
        }
        return switch (d) {
            case EASY -> Duration.ofMinutes(15);
            case MEDIUM -> Duration.ofMinutes(30);
            case HARD -> Duration.ofMinutes(45);
        };
    }

    /**
     * @param paid      the order amount (what a full refund gives back); may be null
     * @param timeTaken from opening the case to proposing; null when unknown
     */
    public TrainingScore score(Ruling reference, Ruling proposal, Money paid, Difficulty difficulty,
                               Duration timeTaken) {
        List<TrainingScore.Part> parts = new ArrayList<>();
        parts.add(exact(TrainingScore.Criterion.RESPONSIBILITY, reference.responsibility(), proposal.responsibility()));
        parts.add(exact(TrainingScore.Criterion.REMEDY, reference.remedy(), proposal.remedy()));
        parts.add(amount(reference, proposal, paid));
        parts.add(overlap(TrainingScore.Criterion.CLAUSES, reference.basis(), proposal.basis()));
        parts.add(overlap(TrainingScore.Criterion.EVIDENCE, reference.citedEvidence(), proposal.citedEvidence()));
        parts.add(time(difficulty, timeTaken));
        return new TrainingScore(parts.stream().mapToInt(TrainingScore.Part::points).sum(), parts);
    }

    private static TrainingScore.Part exact(TrainingScore.Criterion c, Enum<?> expected, Enum<?> given) {
        boolean same = expected == given;
        return new TrainingScore.Part(c, same ? c.max() : 0, same ? "matches " + expected
                : "expected " + expected + ", proposed " + given);
    }

    /** The amount a ruling moves: its own, or what its remedy implies without one. */
    static long effectiveAmount(Ruling r, Money paid) {
        if (r.amount() != null) {
            return r.amount().value();
        }
        return FULL_AMOUNT.contains(r.remedy()) && paid != null ? paid.value() : 0;
    }

    private TrainingScore.Part amount(Ruling reference, Ruling proposal, Money paid) {
        TrainingScore.Criterion c = TrainingScore.Criterion.AMOUNT;
        long expected = effectiveAmount(reference, paid);
        long given = effectiveAmount(proposal, paid);
        long allowed = Math.round(expected * amountTolerance);
        boolean within = Math.abs(given - expected) <= allowed;
        String detail = (within ? "within " : "outside ") + Math.round(amountTolerance * 100) + " % of " + expected
                + " (proposed " + given + ")";
        return new TrainingScore.Part(c, within ? c.max() : 0, detail);
    }

    /** Jaccard overlap: the shared items over all items named by either side. */
    static double jaccard(List<String> a, List<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 1.0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(new HashSet<>(b));
        return (double) shared.size() / union.size();
    }

    private static TrainingScore.Part overlap(TrainingScore.Criterion c, List<String> expected, List<String> given) {
        double j = jaccard(expected, given);
        int points = (int) Math.round(c.max() * j);
        Set<String> missing = new java.util.TreeSet<>(expected);
        missing.removeAll(given);
        Set<String> extra = new java.util.TreeSet<>(given);
        extra.removeAll(expected);
        String detail = "overlap " + Math.round(j * 100) + " %" + (missing.isEmpty() ? "" : "; missing " + missing)
                + (extra.isEmpty() ? "" : "; not in the reference " + extra);
        return new TrainingScore.Part(c, points, detail);
    }

    static TrainingScore.Part time(Difficulty difficulty, Duration taken) {
        TrainingScore.Criterion c = TrainingScore.Criterion.TIME;
        if (taken == null || taken.isNegative()) {
            return new TrainingScore.Part(c, 0, "time not measured");
        }
        long target = targetTime(difficulty).getSeconds();
        long t = taken.getSeconds();
        int points;
        if (t <= target) {
            points = c.max();
        } else if (t >= 3 * target) {
            points = 0;
        } else {
            points = (int) Math.floor(c.max() * (3.0 * target - t) / (2.0 * target));
        }
        return new TrainingScore.Part(c, points, "took " + taken.toMinutes() + " min, target "
                + target / 60 + " min");
    }
}
