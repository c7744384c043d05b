package com.arbitra.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The trainer's scoreboard, made from the attempts: one row per trainee and one per case. */
public final class TrainingScoreboard {

    /**
     * @param cases   how many different cases the trainee attempted
     * @param average the mean score over every attempt, to one decimal
     * @param latest  the score of the newest attempt
     */
    public record TraineeRow(String trainee, int attempts, int cases, double average, int best, int latest) {
    }

    public record CaseRow(String caseId, Difficulty difficulty, int attempts, int trainees, double average, int best) {
    }

    private TrainingScoreboard() {
    }

    public static List<TraineeRow> byTrainee(List<TrainingAttempt> attempts) {
        Map<String, List<TrainingAttempt>> groups = group(attempts, TrainingAttempt::trainee);
        List<TraineeRow> out = new ArrayList<>();
        groups.forEach((trainee, list) -> {
            Set<String> cases = new HashSet<>();
            list.forEach(a -> cases.add(a.caseId()));
            TrainingAttempt newest = list.stream().max(Comparator.comparing(TrainingAttempt::submittedAt)).orElseThrow();
            out.add(new TraineeRow(trainee, list.size(), cases.size(), average(list), best(list),
                    newest.score().total()));
        });
        out.sort(Comparator.comparing(TraineeRow::trainee));
        return out;
    }

    public static List<CaseRow> byCase(List<TrainingAttempt> attempts) {
        Map<String, List<TrainingAttempt>> groups = group(attempts, TrainingAttempt::caseId);
        List<CaseRow> out = new ArrayList<>();
        groups.forEach((caseId, list) -> {
            Set<String> trainees = new HashSet<>();
            list.forEach(a -> trainees.add(a.trainee()));
            out.add(new CaseRow(caseId, list.get(0).difficulty(), list.size(), trainees.size(), average(list),
                    best(list)));
        });
        out.sort(Comparator.comparing(CaseRow::caseId));
        return out;
    }

    private static Map<String, List<TrainingAttempt>> group(List<TrainingAttempt> attempts,
                                                            java.util.function.Function<TrainingAttempt, String> key) {
        Map<String, List<TrainingAttempt>> groups = new LinkedHashMap<>();
        for (TrainingAttempt a : attempts) {
            groups.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a);
        }
        return groups;
    }

    private static double average(List<TrainingAttempt> list) {
        double mean = list.stream().mapToInt(a -> a.score().total()).average().orElse(0);
        return Math.round(mean * 10) / 10.0;
    }

    private static int best(List<TrainingAttempt> list) {
        return list.stream().mapToInt(a -> a.score().total()).max().orElse(0);
    }
}
