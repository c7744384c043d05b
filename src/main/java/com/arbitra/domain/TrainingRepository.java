package com.arbitra.domain;

import java.util.List;
import java.util.Optional;

/** Stored training attempts and the training settings of the workspace. */
public interface TrainingRepository {

    void insert(TrainingAttempt attempt);

    Optional<TrainingAttempt> find(String attemptId);

    /** Every attempt, oldest first; of one trainee when {@code trainee} is not null. */
    List<TrainingAttempt> attempts(String trainee);

    /** Marks the attempts of one trainee (all trainees when null) released; returns how many changed. */
    int release(String trainee);

    /** Removes a trainee's attempts; returns how many. */
    int deleteAttempts(String trainee);

    /** The stored settings, or the defaults when none were saved. */
    TrainingSettings settings();

    void saveSettings(TrainingSettings settings);
}
