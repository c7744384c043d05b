package com.arbitra.domain;

import static com.arbitra.domain.Cases.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live check a ruling form calls: the same rules, defaults and role guardrails the workflow applies. */
class RulingDraftTest {

    private final CaseWorkflow workflow = new CaseWorkflow(WorkflowSettings.defaults().withZone(ZoneOffset.UTC),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final DisputeCase timedOut = Cases.builder(CaseState.UNDER_REVIEW).assignee("ana")
            .flag(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE).build();

    @Test
    void anObligationWithoutADueTimeIsDueInFortyEightHoursAndATimedOutCaseMarksTheRuling() {
        Ruling draft = Cases.ruling(Responsibility.MERCHANT, Remedy.FULL_REFUND, Cases.PAID,
                new Obligation(Party.MERCHANT, "REFUND", null));

        assertThat(workflow.checkDraft(timedOut, Cases.ANA, draft)).isEmpty();
        Ruling prepared = workflow.prepared(draft, timedOut);
        assertThat(prepared.obligations()).containsExactly(new Obligation(Party.MERCHANT, "REFUND",
                NOW.plus(Duration.ofHours(48))));
        assertThat(prepared.decidedOnCollectedEvidence()).isTrue();
        assertThat(workflow.proposeRuling(timedOut, Cases.ANA, draft).ruling().decidedOnCollectedEvidence()).isTrue();
    }

    @Test
    void theFormSeesTheRoleGuardrailBeforeTheServiceRefusesIt() {
        Ruling high = Cases.ruling(Responsibility.MERCHANT, Remedy.COMPENSATION, Money.of(40000, "CNY"),
                new Obligation(Party.MERCHANT, "COMPENSATE", null));
        CaseWorkflow generous = new CaseWorkflow(WorkflowSettings.defaults().withRulingLimits(
                java.math.BigDecimal.valueOf(5), 500_000), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(workflow.checkDraft(timedOut, Cases.ANA, high)).extracting(RulingRules.Violation::code)
                .containsExactly("ruling.compensation.needsSupervisor");
        assertThat(workflow.checkDraft(timedOut, Cases.SUE, high)).isEmpty();
        assertThat(generous.checkDraft(timedOut, Cases.ANA, high)).isEmpty();
    }
}
