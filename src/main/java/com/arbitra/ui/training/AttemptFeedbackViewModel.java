package com.arbitra.ui.training;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.TrainingScore;
import com.arbitra.domain.TrainingService;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.Formats;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What a trainee sees after proposing: the score, each criterion's points, and, once released, the
 * reference ruling and the trainer's notes. {@link #checkAgain()} asks whether the trainer has released
 * them since.
 */
public final class AttemptFeedbackViewModel {

    /** One line of the breakdown, ready to show. */
    public record Line(TrainingScore.Criterion criterion, String name, String points, String detail, boolean full) {
    }

    private final TrainingService training;
    private final Actor trainee;
    private final TaskRunner background;
    private final I18n i18n;
    private final StringProperty title = new SimpleStringProperty("");
    private final IntegerProperty score = new SimpleIntegerProperty();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final BooleanProperty released = new SimpleBooleanProperty(false);
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty rationale = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private String attemptId;

    public AttemptFeedbackViewModel(TrainingService training, Actor trainee, TaskRunner background, I18n i18n) {
        this.training = training;
        this.trainee = trainee;
        this.background = background;
        this.i18n = i18n;
    }

    public StringProperty title() { return title; }
    public IntegerProperty score() { return score; }
    public ObservableList<Line> lines() { return lines; }
    public BooleanProperty released() { return released; }
    /** The reference ruling in one paragraph (who, remedy, amount, clauses, evidence); empty until released. */
    public StringProperty reference() { return reference; }
    public StringProperty rationale() { return rationale; }
    public StringProperty notes() { return notes; }
    public StringProperty error() { return error; }

    public void show(TrainingService.Feedback f) {
        attemptId = f.attempt().attemptId();
        title.set(i18n.t("feedback.title", f.attempt().caseId()));
        score.set(f.attempt().score().total());
        lines.setAll(f.attempt().score().parts().stream().map(p -> new Line(p.criterion(),
                i18n.t("training.criterion." + p.criterion().name()), i18n.t("feedback.points", p.points(), p.max()),
                detail(p), p.points() == p.max())).toList());
        released.set(f.released());
        Ruling r = f.reference();
        if (f.released() && r != null) {
            StringBuilder b = new StringBuilder(i18n.t("feedback.ruling",
                    i18n.t("training.responsibility." + r.responsibility()), i18n.t("training.remedy." + r.remedy())));
            if (r.amount() != null) {
                b.append('\n').append(i18n.t("feedback.amount", Formats.money(r.amount(), i18n.locale())));
            }
            b.append('\n').append(i18n.t("feedback.basis", String.join(", ", r.basis().stream()
                    .map(code -> com.arbitra.domain.RuleClause.describe(code, i18n.locale())).toList())));
            b.append('\n').append(i18n.t("feedback.cited", String.join(", ", r.citedEvidence())));
            reference.set(b.toString());
            rationale.set(r.rationale() == null ? "" : r.rationale());
            notes.set(f.notes() == null ? "" : f.notes());
        } else {
            reference.set("");
            rationale.set("");
            notes.set("");
        }
    }

    /**
     * What a part's points mean, in the trainee's words: never the reference's codes (the scorer's own
     * English detail names them, and would give the reference away before the trainer releases it).
     */
    private String detail(TrainingScore.Part p) {
        boolean full = p.points() == p.max();
        String key = switch (p.criterion()) {
            case RESPONSIBILITY, REMEDY -> full ? "same" : "differs";
            case AMOUNT -> full ? "amountWithin" : "amountOutside";
            case CLAUSES, EVIDENCE -> full ? "overlapAll" : p.points() > 0 ? "overlapSome" : "overlapNone";
            case TIME -> full ? "timeWithin" : p.points() > 0 ? "timeOver" : "timeFar";
        };
        return i18n.t("feedback.detail." + key);
    }

    /** Loads the attempt again: shows the reference once the trainer has released it. */
    public void checkAgain() {
        if (attemptId == null) {
            return;
        }
        String id = attemptId;
        background.run("AttemptFeedbackViewModel.checkAgain", () -> training.feedback(id, trainee), f -> {
            show(f);
            error.set("");
        }, t -> error.set(Messages.of(t, i18n)));
    }

    List<Line> linesView() {
        return List.copyOf(lines);
    }
}
