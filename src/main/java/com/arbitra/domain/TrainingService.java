package com.arbitra.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Training: scores a trainee's proposed ruling against the case's reference ruling, keeps the
 * attempts, and lets a trainer watch, release feedback and start a trainee over. A trainee is an
 * agent of a training workspace; trainees work cases through {@link CaseService} exactly as in live
 * mode; {@link CaseService#proposeRuling(String, Actor, long, Ruling, Instant)} scores a proposal in its own
 * transaction.
 */
public final class TrainingService {

    /** What a trainee sees after an attempt: the score always, the reference and notes once released. */
    public record Feedback(TrainingAttempt attempt, boolean released, Ruling reference, String notes) {
    }

    private final Store store;
    private final Clock clock;

    public TrainingService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether proposals in this workspace are scored at all. */
    public boolean isTrainingWorkspace() {
        return store.kind() == WorkspaceKind.TRAINING;
    }

    /**
     * The trainee's score for a proposal, inside the proposal's own transaction ({@link CaseService}): a
     * new attempt and its feedback for a trainee on a training case; empty otherwise (a live workspace,
     * a supervisor, a case without a reference).
     *
     * @param startedAt when the trainee opened or claimed the case; null when unknown (no time points)
     */
    Optional<Feedback> scoreIn(UnitOfWork u, DisputeCase c, Actor actor, Ruling proposal, Instant startedAt) {
        if (!isTrainingWorkspace() || actor.role() != Role.AGENT) {
            return Optional.empty();
        }
        Ruling given = proposal != null ? proposal : c.ruling();
        if (c.training() == null || c.training().referenceRuling() == null || given == null) {
            return Optional.empty();
        }
        String caseId = c.caseId();
        TrainingSettings settings = u.training().settings();
        Instant now = clock.instant();
        Duration taken = startedAt == null || startedAt.isAfter(now) ? null : Duration.between(startedAt, now);
        TrainingScore score = settings.scorer().score(c.training().referenceRuling(), given,
                c.order() == null ? null : c.order().amount(), c.training().difficulty(), taken);
        TrainingAttempt attempt = new TrainingAttempt(UUID.randomUUID().toString(), caseId, actor.name(),
                c.training().difficulty(), taken == null ? null : startedAt, now, given, score,
                settings.immediateFeedback());
        u.training().insert(attempt);
        u.audit().append(new AuditEntry(caseId, actor.name(), actor.role(), now, "TRAINING_ATTEMPT_SCORED",
                c.state(), c.state(), "attempt=" + attempt.attemptId() + "; score=" + score.total()));
        return Optional.of(feedbackOf(attempt, c));
    }

    /**
     * The feedback on one attempt as {@code viewer} may see it: a trainee sees the reference ruling and
     * the notes only once released; a trainer or supervisor always.
     */
    public Feedback feedback(String attemptId, Actor viewer) {
        return store.transaction(u -> {
            TrainingAttempt a = u.training().find(attemptId).orElseThrow(() -> new RefusedException(
                    Refusal.of("refused.training.attempt", "There is no training attempt " + attemptId + ".",
                            attemptId)));
            if (viewer.role() == Role.AGENT && !viewer.name().equals(a.trainee())) {
                throw new RefusedException(Refusal.of("refused.training.otherTrainee",
                        "A trainee sees only their own attempts."));
            }
            DisputeCase c = u.cases().find(a.caseId()).orElse(null);
            boolean trainerView = viewer.role() == Role.TRAINER || viewer.role() == Role.SUPERVISOR;
            return trainerView ? feedbackOf(a.released(), c) : feedbackOf(a, c);
        });
    }

    private static Feedback feedbackOf(TrainingAttempt a, DisputeCase c) {
        if (!a.feedbackReleased() || c == null || c.training() == null) {
            return new Feedback(a, false, null, null);
        }
        return new Feedback(a, true, c.training().referenceRuling(), c.training().notes());
    }

    public TrainingSettings settings() {
        return store.transaction(u -> u.training().settings());
    }

    public TrainingSettings updateSettings(Actor trainer, TrainingSettings settings) {
        requireTrainer(trainer);
        return store.transaction(u -> {
            u.training().saveSettings(settings);
            u.audit().append(new AuditEntry(null, trainer.name(), trainer.role(), clock.instant(),
                    "TRAINING_SETTINGS_CHANGED", null, null, "immediateFeedback=" + settings.immediateFeedback()
                    + "; amountTolerancePercent=" + settings.amountTolerancePercent()));
            return settings;
        });
    }

    /** Lets trainees see the reference rulings and notes of their attempts (one trainee, or all when null). */
    public int releaseFeedback(Actor trainer, String trainee) {
        requireTrainer(trainer);
        return store.transaction(u -> {
            int n = u.training().release(trainee);
            u.audit().append(new AuditEntry(null, trainer.name(), trainer.role(), clock.instant(),
                    "TRAINING_FEEDBACK_RELEASED", null, null, "trainee=" + (trainee == null ? "*" : trainee)
                    + "; attempts=" + n));
            return n;
        });
    }

    /** Removes every attempt of a trainee, so that they start over; audited with the count removed. */
    public int resetAttempts(Actor trainer, String trainee) {
        requireTrainer(trainer);
        if (trainee == null || trainee.isBlank()) {
            throw new RefusedException(Refusal.of("refused.training.noTrainee", "Choose the trainee to reset."));
        }
        return store.transaction(u -> {
            int n = u.training().deleteAttempts(trainee);
            u.audit().append(new AuditEntry(null, trainer.name(), trainer.role(), clock.instant(),
                    "TRAINING_ATTEMPTS_RESET", null, null, "trainee=" + trainee + "; attempts=" + n));
            return n;
        });
    }

    /** Every attempt, oldest first; of one trainee when {@code trainee} is not null. */
    public List<TrainingAttempt> attempts(String trainee) {
        return store.transaction(u -> u.training().attempts(trainee));
    }

    public List<TrainingScoreboard.TraineeRow> byTrainee() {
        return TrainingScoreboard.byTrainee(attempts(null));
    }

    public List<TrainingScoreboard.CaseRow> byCase() {
        return TrainingScoreboard.byCase(attempts(null));
    }

    private static void requireTrainer(Actor actor) {
        if (actor.role() != Role.TRAINER && actor.role() != Role.SUPERVISOR) {
            throw new RefusedException(Refusal.of("refused.training.trainerOnly",
                    "Only a trainer or a supervisor can do this."));
        }
    }
}
