package com.arbitra.store;

import com.arbitra.support.Seen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.Actor;
import com.arbitra.domain.AuditRecord;
import com.arbitra.domain.Difficulty;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Money;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Party;
import com.arbitra.domain.RefusedException;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.TrainingAttempt;
import com.arbitra.domain.TrainingCsv;
import com.arbitra.domain.TrainingInfo;
import com.arbitra.domain.TrainingScoreboard;
import com.arbitra.domain.TrainingService;
import com.arbitra.domain.TrainingSettings;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training attempts on a real training workspace: scored on proposal, stored, released, reset, audited. */
class TrainingServiceStoreTest {

    static final String NOTES = "The waybill e-1 proves shipment but not the item's condition: refund in full.";

    @TempDir
    Path dir;
    TestWorkspace ws;
    TrainingService training;
    Actor tina;
    Actor tom;
    Actor trainer;

    static Ruling reference() {
        return ruling(Responsibility.MERCHANT, Remedy.FULL_REFUND, 12900, List.of("GOODS_NOT_AS_DESCRIBED"),
                List.of("e-1"));
    }

    static Ruling ruling(Responsibility who, Remedy remedy, long amount, List<String> basis, List<String> cited) {
        List<Obligation> obligations = who == Responsibility.MERCHANT
                ? List.of(new Obligation(Party.MERCHANT, "REFUND", SampleCases.T0.plus(Duration.ofDays(2))))
                : List.of();
        return new Ruling(null, who, remedy, amount == 0 ? null : Money.of(amount, "CNY"), basis, cited,
                "The goods differ from the listing and the merchant sent no proof otherwise.", false, obligations,
                List.of(), null, null, null, null, null, null, null);
    }

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir, WorkspaceKind.TRAINING);
        training = ws.session.training();
        tina = ws.addOperator("tina", Role.AGENT).asActor();
        tom = ws.addOperator("tom", Role.AGENT).asActor();
        trainer = ws.addOperator("tess", Role.TRAINER).asActor();
        for (String id : List.of("TR-1", "TR-2")) {
            ws.insert(SampleCases.waiting(id).toBuilder()
                    .training(new TrainingInfo(reference(), Difficulty.MEDIUM, NOTES, List.of("fake-goods")))
                    .build());
        }
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** The trainee claims the case, works it for {@code minutes} and proposes; the proposal is scored with it. */
    TrainingService.Feedback attempt(Actor trainee, String caseId, Ruling proposal, long minutes) {
        Instant started = ws.clock.instant();
        ws.session.cases().claim(caseId, trainee, Seen.version(ws.session.cases(), caseId));
        ws.clock.advance(Duration.ofMinutes(minutes));
        return ws.session.cases().proposeRuling(caseId, trainee, Seen.version(ws.session.cases(), caseId), proposal,
                started).feedback().orElseThrow();
    }

    @Test
    void anExactProposalScores100AndIsStoredWithItsBreakdown() {
        TrainingService.Feedback f = attempt(tina, "TR-1", reference(), 12);
        assertThat(f.attempt().score().total()).isEqualTo(100);
        assertThat(f.released()).as("feedback is immediate by default").isTrue();
        assertThat(f.reference().remedy()).isEqualTo(Remedy.FULL_REFUND);
        assertThat(f.notes()).isEqualTo(NOTES);

        List<TrainingAttempt> stored = training.attempts("tina");
        assertThat(stored).hasSize(1);
        TrainingAttempt a = stored.get(0);
        assertThat(a.score()).isEqualTo(f.attempt().score());
        assertThat(a.timeTaken()).isEqualTo(Duration.ofMinutes(12));
        assertThat(a.difficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(a.proposal().proposedBy()).isEqualTo("tina");
        assertThat(auditActions()).contains("TRAINING_ATTEMPT_SCORED");
    }

    @Test
    void aMissIsDeductedAndWithheldFeedbackWaitsForTheTrainer() {
        training.updateSettings(trainer, new TrainingSettings(false, 10));
        TrainingService.Feedback f = attempt(tom, "TR-1", ruling(Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, 6000,
                List.of("GOODS_NOT_AS_DESCRIBED"), List.of("e-1")), 5);
        assertThat(f.attempt().score().total()).as("remedy 25 and amount 15 lost").isEqualTo(60);
        assertThat(f.released()).isFalse();
        assertThat(f.reference()).isNull();
        assertThat(f.notes()).isNull();
        assertThat(training.feedback(f.attempt().attemptId(), tom).released()).isFalse();
        assertThat(training.feedback(f.attempt().attemptId(), trainer).reference()).isNotNull();
        assertThatThrownBy(() -> training.feedback(f.attempt().attemptId(), tina))
                .isInstanceOf(RefusedException.class).hasMessageContaining("own attempts");

        assertThatThrownBy(() -> training.releaseFeedback(tom, "tom")).isInstanceOf(RefusedException.class);
        assertThat(training.releaseFeedback(trainer, "tom")).isEqualTo(1);
        TrainingService.Feedback after = training.feedback(f.attempt().attemptId(), tom);
        assertThat(after.released()).isTrue();
        assertThat(after.notes()).isEqualTo(NOTES);
        assertThat(auditActions()).contains("TRAINING_SETTINGS_CHANGED", "TRAINING_FEEDBACK_RELEASED");
    }

    @Test
    void theScoreboardCountsPerTraineeAndPerCaseAndResetIsAudited() {
        attempt(tina, "TR-1", reference(), 10);
        attempt(tom, "TR-2", ruling(Responsibility.CONSUMER, Remedy.NO_ACTION, 0, List.of(), List.of()), 100);

        assertThat(training.byTrainee()).containsExactly(
                new TrainingScoreboard.TraineeRow("tina", 1, 1, 100.0, 100, 100),
                new TrainingScoreboard.TraineeRow("tom", 1, 1, 0.0, 0, 0));
        assertThat(training.byCase()).extracting(TrainingScoreboard.CaseRow::caseId, TrainingScoreboard.CaseRow::best)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TR-1", 100),
                        org.assertj.core.groups.Tuple.tuple("TR-2", 0));

        String csv = TrainingCsv.of(training.attempts(null));
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith(TrainingCsv.HEADER).contains(",TR-1,tina,MEDIUM,").contains(",TR-2,tom,");

        assertThatThrownBy(() -> training.resetAttempts(tina, "tom")).isInstanceOf(RefusedException.class);
        assertThat(training.resetAttempts(trainer, "tom")).isEqualTo(1);
        assertThat(training.attempts(null)).extracting(TrainingAttempt::trainee).containsExactly("tina");
        assertThat(auditDetails()).anyMatch(d -> d.contains("trainee=tom; attempts=1"));
        assertThat(ws.session.audit().verify().ok()).isTrue();
    }

    @Test
    void supervisorsAndLiveWorkspacesAreNotScored(@TempDir Path live) throws Exception {
        Actor sue = ws.addOperator("sue", Role.SUPERVISOR).asActor();
        ws.session.cases().claim("TR-1", sue, Seen.version(ws.session.cases(), "TR-1"));
        assertThat(ws.session.cases().proposeRuling("TR-1", sue, Seen.version(ws.session.cases(), "TR-1"),
                reference(), ws.clock.instant()).feedback()).isEmpty();
        try (TestWorkspace liveWs = TestWorkspace.create(live)) {
            liveWs.insert(SampleCases.waiting("MP-1"));
            Actor agent = liveWs.addOperator("lin", Role.AGENT).asActor();
            liveWs.session.cases().claim("MP-1", agent, Seen.version(liveWs.session.cases(), "MP-1"));
            assertThat(liveWs.session.cases().proposeRuling("MP-1", agent, Seen.version(liveWs.session.cases(), "MP-1"),
                    reference(), null).feedback()).isEmpty();
        }
    }

    @Test
    void settingsAreStoredAndChecked() {
        assertThat(training.settings()).isEqualTo(TrainingSettings.defaults());
        training.updateSettings(trainer, new TrainingSettings(false, 25));
        assertThat(training.settings()).isEqualTo(new TrainingSettings(false, 25));
        training.updateSettings(trainer, new TrainingSettings(true, 5));
        assertThat(training.settings()).isEqualTo(new TrainingSettings(true, 5));
        assertThatThrownBy(() -> new TrainingSettings(true, 101)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("0 to 100");
    }

    private List<String> auditActions() {
        List<String> out = new ArrayList<>();
        ws.session.store().transaction(u -> {
            u.audit().forEach(r -> out.add(r.entry().action()));
            return null;
        });
        return out;
    }

    private List<String> auditDetails() {
        List<String> out = new ArrayList<>();
        ws.session.store().transaction(u -> {
            u.audit().forEach((AuditRecord r) -> out.add(String.valueOf(r.entry().details())));
            return null;
        });
        return out;
    }
}
