package com.arbitra.domain;

import java.util.List;

/**
 * A trainee's score on one attempt: 0 to 100, with the points of each criterion. The weights and
 * deductions are {@link TrainingScorer}'s.
 */
public record TrainingScore(int total, List<Part> parts) {

    /** What a proposal is compared on, with the most points each can give (they add up to 100). */
    public enum Criterion {
        RESPONSIBILITY(30), REMEDY(25), AMOUNT(15), CLAUSES(10), EVIDENCE(10), TIME(10);

        private final int max;

        Criterion(int max) {
            this.max = max;
        }

        public int max() {
            return max;
        }
    }

    /**
     * The points one criterion gave, and a short plain-English reason (the console shows its own
     * translated text from {@code criterion} and the numbers).
     */
    public record Part(Criterion criterion, int points, String detail) {

        public int max() {
            return criterion.max();
        }

        public int deduction() {
            return criterion.max() - points;
        }
    }

    public TrainingScore {
        parts = List.copyOf(parts);
    }

    public Part part(Criterion c) {
        return parts.stream().filter(p -> p.criterion() == c).findFirst().orElseThrow();
    }
}
