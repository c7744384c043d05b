package com.arbitra.store;

import com.arbitra.support.Seen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseAction;
import com.arbitra.domain.CaseFlag;
import com.arbitra.domain.CaseService;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.CaseWorkflow;
import com.arbitra.domain.CloseReason;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.FulfilmentProof;
import com.arbitra.domain.InterventionTrigger;
import com.arbitra.domain.Measure;
import com.arbitra.domain.Merchant;
import com.arbitra.domain.Money;
import com.arbitra.domain.NotificationChannel;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Party;
import com.arbitra.domain.ProofType;
import com.arbitra.domain.RefusedException;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every path of the state table (dispute-rules §3) driven through the services on a real workspace:
 * after each step the case's state, its audit records, the whole audit chain and the export actions
 * waiting for the platform.
 */
class RulingPathsTest {

    private static final Money PAID = Money.of(12900, "CNY");
    private static final String RATIONALE = "The merchant's own waybill shows the parcel left two days late and the"
            + " consumer's photos show the seal broken; the merchant refunds the order.";

    @TempDir
    Path dir;
    TestWorkspace ws;
    CaseService cases;
    Actor lin;
    Actor chen;
    Actor wu;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
        cases = ws.session.cases();
        lin = ws.addOperator("lin", Role.AGENT).asActor();
        chen = ws.addOperator("chen", Role.SUPERVISOR).asActor();
        wu = ws.addOperator("wu", Role.SUPERVISOR).asActor();
        ws.insert(SampleCases.waiting("MP-1"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void evidenceTimesOutTheRulingIsReturnedThenIssuedAndTheVerifiedProofClosesTheCase() throws Exception {
        cases.claim("MP-1", lin, Seen.version(cases, "MP-1"));
        cases.requestEvidence("MP-1", lin, Seen.version(cases, "MP-1"), Party.MERCHANT, List.of(EvidenceCategory.LOGISTICS), null, null,
                List.of(NotificationChannel.SMS));
        expect("MP-1", CaseState.AWAITING_EVIDENCE, "CASE_CLAIMED", "EVIDENCE_REQUESTED");

        ws.clock.advance(Duration.ofHours(48));
        assertThat(cases.applyDueTimeouts()).isEqualTo(1);
        DisputeCase timedOut = expect("MP-1", CaseState.UNDER_REVIEW, "CASE_CLAIMED", "EVIDENCE_REQUESTED");
        assertThat(timedOut.flags()).contains(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE);
        assertThat(audit("MP-1")).endsWith("EVIDENCE_TIMEOUT");

        DisputeCase proposed = cases.proposeRuling("MP-1", lin, Seen.version(cases, "MP-1"), refund(null));
        assertThat(proposed.ruling().decidedOnCollectedEvidence()).isTrue();
        assertThat(new QueueQueries(ws.session.workspace()).page(com.arbitra.domain.ports.QueueFilter.all(), null, 10,
                ws.clock.instant(), ws.clock.instant().plus(Duration.ofDays(1))))
                .as("the approvals list shows who proposed").singleElement()
                .extracting(com.arbitra.domain.ports.QueueRow::proposedBy).isEqualTo("lin");
        assertThat(proposed.ruling().obligations()).singleElement().extracting(Obligation::dueAt)
                .isEqualTo(ws.clock.instant().plus(Duration.ofHours(48)));
        cases.returnRuling("MP-1", chen, Seen.version(cases, "MP-1"), "Cite the waybill as well.");
        expect("MP-1", CaseState.UNDER_REVIEW, "CASE_CLAIMED", "EVIDENCE_REQUESTED", "RULING_PROPOSED",
                "RULING_RETURNED");

        cases.proposeRuling("MP-1", lin, Seen.version(cases, "MP-1"), refund(null));
        DisputeCase issued = cases.issueRuling("MP-1", chen, Seen.version(cases, "MP-1"), null);
        assertThat(issued.ruling().proposedBy()).isEqualTo("lin");
        assertThat(issued.ruling().issuedBy()).isEqualTo("chen");
        assertThat(issued.flags()).doesNotContain(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE);
        expect("MP-1", CaseState.AWAITING_FULFILMENT, "CASE_CLAIMED", "EVIDENCE_REQUESTED", "RULING_PROPOSED",
                "RULING_RETURNED", "RULING_PROPOSED", "RULING_ISSUED");
        assertThatThrownBy(() -> cases.issueRuling("MP-1", wu, Seen.version(cases, "MP-1"), refund(null)))
                .isInstanceOf(RefusedException.class);

        cases.recordProof("MP-1", proof("50300001402026112101234567890", PAID));
        expect("MP-1", CaseState.VERIFYING_FULFILMENT, "CASE_CLAIMED", "EVIDENCE_REQUESTED", "RULING_PROPOSED",
                "RULING_RETURNED", "RULING_PROPOSED", "RULING_ISSUED");
        DisputeCase closed = cases.verifyProof("MP-1", lin, Seen.version(cases, "MP-1"), "Refund number and amount match.");
        assertThat(closed.closeReason()).isEqualTo(CloseReason.FULFILLED);
        expect("MP-1", CaseState.CLOSED, "CASE_CLAIMED", "EVIDENCE_REQUESTED", "RULING_PROPOSED", "RULING_RETURNED",
                "RULING_PROPOSED", "RULING_ISSUED", "FULFILMENT_VERIFIED", "CASE_CLOSED");
        assertThat(audit("MP-1")).containsExactly("CLAIM", "REQUEST_EVIDENCE", "EVIDENCE_TIMEOUT", "PROPOSE_RULING",
                "RETURN_RULING", "PROPOSE_RULING", "ISSUE_RULING", "PROOF_SUBMITTED", "VERIFY_PROOF");
    }

    @Test
    void withFourEyesTheProposerCannotIssueButAnotherSupervisorCan() throws Exception {
        CaseService fourEyes = new CaseService(ws.session.store(), new CaseWorkflow(WorkflowSettings.defaults()
                .withZone(ZoneId.of("Asia/Shanghai")).withFourEyes(true), ws.clock));
        fourEyes.claim("MP-1", chen, Seen.version(fourEyes, "MP-1"));
        fourEyes.proposeRuling("MP-1", chen, Seen.version(fourEyes, "MP-1"), refund(null));

        assertThatThrownBy(() -> fourEyes.issueRuling("MP-1", chen, Seen.version(fourEyes, "MP-1"), null))
                .isInstanceOf(RefusedException.class).hasMessageContaining("cannot also issue it");
        fourEyes.issueRuling("MP-1", wu, Seen.version(fourEyes, "MP-1"), null);
        expect("MP-1", CaseState.AWAITING_FULFILMENT, "CASE_CLAIMED", "RULING_PROPOSED", "RULING_ISSUED");
    }

    @Test
    void aSupervisorIssuesStraightFromReviewAndNoMerchantLiabilityClosesTheCase() throws Exception {
        cases.claim("MP-1", chen, Seen.version(cases, "MP-1"));
        DisputeCase c = cases.issueRuling("MP-1", chen, Seen.version(cases, "MP-1"), ruling(Responsibility.CONSUMER, Remedy.NO_ACTION, null));

        assertThat(c.closeReason()).isEqualTo(CloseReason.NO_MERCHANT_LIABILITY);
        expect("MP-1", CaseState.CLOSED, "CASE_CLAIMED", "RULING_ISSUED", "CASE_CLOSED");
    }

    @Test
    void aReturnIsAwaitedThenTwoRejectedProofsCloseTheCaseAsInvalid() throws Exception {
        cases.claim("MP-1", lin, Seen.version(cases, "MP-1"));
        cases.proposeRuling("MP-1", lin, Seen.version(cases, "MP-1"), ruling(Responsibility.MERCHANT, Remedy.RETURN_AND_REFUND, PAID,
                new Obligation(Party.CONSUMER, "RETURN_GOODS", null), new Obligation(Party.MERCHANT, "REFUND", null)));
        cases.issueRuling("MP-1", chen, Seen.version(cases, "MP-1"), null);
        expect("MP-1", CaseState.AWAITING_RETURN, "CASE_CLAIMED", "RULING_PROPOSED", "RULING_ISSUED");

        cases.recordPlatformAction("MP-1", CaseAction.RETURN_DELIVERED);
        expect("MP-1", CaseState.AWAITING_FULFILMENT, "CASE_CLAIMED", "RULING_PROPOSED", "RULING_ISSUED");

        cases.recordProof("MP-1", proof("12345", PAID));
        ws.clock.advance(Duration.ofHours(1));
        DisputeCase again = cases.rejectProof("MP-1", lin, Seen.version(cases, "MP-1"), "The refund number is not a real one.");
        assertThat(again.dueAt()).isEqualTo(ws.clock.instant().plus(Duration.ofHours(48)));
        assertThat(outboxPayloads("MP-1", "FULFILMENT_REJECTED")).singleElement().asString().contains("newDueAt");
        expect("MP-1", CaseState.AWAITING_FULFILMENT, "CASE_CLAIMED", "RULING_PROPOSED", "RULING_ISSUED",
                "FULFILMENT_REJECTED");

        cases.recordProof("MP-1", proof("50300001402026112101234567890", Money.of(100, "CNY")));
        DisputeCase closed = cases.rejectProof("MP-1", lin, Seen.version(cases, "MP-1"), "Only 1.00 CNY was refunded.");
        assertThat(closed.closeReason()).isEqualTo(CloseReason.FULFILMENT_PROOF_INVALID);
        assertThat(outboxPayloads("MP-1", "FULFILMENT_REJECTED")).last().asString().contains("\"sanctioned\":true");
        expect("MP-1", CaseState.CLOSED, "CASE_CLAIMED", "RULING_PROPOSED", "RULING_ISSUED", "FULFILMENT_REJECTED",
                "FULFILMENT_REJECTED", "CASE_CLOSED");
    }

    @Test
    void aReturnThatIsNotDeliveredInTimeSendsTheCaseBackToReview() throws Exception {
        cases.claim("MP-1", chen, Seen.version(cases, "MP-1"));
        cases.issueRuling("MP-1", chen, Seen.version(cases, "MP-1"), ruling(Responsibility.MERCHANT, Remedy.RETURN_AND_REFUND, PAID,
                new Obligation(Party.CONSUMER, "RETURN_GOODS", null), new Obligation(Party.MERCHANT, "REFUND", null)));

        ws.clock.advance(Duration.ofDays(7));
        assertThat(cases.applyDueTimeouts()).isEqualTo(1);

        DisputeCase c = expect("MP-1", CaseState.UNDER_REVIEW, "CASE_CLAIMED", "RULING_ISSUED");
        assertThat(c.flags()).contains(CaseFlag.RETURN_OVERDUE);
        assertThat(audit("MP-1")).endsWith("RETURN_TIMEOUT");
    }

    @Test
    void anOverdueFulfilmentGetsMeasuresAndTheAdvancePaymentClosesIt() throws Exception {
        cases.claim("MP-1", lin, Seen.version(cases, "MP-1"));
        cases.proposeRuling("MP-1", lin, Seen.version(cases, "MP-1"), refund(Money.of(6000, "CNY")));
        cases.issueRuling("MP-1", chen, Seen.version(cases, "MP-1"), null);
        ws.clock.advance(Duration.ofHours(49));
        cases.applyDueTimeouts();
        expect("MP-1", CaseState.FULFILMENT_OVERDUE, "CASE_CLAIMED", "RULING_PROPOSED", "RULING_ISSUED");

        assertThatThrownBy(() -> cases.applyMeasure("MP-1", lin, Seen.version(cases, "MP-1"), Measure.WARNING))
                .isInstanceOf(RefusedException.class).hasMessage("Only a supervisor can apply a platform measure.");
        cases.applyMeasure("MP-1", chen, Seen.version(cases, "MP-1"), Measure.WARNING);
        cases.applyMeasure("MP-1", chen, Seen.version(cases, "MP-1"), Measure.DEPOSIT_DEDUCTION);
        expect("MP-1", CaseState.FULFILMENT_OVERDUE, "CASE_CLAIMED", "RULING_PROPOSED", "RULING_ISSUED",
                "MEASURE_APPLIED", "MEASURE_APPLIED");

        DisputeCase paid = cases.applyMeasure("MP-1", chen, Seen.version(cases, "MP-1"), Measure.ADVANCE_PAYMENT);
        assertThat(paid.closeReason()).isEqualTo(CloseReason.PLATFORM_PAID);
        assertThat(outboxPayloads("MP-1", "MEASURE_APPLIED")).last().asString()
                .contains("ADVANCE_PAYMENT").contains("6000");
        expect("MP-1", CaseState.CLOSED, "CASE_CLAIMED", "RULING_PROPOSED", "RULING_ISSUED", "MEASURE_APPLIED",
                "MEASURE_APPLIED", "MEASURE_APPLIED", "CASE_CLOSED");
        assertThat(audit("MP-1")).containsSubsequence("FULFILMENT_TIMEOUT", "APPLY_MEASURE", "APPLY_MEASURE",
                "APPLY_ADVANCE_PAYMENT");
    }

    @Test
    void anAppealIsUpheldAndTheFulfilmentDeadlineStartsAgain() throws Exception {
        cases.claim("MP-1", chen, Seen.version(cases, "MP-1"));
        cases.issueRuling("MP-1", chen, Seen.version(cases, "MP-1"), refund(null));
        cases.recordPlatformAction("MP-1", CaseAction.APPEAL);
        expect("MP-1", CaseState.APPEALED, "CASE_CLAIMED", "RULING_ISSUED");

        ws.clock.advance(Duration.ofHours(10));
        DisputeCase upheld = cases.upholdRuling("MP-1", wu, Seen.version(cases, "MP-1"), "The waybill settles it.");
        assertThat(upheld.dueAt()).isEqualTo(ws.clock.instant().plus(Duration.ofHours(48)));
        assertThat(outboxPayloads("MP-1", "APPEAL_DECIDED")).singleElement().asString().contains("UPHELD");
        expect("MP-1", CaseState.AWAITING_FULFILMENT, "CASE_CLAIMED", "RULING_ISSUED", "APPEAL_DECIDED");
    }

    @Test
    void anAppealAgainstAClosedCaseReplacesTheRuling() throws Exception {
        cases.claim("MP-1", chen, Seen.version(cases, "MP-1"));
        DisputeCase first = cases.issueRuling("MP-1", chen, Seen.version(cases, "MP-1"),
                ruling(Responsibility.CONSUMER, Remedy.NO_ACTION, null));
        cases.recordPlatformAction("MP-1", CaseAction.APPEAL);
        DisputeCase replaced = cases.replaceRuling("MP-1", wu, Seen.version(cases, "MP-1"), refund(null), "New photos prove the damage.");

        assertThat(replaced.ruling().rulingId()).isNotEqualTo(first.ruling().rulingId());
        assertThat(replaced.ruling().issuedBy()).isEqualTo("wu");
        assertThat(outboxPayloads("MP-1", "APPEAL_DECIDED")).singleElement().asString().contains("REPLACED");
        expect("MP-1", CaseState.AWAITING_FULFILMENT, "CASE_CLAIMED", "RULING_ISSUED", "CASE_CLOSED",
                "APPEAL_DECIDED");
    }

    @Test
    void aWithdrawalWhileTheRulingAwaitsApprovalClosesTheCaseAndNothingCanBeIssued() throws Exception {
        cases.claim("MP-1", lin, Seen.version(cases, "MP-1"));
        cases.proposeRuling("MP-1", lin, Seen.version(cases, "MP-1"), refund(null));
        cases.recordPlatformAction("MP-1", CaseAction.WITHDRAW);

        DisputeCase c = expect("MP-1", CaseState.CLOSED, "CASE_CLAIMED", "RULING_PROPOSED");
        assertThat(c.closeReason()).isEqualTo(CloseReason.WITHDRAWN);
        assertThatThrownBy(() -> cases.issueRuling("MP-1", chen, Seen.version(cases, "MP-1"), null)).isInstanceOf(RefusedException.class)
                .hasMessageStartingWith("Cannot issue a ruling: this case is closed");
    }

    @Test
    void aClosedComplaintReopensAndNegotiationsEndAsThePlatformSays() throws Exception {
        cases.claim("MP-1", chen, Seen.version(cases, "MP-1"));
        cases.issueRuling("MP-1", chen, Seen.version(cases, "MP-1"), ruling(Responsibility.NONE, Remedy.NO_ACTION, null));
        DisputeCase reopened = cases.recordPlatformAction("MP-1", CaseAction.REOPEN);
        assertThat(reopened.complaint().complaintCount()).isEqualTo(2);
        expect("MP-1", CaseState.INTERVENTION_REQUESTED, "CASE_CLAIMED", "RULING_ISSUED", "CASE_CLOSED");

        ws.insert(SampleCases.waiting("MP-2").toBuilder().state(CaseState.NEGOTIATION).build());
        ws.insert(SampleCases.waiting("MP-3").toBuilder().state(CaseState.NEGOTIATION).build());
        cases.recordPlatformAction("MP-2", CaseAction.REQUEST_INTERVENTION);
        expect("MP-2", CaseState.INTERVENTION_REQUESTED);
        assertThat(cases.recordPlatformAction("MP-3", CaseAction.SETTLE).closeReason())
                .isEqualTo(CloseReason.SETTLED_BY_NEGOTIATION);
        expect("MP-3", CaseState.CLOSED);
    }

    @Test
    void aProactiveInterventionMovesTheChosenCasesOfOneMerchantInOneStep() throws Exception {
        Merchant other = new Merchant("1900099999", "Other shop", null, null);
        ws.insert(SampleCases.waiting("MP-2"));
        ws.insert(SampleCases.waiting("MP-3").toBuilder().merchant(other).build());
        cases.claim("MP-1", lin, Seen.version(cases, "MP-1"));
        cases.claim("MP-2", lin, Seen.version(cases, "MP-2"));
        cases.requestEvidence("MP-2", lin, Seen.version(cases, "MP-2"), Party.CONSUMER, List.of(EvidenceCategory.PRODUCT_CONDITION), null,
                null, List.of());

        assertThatThrownBy(() -> cases.openProactiveIntervention("1900012345", seen("MP-1", "MP-2"), lin,
                "Forty complaints today")).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> cases.openProactiveIntervention("1900012345", seen("MP-1", "MP-3"), chen,
                "Forty complaints today")).isInstanceOf(RefusedException.class).hasMessageContaining("MP-3");
        expect("MP-1", CaseState.UNDER_REVIEW, "CASE_CLAIMED");

        List<DisputeCase> moved = cases.openProactiveIntervention("1900012345", seen("MP-1", "MP-2"), chen,
                "Forty complaints today");

        assertThat(moved).extracting(DisputeCase::state).containsOnly(CaseState.INTERVENTION_REQUESTED);
        assertThat(moved).allSatisfy(c -> {
            assertThat(c.intervention().trigger()).isEqualTo(InterventionTrigger.PROACTIVE);
            assertThat(c.assignee()).isNull();
        });
        expect("MP-1", CaseState.INTERVENTION_REQUESTED, "CASE_CLAIMED", "PROACTIVE_INTERVENTION_OPENED");
        expect("MP-2", CaseState.INTERVENTION_REQUESTED, "CASE_CLAIMED", "EVIDENCE_REQUESTED",
                "PROACTIVE_INTERVENTION_OPENED");
        assertThat(audit("MP-1")).containsExactly("CLAIM", "OPEN_PROACTIVE_INTERVENTION");
        assertThat(audit("MP-3")).isEmpty();
    }

    @Test
    void rolesAreEnforcedByTheServicesWhateverTheButtonsShow() throws Exception {
        Actor trainer = ws.addOperator("zhou", Role.TRAINER).asActor();
        cases.claim("MP-1", lin, Seen.version(cases, "MP-1"));

        assertThatThrownBy(() -> cases.issueRuling("MP-1", lin, Seen.version(cases, "MP-1"), refund(null)))
                .isInstanceOf(RefusedException.class).hasMessage("Only a supervisor can issue a ruling.");
        cases.proposeRuling("MP-1", lin, Seen.version(cases, "MP-1"), refund(null));
        assertThatThrownBy(() -> cases.returnRuling("MP-1", lin, Seen.version(cases, "MP-1"), "no"))
                .isInstanceOf(RefusedException.class).hasMessage("Only a supervisor can return a proposed ruling.");
        for (Runnable touch : List.<Runnable>of(
                () -> cases.issueRuling("MP-1", trainer, Seen.version(cases, "MP-1"), null),
                () -> cases.returnRuling("MP-1", trainer, Seen.version(cases, "MP-1"), "no"),
                () -> cases.addNote("MP-1", trainer, Seen.version(cases, "MP-1"), "hello"),
                () -> cases.openProactiveIntervention("1900012345", seen("MP-1"), trainer, "why"))) {
            assertThatThrownBy(touch::run).isInstanceOf(RefusedException.class)
                    .hasMessage("A trainer cannot work live cases.");
        }
        expect("MP-1", CaseState.PENDING_APPROVAL, "CASE_CLAIMED", "RULING_PROPOSED");
    }

    @Test
    void anAgentCannotProposeCompensationAboveTheMultipleButASupervisorCanIssueIt() throws Exception {
        Ruling fourTimes = ruling(Responsibility.MERCHANT, Remedy.COMPENSATION, Money.of(51600, "CNY"),
                new Obligation(Party.MERCHANT, "COMPENSATE", null));
        cases.claim("MP-1", lin, Seen.version(cases, "MP-1"));

        assertThatThrownBy(() -> cases.proposeRuling("MP-1", lin, Seen.version(cases, "MP-1"), fourTimes))
                .isInstanceOf(RefusedException.class).hasMessage("Compensation above 3 times the amount paid needs a"
                        + " supervisor.");
        assertThat(cases.issueRuling("MP-1", chen, Seen.version(cases, "MP-1"), fourTimes).state()).isEqualTo(CaseState.AWAITING_FULFILMENT);
    }

    /** Checks the case's state, the export actions waiting for it, and the whole audit chain. */
    private DisputeCase expect(String caseId, CaseState state, String... exportTypes) throws Exception {
        DisputeCase c = cases.find(caseId).orElseThrow();
        assertThat(c.state()).as("state of %s", caseId).isEqualTo(state);
        assertThat(outboxTypes(caseId)).as("export actions of %s", caseId).containsExactly(exportTypes);
        assertThat(ws.session.audit().verify().ok()).as("audit chain").isTrue();
        return c;
    }

    private List<String> outboxTypes(String caseId) throws Exception {
        return column("SELECT type FROM outbox_action WHERE case_id = ? ORDER BY seq", caseId);
    }

    private List<String> outboxPayloads(String caseId, String type) throws Exception {
        return column("SELECT payload FROM outbox_action WHERE case_id = ? AND type = '" + type + "' ORDER BY seq",
                caseId);
    }

    private List<String> audit(String caseId) throws Exception {
        return column("SELECT action FROM audit_record WHERE case_id = ? ORDER BY seq", caseId);
    }

    private List<String> column(String sql, String caseId) throws Exception {
        try (Connection c = ws.jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, caseId);
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        }
    }

    @Test
    void aProposalSavedBeforeItsColumnIsGivenItsProposerByTheMigration() throws Exception {
        cases.claim("MP-1", lin, Seen.version(cases, "MP-1"));
        cases.proposeRuling("MP-1", lin, Seen.version(cases, "MP-1"), refund(null));
        // as a workspace saved before V13 has it: the proposer only in the case's body
        try (java.sql.Connection c = ws.jdbc(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE dispute_case SET ruling_proposed_by = NULL, ruling_proposed_at = NULL");
            com.arbitra.support.Downgrade.toBefore(st, 13);
        }

        try (com.arbitra.store.Session again = ws.openAgain()) {
            assertThat(new QueueQueries(again.workspace()).page(com.arbitra.domain.ports.QueueFilter.all(), null, 10,
                    ws.clock.instant(), ws.clock.instant().plus(Duration.ofDays(1))))
                    .singleElement().extracting(com.arbitra.domain.ports.QueueRow::proposedBy).isEqualTo("lin");
        }
    }

    private static Ruling refund(Money amount) {
        return ruling(Responsibility.MERCHANT, amount == null ? Remedy.FULL_REFUND : Remedy.PARTIAL_REFUND,
                amount == null ? PAID : amount, new Obligation(Party.MERCHANT, "REFUND", null));
    }

    private static Ruling ruling(Responsibility who, Remedy remedy, Money amount, Obligation... obligations) {
        return new Ruling(null, who, remedy, amount, List.of("GOODS_DAMAGED"), List.of("e-1"), RATIONALE, false,
                List.of(obligations), List.of(), null, null, null, null, null, null, null);
    }

    private FulfilmentProof proof(String refundNumber, Money amount) {
        return new FulfilmentProof("p-" + refundNumber.hashCode(), ProofType.PAYMENT_REFUND, ws.clock.instant(),
                refundNumber, null, null, null, null, amount, List.of());
    }

    /** The cases' versions as the supervisor's list shows them now. */
    private java.util.Map<String, Long> seen(String... ids) {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            out.put(id, Seen.version(cases, id));
        }
        return out;
    }
}
