package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Money;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Party;
import com.arbitra.domain.Passwords;
import com.arbitra.domain.RefusedException;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.support.SampleCases;
import com.arbitra.support.Seen;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ruling limits stored in the workspace (`ruling.supervisorAmountOver`,
 * `ruling.supervisorCompensationMultiple`) are the limits the service applies in the next session:
 * above them an agent's proposal is refused, a supervisor's ruling is not.
 */
class StoredRulingLimitsTest {

    static final String CASE = "MP-LIMIT-1";

    @TempDir
    Path dir;
    TestWorkspace ws;
    Actor lin;
    Actor chen;

    @BeforeEach
    void workspace() throws Exception {
        ws = TestWorkspace.create(dir);
        lin = ws.addOperator("lin", Role.AGENT).asActor();
        chen = ws.addOperator("chen", Role.SUPERVISOR).asActor();
        ws.insert(SampleCases.waiting(CASE));
        ws.session.cases().claim(CASE, lin, Seen.version(ws.session.cases(), CASE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Session stored() throws Exception {
        return Session.withStoredSettings(Workspace.open(dir), ws.clock, ZoneOffset.UTC, new Passwords(1_000));
    }

    private static Ruling ruling(Remedy remedy, long cents) {
        return new Ruling(null, Responsibility.MERCHANT, remedy, Money.of(cents, "CNY"), List.of("GOODS_DAMAGED"),
                List.of("e-1"), "The waybill shows no pickup, the merchant never shipped.", false,
                List.of(new Obligation(Party.MERCHANT, remedy == Remedy.COMPENSATION ? "COMPENSATE" : "REFUND", null)),
                List.of(), null, null, null, null, null, null, null);
    }

    @Test
    void anAmountAboveTheStoredLimitIsRefusedForAnAgentAndTheDefaultAllowsIt() throws Exception {
        ws.session.settings().set(chen, "ruling.supervisorAmountOver", "10000");
        try (Session s = stored()) {
            assertThatThrownBy(() -> s.cases().proposeRuling(CASE, lin, Seen.version(s.cases(), CASE),
                    ruling(Remedy.PARTIAL_REFUND, 10_001)))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("An amount above 10000");
            assertThat(s.cases().find(CASE).orElseThrow().state()).isEqualTo(CaseState.UNDER_REVIEW);
            // a supervisor rules on it directly
            assertThat(s.cases().issueRuling(CASE, chen, Seen.version(s.cases(), CASE),
                    ruling(Remedy.PARTIAL_REFUND, 10_001)).ruling().isIssued()).isTrue();
        }
    }

    @Test
    void theDefaultLimitLetsTheSameProposalThrough() throws Exception {
        try (Session s = stored()) {
            assertThat(s.cases().proposeRuling(CASE, lin, Seen.version(s.cases(), CASE),
                    ruling(Remedy.PARTIAL_REFUND, 10_001)).state()).isEqualTo(CaseState.PENDING_APPROVAL);
        }
    }

    @Test
    void aStoredDecimalMultipleIsAppliedAsIs() throws Exception {
        // paid 129.00; 2.5 times is 322.50, and the stored 3 would allow up to 387.00
        ws.session.settings().set(chen, "ruling.supervisorCompensationMultiple", "2.5");
        try (Session s = stored()) {
            assertThatThrownBy(() -> s.cases().proposeRuling(CASE, lin, Seen.version(s.cases(), CASE),
                    ruling(Remedy.COMPENSATION, 32_251)))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("Compensation above 2.5 times");
            assertThat(s.cases().proposeRuling(CASE, lin, Seen.version(s.cases(), CASE),
                    ruling(Remedy.COMPENSATION, 32_250)).state()).isEqualTo(CaseState.PENDING_APPROVAL);
        }
    }
}
