package com.arbitra.store;

import com.arbitra.support.Seen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.Actor;
import com.arbitra.domain.AuditChain;
import com.arbitra.domain.CaseFlag;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.ConcurrentChangeException;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.NotificationChannel;
import com.arbitra.domain.Party;
import com.arbitra.domain.RefusedException;
import com.arbitra.domain.Role;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case services on a real workspace: audit records, export actions and version checks. */
class CaseServiceStoreTest {

    @TempDir
    Path dir;
    TestWorkspace ws;
    Actor lin;
    Actor wang;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
        lin = ws.addOperator("lin", Role.AGENT).asActor();
        wang = ws.addOperator("wang", Role.AGENT).asActor();
        ws.insert(SampleCases.waiting("MP-1"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theLocalHistoryIsWhatWasDoneHereUpToTheVersionSeenWithoutThePlatformsRecords() {
        ws.session.store().transaction(u -> u.audit().append(new com.arbitra.domain.AuditEntry("MP-1", "PLATFORM",
                Role.PLATFORM, ws.clock.instant(), "IMPORT", null, CaseState.INTERVENTION_REQUESTED, "bundle=b")));
        // times finer than the database keeps: the history must still match the case as read back
        ws.clock.advance(java.time.Duration.ofMinutes(1).plusNanos(123_456_789));
        DisputeCase claimed = ws.session.cases().claim("MP-1", lin, 1L);
        ws.clock.advance(java.time.Duration.ofMinutes(1).plusNanos(987_654_321));
        DisputeCase noted = ws.session.cases().addNote("MP-1", lin, claimed.version(), "called the merchant");
        assertThat(ws.session.cases().localHistory(ws.session.cases().find("MP-1").orElseThrow()))
                .extracting(com.arbitra.domain.AuditEntry::action).containsExactly("CLAIM", "ADD_NOTE");

        assertThat(ws.session.cases().localHistory(claimed)).extracting(com.arbitra.domain.AuditEntry::action)
                .containsExactly("CLAIM");
        assertThat(ws.session.cases().localHistory(noted)).extracting(e -> e.action() + " by " + e.operator())
                .containsExactly("CLAIM by lin", "ADD_NOTE by lin");
    }

    @Test
    void aClaimIsSavedAuditedAndQueuedForExport() throws Exception {
        DisputeCase claimed = ws.session.cases().claim("MP-1", lin, 1L);

        assertThat(claimed.state()).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(claimed.assignee()).isEqualTo("lin");
        assertThat(claimed.version()).isEqualTo(2);
        try (Connection c = ws.jdbc(); Statement s = c.createStatement()) {
            ResultSet audit = s.executeQuery("SELECT operator, role, action, before_state, after_state "
                    + "FROM audit_record WHERE case_id = 'MP-1'");
            assertThat(audit.next()).isTrue();
            assertThat(List.of(audit.getString(1), audit.getString(2), audit.getString(3), audit.getString(4),
                    audit.getString(5))).containsExactly("lin", "AGENT", "CLAIM", "INTERVENTION_REQUESTED",
                    "UNDER_REVIEW");
            ResultSet outbox = s.executeQuery("SELECT type, base_revision, operator FROM outbox_action");
            assertThat(outbox.next()).isTrue();
            assertThat(outbox.getString(1)).isEqualTo("CASE_CLAIMED");
            assertThat(outbox.getInt(2)).isEqualTo(3);
            assertThat(outbox.next()).isFalse();
        }
        assertThat(ws.session.audit().verify()).isEqualTo(AuditChain.Verdict.ok(3));
    }

    @Test
    void theSecondOfTwoOperatorsWorkingFromTheSameVersionGetsAConflict() {
        ws.session.cases().claim("MP-1", lin, 1L);

        assertThatThrownBy(() -> ws.session.cases().claim("MP-1", wang, 1L))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("changed by lin at");
        assertThat(ws.session.cases().find("MP-1").orElseThrow().assignee()).isEqualTo("lin");
    }

    @Test
    void twoSessionsClaimingAtOnceNeverBothWin() throws Exception {
        try (Session second = ws.openAgain()) {
            for (int round = 0; round < 5; round++) {
                String id = "MP-R" + round;
                ws.insert(SampleCases.waiting(id));
                CountDownLatch start = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                List<Callable<DisputeCase>> claims = List.of(
                        () -> { start.await(); return ws.session.cases().claim(id, lin, Seen.version(ws.session.cases(), id)); },
                        () -> { start.await(); return second.cases().claim(id, wang, Seen.version(second.cases(), id)); });
                List<Future<DisputeCase>> results = new ArrayList<>();
                claims.forEach(c -> results.add(pool.submit(c)));
                start.countDown();
                int won = 0;
                int refused = 0;
                for (Future<DisputeCase> f : results) {
                    try {
                        f.get();
                        won++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(RefusedException.class);
                        refused++;
                    }
                }
                pool.shutdown();
                assertThat(won).as("round %d", round).isEqualTo(1);
                assertThat(refused).isEqualTo(1);
            }
        }
        assertThat(ws.session.audit().verify().ok()).isTrue();
    }

    @Test
    void anEvidenceRequestThatTimesOutMovesTheCaseOnWithoutAnyoneClicking() {
        ws.session.cases().claim("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"));
        ws.session.cases().requestEvidence("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"), Party.MERCHANT,
                List.of(EvidenceCategory.COMMUNICATION_RECORD), "请上传聊天记录", null, List.of(NotificationChannel.SMS));
        assertThat(ws.session.cases().applyDueTimeouts()).isZero();

        ws.clock.advance(Duration.ofHours(48));
        assertThat(ws.session.cases().applyDueTimeouts()).isEqualTo(1);

        DisputeCase c = ws.session.cases().find("MP-1").orElseThrow();
        assertThat(c.state()).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(c.flags()).contains(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE);
        assertThat(ws.session.audit().verify()).isEqualTo(AuditChain.Verdict.ok(5));
    }

    @Test
    void aTrainerCannotTouchLiveCasesWhateverTheButtonsShow() {
        Actor trainer = ws.addOperator("zhou", Role.TRAINER).asActor();

        assertThatThrownBy(() -> ws.session.cases().claim("MP-1", trainer, Seen.version(ws.session.cases(), "MP-1")))
                .isInstanceOf(RefusedException.class).hasMessage("A trainer cannot work live cases.");
        assertThatThrownBy(() -> ws.session.cases().addNote("MP-1", trainer, Seen.version(ws.session.cases(), "MP-1"), "hello"))
                .isInstanceOf(RefusedException.class);
        assertThat(ws.session.store().kind()).isEqualTo(WorkspaceKind.LIVE);
    }

    @Test
    void anAgentCannotIssueARulingAtTheServiceLevel() {
        ws.session.cases().claim("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"));

        assertThatThrownBy(() -> ws.session.cases().issueRuling("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"), null))
                .isInstanceOf(RefusedException.class).hasMessage("Only a supervisor can issue a ruling.");
    }
}
