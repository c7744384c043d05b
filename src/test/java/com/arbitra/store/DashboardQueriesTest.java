package com.arbitra.store;

import com.arbitra.domain.ports.Dashboard;
import com.arbitra.domain.ports.MerchantStats;

import com.arbitra.support.Seen;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Complaint;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Merchant;
import com.arbitra.domain.Money;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Party;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merchant statistics and the dashboard's figures on a workspace whose cases the test knows. */
class DashboardQueriesTest {

    private static final Instant T0 = SampleCases.T0; // Friday 2026-11-20 02:00 UTC
    private static final Merchant BUSY = new Merchant("m-busy", "Busy shop", null, null);
    private static final Merchant QUIET = new Merchant("m-quiet", "Quiet shop", null, null);

    @TempDir
    Path dir;
    TestWorkspace ws;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void insert(String id, Merchant m, CaseState state, Instant filedAt, Instant dueAt, int complaints) {
        DisputeCase base = SampleCases.waiting(id);
        Complaint k = base.complaint();
        ws.insert(base.toBuilder().merchant(m).state(state)
                .closeReason(state == CaseState.CLOSED ? com.arbitra.domain.CloseReason.WITHDRAWN : null)
                .dueAt(dueAt)
                .complaint(new Complaint(filedAt, k.category(), k.problemType(), k.description(), k.requestedRefund(),
                        complaints, k.userTags())).build());
    }

    @Test
    void merchantsAreCountedInTheWindowWithTheirOverdueAndRepeatRates() {
        insert("B-1", BUSY, CaseState.INTERVENTION_REQUESTED, T0.minus(Duration.ofHours(1)), T0.minusSeconds(60), 1);
        insert("B-2", BUSY, CaseState.UNDER_REVIEW, T0.minus(Duration.ofHours(5)), null, 2);
        insert("B-3", BUSY, CaseState.AWAITING_EVIDENCE, T0.minus(Duration.ofHours(23)), T0.plus(Duration.ofHours(3)), 1);
        insert("B-4", BUSY, CaseState.UNDER_REVIEW, T0.minus(Duration.ofHours(30)), null, 3);
        insert("B-5", BUSY, CaseState.CLOSED, T0.minus(Duration.ofHours(2)), null, 1);
        insert("Q-1", QUIET, CaseState.INTERVENTION_REQUESTED, T0.minus(Duration.ofHours(2)), T0.plus(Duration.ofHours(20)), 1);

        List<MerchantStats> stats = new MerchantQueries(ws.session.workspace())
                .stats(T0, new com.arbitra.domain.MerchantWatch(3, Duration.ofHours(24)));

        assertThat(stats).extracting(MerchantStats::merchantId).containsExactly("m-busy", "m-quiet");
        MerchantStats busy = stats.get(0);
        assertThat(busy).isEqualTo(new MerchantStats("m-busy", "Busy shop", 3, 4, 1, 2, true));
        assertThat(busy.overdueRate()).isEqualTo(0.25);
        assertThat(busy.repeatRate()).isEqualTo(0.5);
        assertThat(stats.get(1).aboveThreshold()).isFalse();
        assertThat(new MerchantQueries(ws.session.workspace()).stats(T0, new com.arbitra.domain.MerchantWatch(3, Duration.ofHours(2))).get(0).openInWindow())
                .isEqualTo(1);
    }

    @Test
    void backlogAndDeadlinesCountOpenCasesOnly() {
        insert("B-1", BUSY, CaseState.INTERVENTION_REQUESTED, T0, T0.minusSeconds(1), 1);
        insert("B-2", BUSY, CaseState.INTERVENTION_REQUESTED, T0, T0.plus(Duration.ofHours(3)), 1);
        insert("B-3", BUSY, CaseState.AWAITING_EVIDENCE, T0, T0.plus(Duration.ofHours(5)), 1);
        insert("B-4", BUSY, CaseState.CLOSED, T0, null, 1);
        DashboardQueries q = new DashboardQueries(ws.session.workspace());

        assertThat(q.backlog()).containsEntry(CaseState.INTERVENTION_REQUESTED, 2L)
                .containsEntry(CaseState.AWAITING_EVIDENCE, 1L).containsEntry(CaseState.APPEALED, 0L)
                .doesNotContainKey(CaseState.CLOSED);
        assertThat(q.deadlines(T0)).containsExactly(
                new Dashboard.Deadlines(CaseState.INTERVENTION_REQUESTED, 1, 1),
                new Dashboard.Deadlines(CaseState.AWAITING_EVIDENCE, 0, 0));
    }

    @Test
    void outcomesThroughputAndTopMerchantsComeFromIssuedRulings() {
        Actor lin = ws.addOperator("lin", Role.AGENT).asActor();
        Actor chen = ws.addOperator("chen", Role.SUPERVISOR).asActor();
        for (int i = 1; i <= 3; i++) {
            ws.insert(SampleCases.waiting("R-" + i));
        }
        insert("Q-1", QUIET, CaseState.INTERVENTION_REQUESTED, T0, null, 1);
        // intervention at T0; rulings issued after 2 h, 2 h and (the next week) 76 h
        issue("R-1", lin, chen, Duration.ofHours(2), Responsibility.MERCHANT, Remedy.FULL_REFUND);
        issue("R-2", lin, chen, Duration.ofHours(2), Responsibility.MERCHANT, Remedy.FULL_REFUND);
        issue("R-3", chen, chen, Duration.ofHours(76), Responsibility.CONSUMER, Remedy.NO_ACTION);
        DashboardQueries q = new DashboardQueries(ws.session.workspace());
        Instant from = T0.minus(Duration.ofDays(7));
        Instant to = T0.plus(Duration.ofDays(14));

        assertThat(q.outcomesByWeek(from, to, ZoneId.of("Asia/Shanghai"))).containsExactly(
                new Dashboard.WeeklyOutcome(LocalDate.parse("2026-11-16"), Responsibility.MERCHANT,
                        Remedy.FULL_REFUND, 2),
                new Dashboard.WeeklyOutcome(LocalDate.parse("2026-11-23"), Responsibility.CONSUMER,
                        Remedy.NO_ACTION, 1));
        assertThat(q.agents(from, to)).containsExactly(
                new Dashboard.AgentThroughput("chen", 1, 3, Duration.ofHours(76)),
                new Dashboard.AgentThroughput("lin", 2, 0, Duration.ofHours(2)));
        assertThat(q.topMerchants(from, to, 1)).containsExactly(
                new Dashboard.MerchantCount("1900012345", "广州某某商贸有限公司", 3, 2));
        assertThat(DashboardQueries.median(List.of(Duration.ofHours(1), Duration.ofHours(5), Duration.ofHours(2))))
                .isEqualTo(Duration.ofHours(2));
    }

    private void issue(String caseId, Actor proposer, Actor issuer, Duration after, Responsibility who,
                       Remedy remedy) {
        var cases = ws.session.cases();
        long start = ws.clock.instant().toEpochMilli();
        ws.clock.advance(Duration.ofMillis(T0.toEpochMilli() - start));
        cases.claim(caseId, proposer, Seen.version(cases, caseId));
        ws.clock.advance(after.minus(Duration.ofHours(1)));
        Ruling r = new Ruling(null, who, remedy, remedy == Remedy.NO_ACTION ? null : Money.of(12900, "CNY"),
                List.of(), List.of(), "The evidence shows clearly what happened here.", false,
                remedy == Remedy.NO_ACTION ? List.of() : List.of(new Obligation(Party.MERCHANT, "REFUND", null)),
                List.of(), null, null, null, null, null, null, null);
        if (proposer.role() == Role.AGENT) {
            cases.proposeRuling(caseId, proposer, Seen.version(cases, caseId), r);
            ws.clock.advance(Duration.ofHours(1));
            cases.issueRuling(caseId, issuer, Seen.version(cases, caseId), null);
        } else {
            ws.clock.advance(Duration.ofHours(1));
            cases.issueRuling(caseId, issuer, Seen.version(cases, caseId), r);
        }
    }
}
