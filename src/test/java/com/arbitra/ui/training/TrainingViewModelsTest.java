package com.arbitra.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Remedy;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.TrainingScore;
import com.arbitra.domain.TrainingScoreboard;
import com.arbitra.domain.TrainingService;
import com.arbitra.domain.TrainingSettings;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer's and the trainee's view models on a real training workspace, without a toolkit. */
class TrainingViewModelsTest {

    static final I18n EN = new I18n(Locale.ENGLISH);

    @TempDir
    Path dir;
    TrainingFixture fx;
    TrainerViewModel trainer;

    @BeforeEach
    void open() throws Exception {
        fx = new TrainingFixture(dir.resolve("ws"));
        trainer = new TrainerViewModel(fx.training(), fx.trainer, TaskRunner.direct(), EN);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theScoreboardShowsEachTraineeAndCaseAndTheAttemptsOfTheSelectedOne() {
        fx.attempt(fx.tina, "TR-2026-0001", fx.referenceOf("TR-2026-0001"), 5);
        Ruling ref = fx.referenceOf("TR-2026-0005");
        Ruling wrongRemedy = new Ruling(null, ref.responsibility(), Remedy.PARTIAL_REFUND,
                com.arbitra.domain.Money.of(6000, "USD"), ref.basis(), ref.citedEvidence(), ref.rationale(), false,
                ref.obligations(), ref.measures(), null, null, null, null, null, null, null);
        fx.attempt(fx.tom, "TR-2026-0005", wrongRemedy, 5);

        trainer.reload();
        assertThat(trainer.trainees()).extracting(TrainingScoreboard.TraineeRow::trainee,
                TrainingScoreboard.TraineeRow::best).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tina", 100), org.assertj.core.groups.Tuple.tuple("tom", 60));
        assertThat(trainer.cases()).extracting(TrainingScoreboard.CaseRow::caseId)
                .containsExactly("TR-2026-0001", "TR-2026-0005");
        assertThat(trainer.attempts()).hasSize(2);

        trainer.selectedTrainee().set("tom");
        assertThat(trainer.attempts()).extracting(a -> a.trainee()).containsExactly("tom");
        assertThat(trainer.attemptsOfSelected()).isEqualTo(1);
        assertThat(trainer.csv()).contains(",TR-2026-0005,tom,EASY,").doesNotContain("tina");

        trainer.resetSelectedTrainee();
        assertThat(trainer.message().get()).isEqualTo("Removed 1 attempts of tom.");
        assertThat(trainer.selectedTrainee().get()).isNull();
        assertThat(trainer.trainees()).extracting(TrainingScoreboard.TraineeRow::trainee).containsExactly("tina");
    }

    @Test
    void withheldFeedbackAppearsForTheTraineeOnceTheTrainerReleasesIt() throws Exception {
        trainer.reload();
        trainer.immediateFeedback().set(false);
        trainer.tolerancePercent().set(20);
        trainer.saveSettings();
        assertThat(fx.training().settings()).isEqualTo(new TrainingSettings(false, 20));

        TrainingService.Feedback f = fx.attempt(fx.tina, "TR-2026-0003", fx.referenceOf("TR-2026-0003"), 50);
        AttemptFeedbackViewModel feedback = new AttemptFeedbackViewModel(fx.training(), fx.tina, TaskRunner.direct(), EN);
        feedback.show(f);
        assertThat(feedback.title().get()).isEqualTo("Your score on TR-2026-0003");
        assertThat(feedback.score().get()).as("50 min on a MEDIUM case: 6 of 10 time points").isEqualTo(96);
        assertThat(feedback.lines()).hasSize(6);
        assertThat(feedback.lines().get(5).criterion()).isEqualTo(TrainingScore.Criterion.TIME);
        assertThat(feedback.lines().get(5).points()).isEqualTo("6 / 10");
        assertThat(feedback.lines().get(5).full()).isFalse();
        assertThat(feedback.released().get()).isFalse();
        assertThat(feedback.notes().get()).isEmpty();

        feedback.checkAgain();
        assertThat(feedback.released().get()).isFalse();
        trainer.releaseFeedback();
        assertThat(trainer.message().get()).isEqualTo("Feedback released on 1 attempts.");
        feedback.checkAgain();
        assertThat(feedback.released().get()).isTrue();
        assertThat(feedback.reference().get()).startsWith("no one, no action").contains("Rule clauses: Refund already completed");
        assertThat(feedback.notes().get()).contains("原路退回");

        Path csv = dir.resolve("scores.csv");
        trainer.exportCsv(csv);
        assertThat(trainer.message().get()).isEqualTo("Saved 1 attempts to " + csv + ".");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("TR-2026-0003,tina,MEDIUM");
    }

    /** Issue 17, point 10: a trainee's way back to earlier scores and the reference rulings released to them. */
    @Test
    void aTraineeSeesTheirOwnAttemptsNewestFirstAndTheReferenceOnceReleased() {
        trainer.reload();
        trainer.immediateFeedback().set(false);
        trainer.saveSettings();
        fx.attempt(fx.tina, "TR-2026-0001", fx.referenceOf("TR-2026-0001"), 5);
        fx.attempt(fx.tina, "TR-2026-0003", fx.referenceOf("TR-2026-0003"), 50);
        fx.attempt(fx.tom, "TR-2026-0005", fx.referenceOf("TR-2026-0005"), 5);
        MyTrainingViewModel mine = new MyTrainingViewModel(fx.training(), fx.tina, TaskRunner.direct(), EN);

        mine.reload();

        assertThat(mine.attempts()).extracting(com.arbitra.domain.TrainingAttempt::caseId)
                .as("hers only, the newest first").containsExactly("TR-2026-0003", "TR-2026-0001");
        assertThat(mine.attempts().get(0).difficulty()).isEqualTo(com.arbitra.domain.Difficulty.MEDIUM);
        assertThat(mine.selected().get().caseId()).isEqualTo("TR-2026-0003");
        assertThat(mine.feedback().title().get()).isEqualTo("Your score on TR-2026-0003");
        assertThat(mine.feedback().released().get()).isFalse();
        assertThat(mine.feedback().reference().get()).isEmpty();

        trainer.releaseFeedback();
        mine.choose(mine.attempts().get(1));
        mine.reload();

        assertThat(mine.selected().get().caseId()).as("the chosen attempt stays chosen").isEqualTo("TR-2026-0001");
        assertThat(mine.feedback().title().get()).isEqualTo("Your score on TR-2026-0001");
        assertThat(mine.feedback().released().get()).isTrue();
        assertThat(mine.feedback().reference().get()).isNotEmpty();
        assertThat(mine.error().get()).isEmpty();
    }

    @Test
    void aRefusalIsShownAsASentence() {
        TrainerViewModel notATrainer = new TrainerViewModel(fx.training(), fx.tom, TaskRunner.direct(), EN);
        notATrainer.releaseFeedback();
        assertThat(notATrainer.error().get()).isEqualTo("Only a trainer or a supervisor can do this.");
    }

    @Test
    void aTrainingSetIsMadeFromALiveWorkspaceInTheConsole() throws Exception {
        MakeTrainingSetViewModel make = new MakeTrainingSetViewModel(com.arbitra.app.ConsoleServices.ports(fx.ws.session).trainingSets(), TaskRunner.direct(), EN);
        Path out = dir.resolve("set.json");
        make.make(out);
        assertThat(make.error().get()).isEqualTo("There is no workspace in the folder .");

        Path liveDir = dir.resolve("live");
        // the live workspace stays open meanwhile, as another workstation's would (on a team's server its
        // database lives as long as the test workspace)
        com.arbitra.support.TestWorkspace live = com.arbitra.support.TestWorkspace.create(liveDir);
        live.insert(com.arbitra.bundle.AnonymiserTest.closed("MP-77", "consumer-77"));
        make.source().set(liveDir);
        make.make(out);
        assertThat(make.error().get()).isEqualTo("Name at least one case.");

        make.caseIds().set(" MP-77,  MP-77 ");
        assertThat(make.ids()).containsExactly("MP-77");
        make.make(out);
        assertThat(make.error().get()).isEmpty();
        assertThat(make.message().get()).startsWith("Made a training set of 1 cases in " + out);
        assertThat(Files.readString(out)).contains("\"purpose\" : \"TRAINING\"").doesNotContain("consumer-77");

        make.caseIds().set("NOPE");
        make.make(dir.resolve("none.json"));
        assertThat(make.error().get()).startsWith("There is no case NOPE");
        live.close();
    }
}
