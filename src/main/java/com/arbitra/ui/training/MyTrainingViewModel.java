package com.arbitra.ui.training;

import com.arbitra.domain.Actor;
import com.arbitra.domain.TrainingAttempt;
import com.arbitra.domain.TrainingService;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import com.arbitra.ui.TaskRunner;
import java.util.Comparator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A trainee's own page (issue 17, point 10): every attempt they submitted, newest first, with its
 * score, and for the one chosen the feedback as {@link AttemptFeedbackViewModel} shows it right after
 * proposing: the reference ruling and the trainer's notes once released to them.
 */
public final class MyTrainingViewModel {

    private final TrainingService training;
    private final Actor trainee;
    private final TaskRunner background;
    private final I18n i18n;
    private final ObservableList<TrainingAttempt> attempts = FXCollections.observableArrayList();
    private final ObjectProperty<TrainingAttempt> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final AttemptFeedbackViewModel feedback;

    public MyTrainingViewModel(TrainingService training, Actor trainee, TaskRunner background, I18n i18n) {
        this.training = training;
        this.trainee = trainee;
        this.background = background;
        this.i18n = i18n;
        this.feedback = new AttemptFeedbackViewModel(training, trainee, background, i18n);
    }

    public ObservableList<TrainingAttempt> attempts() { return attempts; }
    public ObjectProperty<TrainingAttempt> selected() { return selected; }
    public StringProperty error() { return error; }
    public AttemptFeedbackViewModel feedback() { return feedback; }

    /** Reads the trainee's attempts again, keeping the chosen one chosen (by its id). */
    public void reload() {
        String keep = selected.get() == null ? null : selected.get().attemptId();
        background.run("MyTrainingViewModel.reload", () -> training.attempts(trainee.name()), list -> {
            attempts.setAll(list.stream().sorted(Comparator.comparing(TrainingAttempt::submittedAt).reversed()).toList());
            error.set("");
            attempts.stream().filter(a -> a.attemptId().equals(keep)).findFirst()
                    .or(() -> attempts.stream().findFirst()).ifPresentOrElse(this::choose, () -> selected.set(null));
        }, t -> error.set(Messages.of(t, i18n)));
    }

    /** Shows one attempt's feedback, as the trainee may see it now. */
    public void choose(TrainingAttempt attempt) {
        selected.set(attempt);
        if (attempt == null) {
            return;
        }
        background.run("MyTrainingViewModel.choose", () -> training.feedback(attempt.attemptId(), trainee), f -> {
            if (attempt.equals(selected.get())) {
                feedback.show(f);
            }
        }, t -> error.set(Messages.of(t, i18n)));
    }
}
