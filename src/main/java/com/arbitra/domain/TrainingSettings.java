package com.arbitra.domain;

/**
 * How a training workspace gives feedback and scores amounts.
 *
 * @param immediateFeedback   true: the trainee sees the reference ruling and the trainer's notes right
 *                            after an attempt; false: only once the trainer releases them
 * @param amountTolerancePercent how far (in % of the reference amount) a proposed amount may be and
 *                            still earn the amount points; 0 to 100
 */
public record TrainingSettings(boolean immediateFeedback, int amountTolerancePercent) {

    public TrainingSettings {
        if (amountTolerancePercent < 0 || amountTolerancePercent > 100) {
            throw new RefusedException(Refusal.of("refused.training.tolerance",
                    "The amount tolerance is a percentage from 0 to 100 (was " + amountTolerancePercent + ").",
                    amountTolerancePercent));
        }
    }

    public static TrainingSettings defaults() {
        return new TrainingSettings(true, 10);
    }

    public TrainingScorer scorer() {
        return new TrainingScorer(amountTolerancePercent / 100.0);
    }
}
