package com.arbitra.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One trainee's proposed ruling on one training case, with its score. Kept until a trainer resets
 * the trainee's attempts.
 *
 * @param startedAt         when the trainee started on the case (null when unknown)
 * @param feedbackReleased  whether the trainee may see the reference ruling and the trainer's notes
 */
public record TrainingAttempt(String attemptId, String caseId, String trainee, Difficulty difficulty,
                              Instant startedAt, Instant submittedAt, Ruling proposal, TrainingScore score,
                              boolean feedbackReleased) {

    public TrainingAttempt {
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(trainee, "trainee");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(score, "score");
    }

    /** From start to proposal, or null when the start is unknown. */
    public Duration timeTaken() {
        return startedAt == null ? null : Duration.between(startedAt, submittedAt);
    }

    public TrainingAttempt released() {
        return new TrainingAttempt(attemptId, caseId, trainee, difficulty, startedAt, submittedAt, proposal, score,
                true);
    }
}
