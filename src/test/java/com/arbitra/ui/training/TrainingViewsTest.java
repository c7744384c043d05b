package com.arbitra.ui.training;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.arbitra.domain.TrainingScoreboard;
import com.arbitra.domain.TrainingService;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless windows: a trainee works a sample training case and sees the score; the trainer sees it on
 * the scoreboard and selects the trainee to see the attempt.
 */
@Tag("ui")
class TrainingViewsTest extends FxRobot {

    static final I18n EN = new I18n(Locale.ENGLISH);

    @TempDir
    Path dir;
    TrainingFixture fx;

    @BeforeEach
    void open() throws Exception {
        fx = new TrainingFixture(dir.resolve("ws"));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        fx.close();
    }

    static void show(Supplier<Parent> root) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene(root.get(), 1100, 760);
            scene.getStylesheets().add(Objects.requireNonNull(
                    TrainingViewsTest.class.getResource("/com/arbitra/ui/arbitra.css")).toExternalForm());
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTraineeSeesTheScoreAndTheTrainerSeesItOnTheScoreboard() throws Exception {
        // the trainee works the case with the services (the ruling form is the shell's), then sees the feedback
        TrainingService.Feedback f = fx.attempt(fx.tina, "TR-2026-0009", fx.referenceOf("TR-2026-0009"), 8);
        AttemptFeedbackViewModel feedback = new AttemptFeedbackViewModel(fx.training(), fx.tina, TaskRunner.fx(), EN);
        show(() -> new AttemptFeedbackView(feedback, EN).root());
        interact(() -> feedback.show(f));

        assertThat(lookup("#feedbackScore").queryAs(Label.class).getText()).isEqualTo("100 / 100");
        assertThat(lookup("#feedbackPoints-RESPONSIBILITY").queryAs(Label.class).getText()).isEqualTo("30 / 30");
        assertThat(lookup("#feedbackReference").queryAs(Label.class).getText())
                .startsWith("merchant, full refund");
        assertThat(lookup("#feedbackNotes").queryAs(Label.class).getText()).contains("pruebas recabadas");
        assertThat(lookup("#feedbackWithheld").query().getParent().isVisible()).as("nothing is withheld").isFalse();
        FxToolkit.cleanupStages();

        TrainerViewModel trainer = new TrainerViewModel(fx.training(), fx.trainer, TaskRunner.fx(), EN);
        show(() -> new TrainerView(trainer, new MakeTrainingSetViewModel(com.arbitra.app.ConsoleServices.ports(fx.ws.session).trainingSets(), TaskRunner.fx(), EN), EN, ZoneId.of("Asia/Shanghai")).root());
        interact(trainer::reload);
        @SuppressWarnings("unchecked")
        TableView<TrainingScoreboard.TraineeRow> board = lookup("#trainingScoreboard").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> board.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board.getItems().get(0).trainee()).isEqualTo("tina");
        assertThat(board.getItems().get(0).best()).isEqualTo(100);
        assertThat(lookup("#trainingBanner").queryAs(Label.class).getText()).startsWith("Training workspace");

        clickOn("tina");
        TableView<?> attempts = lookup("#trainingAttempts").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> attempts.getItems().size() == 1);
        assertThat(trainer.selectedTrainee().get()).isEqualTo("tina");
        assertThat(lookup("#resetTrainee").queryButton().isDisabled()).isFalse();
        assertThat(lookup("#releaseFeedback").queryButton().getText()).isEqualTo("Release feedback");
    }
}
