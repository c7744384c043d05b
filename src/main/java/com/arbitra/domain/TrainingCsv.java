package com.arbitra.domain;

import java.util.List;

/**
 * Attempts as CSV (RFC 4180, comma separated, CRLF line ends, a header row), for a spreadsheet. A cell
 * that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
public final class TrainingCsv {

    public static final String HEADER = "attempt_id,case_id,trainee,difficulty,started_at,submitted_at,minutes,"
            + "score,responsibility,remedy,amount,clauses,evidence,time,proposed_responsibility,proposed_remedy,"
            + "proposed_amount,currency,feedback_released";

    private TrainingCsv() {
    }

    public static String of(List<TrainingAttempt> attempts) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (TrainingAttempt a : attempts) {
            java.time.Duration t = a.timeTaken();
            Ruling p = a.proposal();
            row(out, a.attemptId(), a.caseId(), a.trainee(), a.difficulty() == null ? "" : a.difficulty().name(),
                    a.startedAt() == null ? "" : a.startedAt().toString(), a.submittedAt().toString(),
                    t == null ? "" : Long.toString(t.toMinutes()), Integer.toString(a.score().total()),
                    points(a, TrainingScore.Criterion.RESPONSIBILITY), points(a, TrainingScore.Criterion.REMEDY),
                    points(a, TrainingScore.Criterion.AMOUNT), points(a, TrainingScore.Criterion.CLAUSES),
                    points(a, TrainingScore.Criterion.EVIDENCE), points(a, TrainingScore.Criterion.TIME),
                    p == null || p.responsibility() == null ? "" : p.responsibility().name(),
                    p == null || p.remedy() == null ? "" : p.remedy().name(),
                    p == null || p.amount() == null ? "" : Long.toString(p.amount().value()),
                    p == null || p.amount() == null ? "" : p.amount().currency(),
                    Boolean.toString(a.feedbackReleased()));
        }
        return out.toString();
    }

    private static String points(TrainingAttempt a, TrainingScore.Criterion c) {
        return Integer.toString(a.score().part(c).points());
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    static String cell(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
