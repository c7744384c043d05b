package com.arbitra.domain;

import static com.arbitra.domain.CaseState.*;
import static com.arbitra.domain.Cases.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Drives cases through the paths of dispute-rules §3 with a clock the test moves. */
class CaseWorkflowTest {

    private static final WorkflowSettings SETTINGS = WorkflowSettings.defaults().withZone(ZoneOffset.UTC);
    private static final Duration H48 = Duration.ofHours(48);

    private final MutableClock clock = new MutableClock(NOW);
    private final CaseWorkflow workflow = new CaseWorkflow(SETTINGS, clock);
    private final CaseWorkflow fourEyes = new CaseWorkflow(SETTINGS.withFourEyes(true), clock);

    private final Actor ana = Cases.ANA;
    private final Actor ben = Cases.BEN;
    private final Actor sue = Cases.SUE;
    private final Actor sam = Cases.SAM;

    /** A clock that stays where the test puts it. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        Instant advance(Duration d) {
            now = now.plus(d);
            return now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the workflow needs no zone from its clock");
        }
    }

    @Test
    void theMerchantLiablePathFromClaimToInvalidProof() {
        DisputeCase waiting = Cases.builder(INTERVENTION_REQUESTED).dueAt(NOW.plus(Duration.ofHours(24))).build();

        DisputeCase c = workflow.claim(waiting, ana);
        assertThat(c.state()).isEqualTo(UNDER_REVIEW);
        assertThat(c.assignee()).isEqualTo("ana");
        assertThat(c.dueAt()).isNull();

        c = workflow.requestEvidence(c, ana, Party.MERCHANT, List.of(EvidenceCategory.LOGISTICS),
                "Upload the courier's proof of delivery.", null, List.of(NotificationChannel.SMS));
        assertThat(c.state()).isEqualTo(AWAITING_EVIDENCE);
        assertThat(c.dueAt()).isEqualTo(NOW.plus(H48));

        clock.advance(H48);
        List<CaseWorkflow.Step> steps = workflow.applyTimeouts(c);
        assertThat(steps).extracting(CaseWorkflow.Step::action).containsExactly(CaseAction.EVIDENCE_TIMEOUT);
        c = steps.get(0).after();
        assertThat(c.state()).isEqualTo(UNDER_REVIEW);
        assertThat(c.hasFlag(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE)).isTrue();
        assertThat(c.evidenceRequests()).extracting(EvidenceRequest::status).containsExactly(RequestStatus.TIMED_OUT);

        c = workflow.proposeRuling(c, ana, Cases.merchantFullRefund());
        assertThat(c.state()).isEqualTo(PENDING_APPROVAL);

        DisputeCase proposed = c;
        assertRefused(() -> workflow.returnRuling(proposed, sue, "  "), "Say why the ruling is returned.");
        c = workflow.returnRuling(c, sue, "Cite the courier's delivery record.");
        assertThat(c.state()).isEqualTo(UNDER_REVIEW);
        assertThat(c.ruling().isReturned()).isTrue();

        clock.advance(Duration.ofHours(1));
        c = workflow.proposeRuling(c, sue, c.ruling());
        assertThat(c.state()).isEqualTo(PENDING_APPROVAL);
        assertThat(c.ruling().isReturned()).isFalse();

        DisputeCase proposedBySue = c;
        assertRefused(() -> fourEyes.issueRuling(proposedBySue, sue, null),
                "The operator who proposed a ruling cannot also issue it; another supervisor must.");
        Instant issuedAt = clock.advance(Duration.ofMinutes(10));
        c = workflow.issueRuling(c, sam, null);
        assertThat(c.state()).isEqualTo(AWAITING_FULFILMENT);
        assertThat(c.dueAt()).isEqualTo(issuedAt.plus(H48));
        assertThat(c.ruling().proposedBy()).isEqualTo("sue");
        assertThat(c.ruling().issuedBy()).isEqualTo("sam");

        clock.advance(Duration.ofHours(20));
        c = workflow.platformAction(c, CaseAction.PROOF_SUBMITTED);
        assertThat(c.state()).isEqualTo(VERIFYING_FULFILMENT);

        Instant rejectedAt = clock.advance(Duration.ofHours(2));
        c = workflow.rejectProof(c, ana, "The refund number does not exist.");
        assertThat(c.state()).isEqualTo(AWAITING_FULFILMENT);
        assertThat(c.dueAt()).isEqualTo(rejectedAt.plus(H48));
        assertThat(c.fulfilment().dueAt()).isEqualTo(rejectedAt.plus(H48));
        assertThat(c.proofRejections()).isEqualTo(1);

        clock.advance(Duration.ofHours(5));
        c = workflow.platformAction(c, CaseAction.PROOF_SUBMITTED);
        c = workflow.rejectProof(c, ana, "The second refund number is for another order.");
        assertThat(c.state()).isEqualTo(CLOSED);
        assertThat(c.closeReason()).isEqualTo(CloseReason.FULFILMENT_PROOF_INVALID);
        assertThat(c.proofRejections()).isEqualTo(2);
        assertThat(c.fulfilment().verification().status()).isEqualTo(VerificationStatus.INVALID);
    }

    @Nested
    class AtAFixedTime {

        private final CaseWorkflow fixed = new CaseWorkflow(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));

        @Test
        void theConsoleListsWhatTheOperatorMayDoAndWhyNot() {
            DisputeCase c = fixed.claim(Cases.inState(INTERVENTION_REQUESTED), ana);

            Map<CaseAction, Optional<Refusal>> actions = fixed.actionsFor(c, ana);

            // an agent is not shown the actions only a supervisor may take
            assertThat(actions.keySet()).isSubsetOf(CaseWorkflow.OPERATOR_ACTIONS)
                    .doesNotContain(CaseAction.ISSUE_RULING, CaseAction.RETURN_RULING, CaseAction.UPHOLD_RULING)
                    .contains(CaseAction.CLAIM, CaseAction.PROPOSE_RULING, CaseAction.VERIFY_PROOF);
            assertThat(fixed.actionsFor(c, new Actor("wang", Role.SUPERVISOR)).keySet())
                    .contains(CaseAction.ISSUE_RULING, CaseAction.RETURN_RULING);
            assertThat(actions.entrySet()).filteredOn(e -> e.getValue().isEmpty()).extracting(Map.Entry::getKey)
                    .containsExactly(CaseAction.REQUEST_EVIDENCE, CaseAction.ASSESS_EVIDENCE,
                            CaseAction.PROPOSE_RULING, CaseAction.ADD_NOTE);
            assertThat(actions.get(CaseAction.CLAIM)).map(Refusal::message).contains("You already hold this case.");
            assertThat(actions.get(CaseAction.VERIFY_PROOF)).map(Refusal::message)
                    .contains("Cannot verify fulfilment proof: this case is under review.");
        }

        @Test
        void aCaseWithoutDeadlineHasNoTimeoutDue() {
            DisputeCase c = fixed.claim(Cases.inState(INTERVENTION_REQUESTED), ana);

            assertThat(fixed.nextTimeout(c)).isEmpty();
            assertThat(fixed.applyTimeouts(c)).isEmpty();
        }
    }

    @Nested
    class Claiming {

        @Test
        void claimingStartsTheReviewAndDropsTheQueueDeadline() {
            DisputeCase c = underReview();

            assertThat(c.state()).isEqualTo(UNDER_REVIEW);
            assertThat(c.assignee()).isEqualTo("ana");
            assertThat(c.stateSince()).isEqualTo(NOW);
            assertThat(c.dueAt()).isNull();
            assertThat(c.updatedBy()).isEqualTo("ana");
            assertThat(c.updatedAt()).isEqualTo(NOW);
        }

        @Test
        void aSecondAgentCannotClaimAHeldCase() {
            DisputeCase c = underReview();

            RefusedException e = assertRefused(() -> workflow.claim(c, ben), "This case is held by ana.");
            assertThat(e.refusal().code()).isEqualTo("refused.heldBy");
        }

        @Test
        void aSupervisorAssignsAHeldCaseToAnotherAgent() {
            DisputeCase c = workflow.assign(underReview(), sue, "ben");

            assertThat(c.assignee()).isEqualTo("ben");
            assertThat(c.state()).isEqualTo(UNDER_REVIEW);
        }
    }

    @Nested
    class Evidence {

        @Test
        void aRequestIsDueInFortyEightHoursByDefault() {
            DisputeCase c = requestEvidence(underReview(), null);

            assertThat(c.state()).isEqualTo(AWAITING_EVIDENCE);
            assertThat(c.dueAt()).isEqualTo(NOW.plus(H48));
            assertThat(c.evidenceRequests()).singleElement().satisfies(r -> {
                assertThat(r.requestId()).startsWith("rq-");
                assertThat(r.party()).isEqualTo(Party.MERCHANT);
                assertThat(r.categories()).containsExactly(EvidenceCategory.LOGISTICS);
                assertThat(r.requestedAt()).isEqualTo(NOW);
                assertThat(r.dueAt()).isEqualTo(NOW.plus(H48));
                assertThat(r.status()).isEqualTo(RequestStatus.OPEN);
                assertThat(r.notifications()).extracting(Notification::channel)
                        .containsExactly(NotificationChannel.SMS);
            });
        }

        @Test
        void theCaseIsDueWhenItsEarliestOpenRequestIs() {
            DisputeCase c = requestEvidence(underReview(), null);
            c = requestEvidence(c, NOW.plus(Duration.ofHours(24)));
            assertThat(c.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));

            c = requestEvidence(c, NOW.plus(Duration.ofHours(72)));
            assertThat(c.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
            assertThat(c.evidenceRequests()).hasSize(3);
        }

        @Test
        void aRequestNeedsCategoriesAndAFutureDueTime() {
            DisputeCase c = underReview();

            assertRefused(() -> workflow.requestEvidence(c, ana, Party.CONSUMER, List.of(), "Photos", null, null),
                    "Choose at least one evidence category.");
            assertRefused(() -> requestEvidence(c, NOW), "The due time of a request must be in the future.");
        }

        @Test
        void evidenceTimesOutAfterFortyEightHours() {
            DisputeCase c = requestEvidence(underReview(), null);

            clock.advance(H48.minusSeconds(1));
            assertThat(workflow.applyTimeouts(c)).isEmpty();

            Instant due = clock.advance(Duration.ofSeconds(1));
            List<CaseWorkflow.Step> steps = workflow.applyTimeouts(c);

            assertThat(steps).singleElement().satisfies(step -> {
                assertThat(step.action()).isEqualTo(CaseAction.EVIDENCE_TIMEOUT);
                DisputeCase after = step.after();
                assertThat(after.state()).isEqualTo(UNDER_REVIEW);
                assertThat(after.stateSince()).isEqualTo(due);
                assertThat(after.dueAt()).isNull();
                assertThat(after.flags()).containsExactly(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE);
                assertThat(after.evidenceRequests()).extracting(EvidenceRequest::status)
                        .containsExactly(RequestStatus.TIMED_OUT);
                assertThat(after.updatedBy()).isEqualTo("system");
            });
        }

        @Test
        void whenOneRequestTimesOutTheCaseWaitsForTheOthers() {
            DisputeCase c = requestEvidence(underReview(), NOW.plus(Duration.ofHours(24)));
            c = requestEvidence(c, NOW.plus(H48));

            clock.advance(Duration.ofHours(30));
            DisputeCase after = workflow.nextTimeout(c).orElseThrow().after();

            assertThat(after.state()).isEqualTo(AWAITING_EVIDENCE);
            assertThat(after.dueAt()).isEqualTo(NOW.plus(H48));
            assertThat(after.hasFlag(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE)).isTrue();
            assertThat(after.evidenceRequests()).extracting(EvidenceRequest::status)
                    .containsExactly(RequestStatus.TIMED_OUT, RequestStatus.OPEN);
        }

        @Test
        void applyTimeoutsSettlesEveryDeadlineThatPassedWhileTheConsoleWasClosed() {
            DisputeCase c = requestEvidence(underReview(), NOW.plus(Duration.ofHours(24)));
            c = requestEvidence(c, NOW.plus(H48));
            c = requestEvidence(c, NOW.plus(Duration.ofHours(96)));

            clock.advance(Duration.ofDays(3));
            List<CaseWorkflow.Step> steps = workflow.applyTimeouts(c);

            assertThat(steps).extracting(CaseWorkflow.Step::action).containsExactly(CaseAction.EVIDENCE_TIMEOUT);
            DisputeCase after = steps.get(steps.size() - 1).after();
            assertThat(after.evidenceRequests()).extracting(EvidenceRequest::status)
                    .containsExactly(RequestStatus.TIMED_OUT, RequestStatus.TIMED_OUT, RequestStatus.OPEN);
            assertThat(after.state()).isEqualTo(AWAITING_EVIDENCE);
            assertThat(after.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(96)));
            assertThat(workflow.applyTimeouts(after)).isEmpty();

            clock.advance(Duration.ofDays(1));
            assertThat(workflow.applyTimeouts(after)).singleElement()
                    .satisfies(step -> assertThat(step.after().state()).isEqualTo(UNDER_REVIEW));
        }

        @Test
        void applyTimeoutsRunsEachCaseToItsNextDeadline() {
            DisputeCase awaitingEvidence = requestEvidence(underReview(), null);
            DisputeCase awaitingReturn = issued(Cases.returnAndRefund());
            DisputeCase awaitingFulfilment = issued(Cases.merchantFullRefund());

            clock.advance(Duration.ofDays(8));

            assertThat(workflow.applyTimeouts(awaitingEvidence)).extracting(CaseWorkflow.Step::action)
                    .containsExactly(CaseAction.EVIDENCE_TIMEOUT);
            assertThat(workflow.applyTimeouts(awaitingReturn)).extracting(CaseWorkflow.Step::action)
                    .containsExactly(CaseAction.RETURN_TIMEOUT);
            assertThat(workflow.applyTimeouts(awaitingFulfilment)).extracting(CaseWorkflow.Step::action)
                    .containsExactly(CaseAction.FULFILMENT_TIMEOUT);
        }

        @Test
        void anAgentAssessesTheEvidenceOfTheCase() {
            DisputeCase c = workflow.assessEvidence(underReview(), ana, Cases.EVIDENCE_ID, Assessment.DISPUTED,
                    " Photo metadata is from last year. ");

            assertThat(c.evidenceItem(Cases.EVIDENCE_ID)).hasValueSatisfying(e -> {
                assertThat(e.assessment()).isEqualTo(Assessment.DISPUTED);
                assertThat(e.assessmentNote()).isEqualTo("Photo metadata is from last year.");
                assertThat(e.assessedBy()).isEqualTo("ana");
            });
            assertRefused(() -> workflow.assessEvidence(underReview(), ana, "e-9", Assessment.ACCEPTED, null),
                    "Evidence e-9 is not part of this case.");
        }
    }

    @Nested
    class Rulings {

        @Test
        void aProposedRulingWaitsForApproval() {
            DisputeCase c = workflow.proposeRuling(underReview(), ana, Cases.merchantFullRefund());

            assertThat(c.state()).isEqualTo(PENDING_APPROVAL);
            assertThat(c.ruling().rulingId()).startsWith("r-");
            assertThat(c.ruling().proposedBy()).isEqualTo("ana");
            assertThat(c.ruling().proposedAt()).isEqualTo(NOW);
            assertThat(c.ruling().isIssued()).isFalse();
        }

        @Test
        void anInconsistentRulingCannotBeProposed() {
            Ruling tooShort = new Ruling(null, Responsibility.MERCHANT, Remedy.FULL_REFUND, Cases.PAID, List.of(),
                    List.of(), "Refund it.", false, List.of(Cases.merchantObligation("REFUND")), List.of(), null, null,
                    null, null, null, null, null);

            RefusedException e = assertRefused(() -> workflow.proposeRuling(underReview(), ana, tooShort),
                    "The rationale must be 20 to 4000 characters (it has 10).");
            assertThat(e.refusal().code()).isEqualTo("ruling.rationale.length");
        }

        @Test
        void aReturnedRulingCarriesTheSupervisorsComment() {
            DisputeCase c = workflow.returnRuling(pendingApproval(ana), sue, "  Cite the courier record.  ");

            assertThat(c.state()).isEqualTo(UNDER_REVIEW);
            assertThat(c.ruling().returnedBy()).isEqualTo("sue");
            assertThat(c.ruling().returnComment()).isEqualTo("Cite the courier record.");
            assertThat(c.ruling().isReturned()).isTrue();
        }

        @Test
        void theProposerCannotIssueTheRulingAnotherSupervisorMust() {
            DisputeCase c = pendingApproval(sue);

            RefusedException e = assertRefused(() -> fourEyes.issueRuling(c, sue, null),
                    "The operator who proposed a ruling cannot also issue it; another supervisor must.");
            assertThat(workflow.issueRuling(c, sue, null).ruling().issuedBy())
                    .as("without the four-eyes setting the proposer may issue").isEqualTo("sue");
            assertThat(e.refusal().code()).isEqualTo("refused.fourEyes");
            assertRefused(() -> workflow.issueRuling(c, ana, null), "Only a supervisor can issue a ruling.");

            DisputeCase issued = workflow.issueRuling(c, sam, null);
            assertThat(issued.ruling().proposedBy()).isEqualTo("sue");
            assertThat(issued.ruling().issuedBy()).isEqualTo("sam");
            assertThat(issued.ruling().issuedAt()).isEqualTo(NOW);
            assertThat(issued.ruling().rulingId()).isEqualTo(c.ruling().rulingId());
        }

        @Test
        void withFourEyesASupervisorCannotIssueTheirOwnRulingStraightFromReview() {
            assertRefused(() -> fourEyes.issueRuling(underReview(), sue, Cases.merchantFullRefund()),
                    "The operator who proposed a ruling cannot also issue it; another supervisor must.");
            assertThat(workflow.issueRuling(underReview(), sue, Cases.merchantFullRefund()).state())
                    .isEqualTo(AWAITING_FULFILMENT);
        }

        @Test
        void anIssuedMerchantRulingWaitsFortyEightHoursForFulfilment() {
            DisputeCase c = issued(Cases.merchantFullRefund());

            assertThat(c.state()).isEqualTo(AWAITING_FULFILMENT);
            assertThat(c.dueAt()).isEqualTo(NOW.plus(H48));
            assertThat(c.fulfilment().dueAt()).isEqualTo(NOW.plus(H48));
        }

        @Test
        void issuingClearsTheCollectedEvidenceFlag() {
            DisputeCase flagged = underReview().toBuilder().flag(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE).build();

            DisputeCase c = workflow.issueRuling(flagged, sue, Cases.merchantFullRefund());

            assertThat(c.flags()).doesNotContain(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE);
        }

        @Test
        void anIssuedRulingIsFinal() {
            DisputeCase c = issued(Cases.merchantFullRefund());
            DisputeCase reviewedAgain = c.toBuilder().moveTo(UNDER_REVIEW, null, NOW).build();

            assertRefused(() -> workflow.issueRuling(reviewedAgain, sue, null),
                    "This ruling is already issued; only an appeal can replace it.");
        }

        @Test
        void aRulingWithoutMerchantLiabilityClosesTheCase() {
            DisputeCase c = workflow.issueRuling(underReview(), sue, Cases.consumerNoAction());

            assertThat(c.state()).isEqualTo(CLOSED);
            assertThat(c.closeReason()).isEqualTo(CloseReason.NO_MERCHANT_LIABILITY);
            assertThat(c.dueAt()).isNull();
            assertThat(c.fulfilment()).isNull();
            assertThat(c.ruling().proposedBy()).isEqualTo("sue");
            assertThat(c.ruling().issuedBy()).isEqualTo("sue");
        }

        @Test
        void thePlatformWithdrawsACaseWaitingForApproval() {
            DisputeCase c = workflow.platformAction(pendingApproval(ana), CaseAction.WITHDRAW);

            assertThat(c.state()).isEqualTo(CLOSED);
            assertThat(c.closeReason()).isEqualTo(CloseReason.WITHDRAWN);
            assertThat(c.dueAt()).isNull();
            assertThat(c.updatedBy()).isEqualTo("platform");
        }
    }

    @Nested
    class Fulfilling {

        @Test
        void verifiedProofClosesTheCase() {
            DisputeCase c = workflow.platformAction(issued(Cases.merchantFullRefund()), CaseAction.PROOF_SUBMITTED);
            assertThat(c.dueAt()).isNull();

            c = workflow.verifyProof(c, ana, "Refund 4200001234 for 129.00 CNY found.");

            assertThat(c.state()).isEqualTo(CLOSED);
            assertThat(c.closeReason()).isEqualTo(CloseReason.FULFILLED);
            assertThat(c.fulfilment().verification())
                    .isEqualTo(new Verification(VerificationStatus.VERIFIED, "ana", NOW,
                            "Refund 4200001234 for 129.00 CNY found."));
        }

        @Test
        void aRejectionNeedsAReason() {
            DisputeCase c = workflow.platformAction(issued(Cases.merchantFullRefund()), CaseAction.PROOF_SUBMITTED);

            assertRefused(() -> workflow.rejectProof(c, ana, ""), "Say why the proof is rejected.");
        }

        @Test
        void returnAndRefundWaitsForTheGoodsThenForTheRefund() {
            DisputeCase c = issued(Cases.returnAndRefund());
            assertThat(c.state()).isEqualTo(AWAITING_RETURN);
            assertThat(c.dueAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));

            Instant delivered = clock.advance(Duration.ofDays(3));
            c = workflow.platformAction(c, CaseAction.RETURN_DELIVERED);

            assertThat(c.state()).isEqualTo(AWAITING_FULFILMENT);
            assertThat(c.dueAt()).isEqualTo(delivered.plus(H48));
            assertThat(c.fulfilment().dueAt()).isEqualTo(delivered.plus(H48));
        }

        @Test
        void aLateReturnSendsTheCaseBackToReview() {
            DisputeCase c = issued(Cases.returnAndRefund());

            clock.advance(Duration.ofDays(7));
            DisputeCase after = workflow.applyTimeouts(c).get(0).after();

            assertThat(after.state()).isEqualTo(UNDER_REVIEW);
            assertThat(after.hasFlag(CaseFlag.RETURN_OVERDUE)).isTrue();
        }

        @Test
        void aMissedDeadlineEndsWithTheAdvancePayment() {
            DisputeCase c = issued(Cases.merchantFullRefund());

            clock.advance(H48);
            List<CaseWorkflow.Step> steps = workflow.applyTimeouts(c);
            assertThat(steps).extracting(CaseWorkflow.Step::action).containsExactly(CaseAction.FULFILMENT_TIMEOUT);
            DisputeCase overdue = steps.get(0).after();
            assertThat(overdue.state()).isEqualTo(FULFILMENT_OVERDUE);
            assertThat(overdue.dueAt()).isNull();

            assertRefused(() -> workflow.applyAdvancePayment(overdue, ana),
                    "Only a supervisor can apply an advance payment.");
            DisputeCase warned = workflow.applyMeasure(overdue, sue, Measure.WARNING);
            assertThat(warned.state()).isEqualTo(FULFILMENT_OVERDUE);

            DisputeCase paid = workflow.applyAdvancePayment(warned, sue);
            assertThat(paid.state()).isEqualTo(CLOSED);
            assertThat(paid.closeReason()).isEqualTo(CloseReason.PLATFORM_PAID);
        }
    }

    @Nested
    class Appeals {

        @Test
        void anUpheldAppealReturnsToTheStateBefore() {
            DisputeCase c = issued(Cases.merchantFullRefund());
            String rulingId = c.ruling().rulingId();

            clock.advance(Duration.ofDays(1));
            c = workflow.platformAction(c, CaseAction.APPEAL);
            assertThat(c.state()).isEqualTo(APPEALED);
            assertThat(c.stateBeforeAppeal()).isEqualTo(AWAITING_FULFILMENT);

            DisputeCase appealed = c;
            assertRefused(() -> workflow.upholdRuling(appealed, sue, null), "Say why the ruling is upheld.");
            c = workflow.upholdRuling(c, sue, "The courier record confirms the damage.");

            assertThat(c.state()).isEqualTo(AWAITING_FULFILMENT);
            assertThat(c.stateBeforeAppeal()).isNull();
            assertThat(c.ruling().rulingId()).isEqualTo(rulingId);
        }

        @Test
        void afterAnUpheldAppealTheCaseAndItsFulfilmentShareOneDeadline() {
            DisputeCase appealed = workflow.platformAction(issued(Cases.merchantFullRefund()), CaseAction.APPEAL);

            clock.advance(Duration.ofDays(4));
            DisputeCase c = workflow.upholdRuling(appealed, sue, "The courier record confirms the damage.");

            // as after issuing, a delivered return, a rejected proof or a replaced ruling
            assertThat(c.state()).isEqualTo(AWAITING_FULFILMENT);
            assertThat(c.fulfilment().dueAt()).isEqualTo(c.dueAt());
        }

        @Test
        void anUpheldAppealOfAClosedCaseRestoresItsCloseReason() {
            DisputeCase closed = workflow.rejectProof(workflow.platformAction(
                    issued(Cases.merchantFullRefund()).toBuilder().proofRejections(1).build(),
                    CaseAction.PROOF_SUBMITTED), ana, "Forged transfer slip.");
            assertThat(closed.closeReason()).isEqualTo(CloseReason.FULFILMENT_PROOF_INVALID);

            clock.advance(Duration.ofDays(5));
            DisputeCase appealed = workflow.platformAction(closed, CaseAction.APPEAL);
            assertThat(appealed.state()).isEqualTo(APPEALED);
            assertThat(appealed.closeReason()).isNull();
            assertThat(appealed.closeReasonBeforeAppeal()).isEqualTo(CloseReason.FULFILMENT_PROOF_INVALID);

            DisputeCase upheld = workflow.upholdRuling(appealed, sam, "The transfer slip was edited.");

            assertThat(upheld.state()).isEqualTo(CLOSED);
            assertThat(upheld.closeReason()).isEqualTo(CloseReason.FULFILMENT_PROOF_INVALID);
            assertThat(upheld.closeReasonBeforeAppeal()).isNull();
        }

        @Test
        void theAppealWindowClosesThirtyDaysAfterTheRuling() {
            DisputeCase c = issued(Cases.merchantFullRefund());

            clock.advance(Duration.ofDays(30));
            assertThat(workflow.platformAction(c, CaseAction.APPEAL).state()).isEqualTo(APPEALED);

            clock.advance(Duration.ofSeconds(1));
            RefusedException e = assertRefused(() -> workflow.platformAction(c, CaseAction.APPEAL),
                    "The appeal window closed on 20 Dec 02:00.");
            assertThat(e.refusal().code()).isEqualTo("refused.appealWindow");
        }

        @Test
        void aReplacedRulingIsIssuedAnewAndDecidesTheCase() {
            DisputeCase appealed = workflow.platformAction(issued(Cases.merchantFullRefund()), CaseAction.APPEAL);
            clock.advance(Duration.ofDays(2));

            assertRefused(() -> workflow.replaceRuling(appealed, sam, Cases.consumerNoAction(), " "),
                    "Say why the ruling is replaced.");
            DisputeCase c = workflow.replaceRuling(appealed, sam, Cases.consumerNoAction(),
                    "The merchant's courier record shows an intact seal.");

            assertThat(c.state()).isEqualTo(CLOSED);
            assertThat(c.closeReason()).isEqualTo(CloseReason.NO_MERCHANT_LIABILITY);
            assertThat(c.stateBeforeAppeal()).isNull();
            assertThat(c.ruling().rulingId()).isNotEqualTo(appealed.ruling().rulingId());
            assertThat(c.ruling().responsibility()).isEqualTo(Responsibility.CONSUMER);
            assertThat(c.ruling().issuedBy()).isEqualTo("sam");
            assertThat(c.ruling().issuedAt()).isEqualTo(clock.instant());
        }

        @Test
        void aReplacementThatNeedsFulfilmentStartsAFreshDeadline() {
            DisputeCase appealed = workflow.platformAction(
                    issued(Cases.merchantFullRefund()).toBuilder().proofRejections(1).build(), CaseAction.APPEAL);
            Instant replacedAt = clock.advance(Duration.ofDays(2));
            Ruling partial = Cases.ruling(Responsibility.SHARED, Remedy.PARTIAL_REFUND, Money.of(6450, "CNY"),
                    Cases.merchantObligation("REFUND"));

            DisputeCase c = workflow.replaceRuling(appealed, sam, partial, "Both parties share the delay.");

            assertThat(c.state()).isEqualTo(AWAITING_FULFILMENT);
            assertThat(c.dueAt()).isEqualTo(replacedAt.plus(H48));
            assertThat(c.fulfilment().dueAt()).isEqualTo(replacedAt.plus(H48));
            assertThat(c.proofRejections()).isZero();
            assertThat(c.ruling().amount()).isEqualTo(Money.of(6450, "CNY"));
        }
    }

    @Nested
    class Reopening {

        @Test
        void aReopenedComplaintCountsOnceMoreAndWaitsForAnAgent() {
            DisputeCase closed = workflow.platformAction(underReview(), CaseAction.WITHDRAW);

            clock.advance(Duration.ofDays(2));
            DisputeCase c = workflow.platformAction(closed, CaseAction.REOPEN);

            assertThat(c.state()).isEqualTo(INTERVENTION_REQUESTED);
            assertThat(c.closeReason()).isNull();
            assertThat(c.assignee()).isNull();
            assertThat(c.complaint().complaintCount()).isEqualTo(2);
            assertThat(c.dueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));

            DisputeCase again = workflow.platformAction(workflow.platformAction(workflow.claim(c, ben),
                    CaseAction.WITHDRAW), CaseAction.REOPEN);
            assertThat(again.complaint().complaintCount()).isEqualTo(3);
        }

        @Test
        void aNewRulingAfterReopeningGivesTheMerchantItsSecondChanceAgain() {
            DisputeCase c = workflow.platformAction(issued(Cases.merchantFullRefund()), CaseAction.PROOF_SUBMITTED);
            c = workflow.rejectProof(c, ana, "The refund number does not exist.");
            c = workflow.verifyProof(workflow.platformAction(c, CaseAction.PROOF_SUBMITTED), ana, "Refund found.");
            assertThat(c.closeReason()).isEqualTo(CloseReason.FULFILLED);

            clock.advance(Duration.ofDays(3));
            c = workflow.claim(workflow.platformAction(c, CaseAction.REOPEN), ana);
            c = workflow.issueRuling(c, sue, Cases.ruling(Responsibility.MERCHANT, Remedy.RESHIP, null,
                    Cases.merchantObligation("RESHIP")));
            c = workflow.platformAction(c, CaseAction.PROOF_SUBMITTED);
            DisputeCase rejected = workflow.rejectProof(c, ana, "The tracking number is unknown to the carrier.");

            // as after a replaced ruling, the first rejection of the new ruling's proof sets a new deadline
            assertThat(rejected.state()).isEqualTo(AWAITING_FULFILMENT);
            assertThat(rejected.proofRejections()).isEqualTo(1);
        }

        @Test
        void aSupervisorOpensAProactiveInterventionOnAWorkedCase() {
            DisputeCase c = workflow.openProactiveIntervention(issued(Cases.merchantFullRefund()), sue,
                    "Forty complaints about this merchant this week.");

            assertThat(c.state()).isEqualTo(INTERVENTION_REQUESTED);
            assertThat(c.assignee()).isNull();
            assertThat(c.intervention().trigger()).isEqualTo(InterventionTrigger.PROACTIVE);
        }
    }

    private DisputeCase underReview() {
        return workflow.claim(Cases.builder(INTERVENTION_REQUESTED).dueAt(NOW.plus(Duration.ofHours(24))).build(),
                ana);
    }

    private DisputeCase pendingApproval(Actor proposer) {
        return workflow.proposeRuling(underReview(), proposer, Cases.merchantFullRefund());
    }

    /** The ruling proposed by ana and issued by sue, now. */
    private DisputeCase issued(Ruling draft) {
        return workflow.issueRuling(workflow.proposeRuling(underReview(), ana, draft), sue, null);
    }

    private DisputeCase requestEvidence(DisputeCase c, Instant dueAt) {
        return workflow.requestEvidence(c, ana, Party.MERCHANT, List.of(EvidenceCategory.LOGISTICS),
                "Upload the courier's proof of delivery.", dueAt, List.of(NotificationChannel.SMS));
    }

    private static RefusedException assertRefused(ThrowingCallable call, String message) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(RefusedException.class).hasMessage(message);
        return (RefusedException) thrown;
    }
}
