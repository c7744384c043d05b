package com.arbitra.domain;

import java.util.List;

/** Only in training cases: the reference ruling a trainee is scored against. */
public record TrainingInfo(Ruling referenceRuling, Difficulty difficulty, String notes, List<String> tags) {

    public TrainingInfo {
        tags = List.copyOf(tags == null ? List.of() : tags);
    }
}
