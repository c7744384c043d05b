package com.arbitra.domain;

import static com.arbitra.domain.CaseAction.*;
import static com.arbitra.domain.CaseState.*;
import static com.arbitra.domain.Cases.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state table against dispute-rules §3 and §2, written out here independently of
 * {@link TransitionTable#rows()}: every (action, state, role) listed below must be allowed, and every other
 * combination refused with a sentence.
 */
class TransitionTableTest {

    private static final WorkflowSettings SETTINGS = WorkflowSettings.defaults().withZone(ZoneId.of("Asia/Shanghai")).withFourEyes(true);

    private static final Set<CaseState> EVERY_STATE = EnumSet.allOf(CaseState.class);
    /** "any open state": everything but CLOSED. */
    private static final Set<CaseState> OPEN_STATES = EnumSet.of(NEGOTIATION, INTERVENTION_REQUESTED, UNDER_REVIEW,
            AWAITING_EVIDENCE, PENDING_APPROVAL, AWAITING_RETURN, AWAITING_FULFILMENT, VERIFYING_FULFILMENT,
            FULFILMENT_OVERDUE, APPEALED);
    /** The platform has intervened and an operator works the case: open, and past negotiation. */
    private static final Set<CaseState> WORKING_STATES = EnumSet.of(INTERVENTION_REQUESTED, UNDER_REVIEW,
            AWAITING_EVIDENCE, PENDING_APPROVAL, AWAITING_RETURN, AWAITING_FULFILMENT, VERIFYING_FULFILMENT,
            FULFILMENT_OVERDUE, APPEALED);

    private static final Set<Role> AGENT_OR_SUPERVISOR = EnumSet.of(Role.AGENT, Role.SUPERVISOR);
    private static final Set<Role> SUPERVISOR = EnumSet.of(Role.SUPERVISOR);
    private static final Set<Role> PLATFORM = EnumSet.of(Role.PLATFORM);
    private static final Set<Role> SYSTEM = EnumSet.of(Role.SYSTEM);

    /** One expected row of §3: the action, the states it starts from, who may take it. */
    record Row(CaseAction action, Set<CaseState> from, Set<Role> roles) {
    }

    private static final List<Row> EXPECTED = List.of(
            new Row(REQUEST_INTERVENTION, EnumSet.of(NEGOTIATION), PLATFORM),
            new Row(SETTLE, EnumSet.of(NEGOTIATION), PLATFORM),
            new Row(WITHDRAW, OPEN_STATES, PLATFORM),
            new Row(OPEN_PROACTIVE_INTERVENTION, EnumSet.of(NEGOTIATION, UNDER_REVIEW, AWAITING_EVIDENCE,
                    PENDING_APPROVAL, AWAITING_RETURN, AWAITING_FULFILMENT, VERIFYING_FULFILMENT, FULFILMENT_OVERDUE,
                    APPEALED), SUPERVISOR),
            new Row(CLAIM, WORKING_STATES, AGENT_OR_SUPERVISOR),
            new Row(ASSIGN, WORKING_STATES, SUPERVISOR),
            new Row(REQUEST_EVIDENCE, EnumSet.of(UNDER_REVIEW, AWAITING_EVIDENCE), AGENT_OR_SUPERVISOR),
            new Row(EVIDENCE_COMPLETE, EnumSet.of(AWAITING_EVIDENCE), EnumSet.of(Role.PLATFORM, Role.SYSTEM)),
            new Row(EVIDENCE_TIMEOUT, EnumSet.of(AWAITING_EVIDENCE), SYSTEM),
            new Row(PROPOSE_RULING, EnumSet.of(UNDER_REVIEW), AGENT_OR_SUPERVISOR),
            new Row(RETURN_RULING, EnumSet.of(PENDING_APPROVAL), SUPERVISOR),
            new Row(ISSUE_RULING, EnumSet.of(PENDING_APPROVAL, UNDER_REVIEW), SUPERVISOR),
            new Row(RETURN_DELIVERED, EnumSet.of(AWAITING_RETURN), PLATFORM),
            new Row(RETURN_FAILED, EnumSet.of(AWAITING_RETURN), PLATFORM),
            new Row(RETURN_TIMEOUT, EnumSet.of(AWAITING_RETURN), SYSTEM),
            new Row(PROOF_SUBMITTED, EnumSet.of(AWAITING_FULFILMENT), PLATFORM),
            new Row(FULFILMENT_TIMEOUT, EnumSet.of(AWAITING_FULFILMENT), SYSTEM),
            new Row(VERIFY_PROOF, EnumSet.of(VERIFYING_FULFILMENT), AGENT_OR_SUPERVISOR),
            new Row(REJECT_PROOF, EnumSet.of(VERIFYING_FULFILMENT), AGENT_OR_SUPERVISOR),
            new Row(APPLY_ADVANCE_PAYMENT, EnumSet.of(FULFILMENT_OVERDUE), SUPERVISOR),
            new Row(APPLY_MEASURE, EnumSet.of(FULFILMENT_OVERDUE), SUPERVISOR),
            new Row(APPEAL, EnumSet.of(AWAITING_FULFILMENT, AWAITING_RETURN, CLOSED), PLATFORM),
            new Row(UPHOLD_RULING, EnumSet.of(APPEALED), SUPERVISOR),
            new Row(REPLACE_RULING, EnumSet.of(APPEALED), SUPERVISOR),
            new Row(REOPEN, EnumSet.of(CLOSED), PLATFORM),
            new Row(ADD_NOTE, EVERY_STATE, AGENT_OR_SUPERVISOR),
            new Row(ASSESS_EVIDENCE, WORKING_STATES, AGENT_OR_SUPERVISOR));

    private static Row expected(CaseAction action) {
        return EXPECTED.stream().filter(r -> r.action() == action).findFirst().orElseThrow();
    }

    private static boolean allowed(CaseAction action, CaseState state, Role role) {
        Row row = expected(action);
        return row.from().contains(state) && row.roles().contains(role);
    }

    static Stream<Arguments> allowedTriples() {
        return EXPECTED.stream().flatMap(row -> row.from().stream()
                .flatMap(state -> row.roles().stream().map(role -> arguments(row.action(), state, role))));
    }

    static Stream<Arguments> refusedTriples() {
        return Arrays.stream(CaseAction.values()).flatMap(action -> Arrays.stream(CaseState.values())
                .flatMap(state -> Arrays.stream(Role.values())
                        .filter(role -> !allowed(action, state, role))
                        .map(role -> arguments(action, state, role))));
    }

    @Test
    void theExpectedTableNamesEveryActionOnce() {
        assertThat(EXPECTED).extracting(Row::action).containsExactlyInAnyOrder(CaseAction.values());
    }

    @ParameterizedTest(name = "{0} in {1} by {2}")
    @MethodSource("allowedTriples")
    void everyAllowedTripleIsARowOfTheTableAndPassesTheCheck(CaseAction action, CaseState state, Role role) {
        Optional<Transition> row = TransitionTable.find(action, state);
        assertThat(row).as("row for %s in %s", action, state).isPresent();
        assertThat(row.get().roles()).isEqualTo(expected(action).roles());

        Actor actor = actor(role);
        DisputeCase c = readyFor(action, state, actor);
        assertThat(TransitionTable.check(c, action, actor, NOW, SETTINGS)).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1} by {2}")
    @MethodSource("refusedTriples")
    void everyOtherTripleIsRefusedWithASentence(CaseAction action, CaseState state, Role role) {
        Actor actor = actor(role);
        DisputeCase c = readyFor(action, state, actor);

        Optional<Refusal> refusal = TransitionTable.check(c, action, actor, NOW, SETTINGS);

        assertThat(refusal).isPresent();
        String message = refusal.get().message();
        assertThat(message).isNotBlank().endsWith(".");
        if (!expected(action).from().contains(state)) {
            assertThat(refusal.get().code()).isEqualTo("refused.state");
            assertThat(message).startsWith("Cannot " + action.phrase() + ": this case is ")
                    .contains(state.description());
        } else {
            assertThat(refusal.get().code()).isEqualTo("refused.role");
            assertThat(message).startsWith("Only ").isEqualTo("Only " + expected(action).roles().stream()
                    .map(Role::withArticle).collect(Collectors.joining(" or ")) + " can " + action.phrase() + ".");
        }
    }

    /** What a team server checks a move of state against (store.TeamRoles fills it from here). */
    @Test
    void theMovesOfStateAndWhoMakesThem() {
        var moves = TransitionTable.stateChanges().stream().collect(Collectors.toMap(
                m -> m.from() + ">" + m.to(), TransitionTable.StateChange::roles));
        assertThat(moves.get("PENDING_APPROVAL>AWAITING_FULFILMENT")).containsExactly(Role.SUPERVISOR);
        assertThat(moves.get("PENDING_APPROVAL>UNDER_REVIEW")).containsExactly(Role.SUPERVISOR);
        assertThat(moves.get("UNDER_REVIEW>PENDING_APPROVAL")).containsExactlyInAnyOrder(Role.AGENT, Role.SUPERVISOR);
        assertThat(moves.get("INTERVENTION_REQUESTED>UNDER_REVIEW")).containsExactlyInAnyOrder(Role.AGENT,
                Role.SUPERVISOR);
        assertThat(moves.get("AWAITING_EVIDENCE>UNDER_REVIEW")).containsExactlyInAnyOrder(Role.PLATFORM, Role.SYSTEM);
        assertThat(moves.get("APPEALED>AWAITING_RETURN")).as("an upheld ruling goes back").containsExactly(
                Role.SUPERVISOR);
        assertThat(moves).doesNotContainKeys("INTERVENTION_REQUESTED>APPEALED", "NEGOTIATION>UNDER_REVIEW",
                "CLOSED>CLOSED", "UNDER_REVIEW>UNDER_REVIEW");
        assertThat(TransitionTable.stateChanges()).allSatisfy(m -> assertThat(m.from()).isNotEqualTo(m.to()));
    }

    @Nested
    class Messages {

        @Test
        void anAgentCannotIssueARuling() {
            Actor agent = actor(Role.AGENT);
            DisputeCase c = readyFor(ISSUE_RULING, PENDING_APPROVAL, agent);

            assertThat(TransitionTable.check(c, ISSUE_RULING, agent, NOW, SETTINGS))
                    .map(Refusal::message).contains("Only a supervisor can issue a ruling.");
        }

        @Test
        void aTimeoutIsTheConsolesOwn() {
            Actor supervisor = actor(Role.SUPERVISOR);
            DisputeCase c = readyFor(FULFILMENT_TIMEOUT, AWAITING_FULFILMENT, supervisor);

            assertThat(TransitionTable.check(c, FULFILMENT_TIMEOUT, supervisor, NOW, SETTINGS))
                    .map(Refusal::message).contains("Only the console itself can mark the fulfilment overdue.");
        }

        @Test
        void aStateRefusalShowsTheDeadlineInTheConsoleZone() {
            DisputeCase c = Cases.builder(AWAITING_EVIDENCE).assignee("ana")
                    .dueAt(Instant.parse("2026-11-22T02:00:00Z")).build();

            Optional<Refusal> refusal = TransitionTable.check(c, PROPOSE_RULING, actor(Role.AGENT), NOW, SETTINGS);

            assertThat(refusal).map(Refusal::message).hasValueSatisfying(m -> assertThat(m)
                    .contains("awaiting evidence until 22 Nov 10:00")
                    .isEqualTo("Cannot propose a ruling: this case is awaiting evidence until 22 Nov 10:00."));
        }

        @Test
        void aStateRefusalWithoutDeadlineSaysNoTime() {
            DisputeCase c = Cases.inState(PENDING_APPROVAL);

            assertThat(TransitionTable.check(c, REQUEST_EVIDENCE, actor(Role.AGENT), NOW, SETTINGS))
                    .map(Refusal::message)
                    .contains("Cannot request evidence: this case is waiting for a supervisor to approve its ruling.");
        }

        @Test
        void aClosedCaseNeverShowsItsOldDeadline() {
            DisputeCase c = Cases.builder(CLOSED).dueAt(NOW.plus(Duration.ofHours(3))).build();

            assertThat(TransitionTable.check(c, CLAIM, actor(Role.AGENT), NOW, SETTINGS))
                    .map(Refusal::message).contains("Cannot claim a case: this case is closed.");
        }

        @Test
        void theStateIsCheckedBeforeTheRole() {
            DisputeCase c = Cases.inState(CLOSED);

            assertThat(TransitionTable.check(c, ISSUE_RULING, actor(Role.TRAINER), NOW, SETTINGS))
                    .map(Refusal::code).contains("refused.state");
        }
    }

    @Nested
    class Preconditions {

        private final Actor ana = Cases.ANA;
        private final Actor sue = Cases.SUE;

        @Test
        void aCaseHeldByAnotherCannotBeClaimed() {
            DisputeCase c = Cases.builder(UNDER_REVIEW).assignee("ben").build();

            assertThat(TransitionTable.check(c, CLAIM, ana, NOW, SETTINGS)).map(Refusal::message)
                    .contains("This case is held by ben.");
            assertThat(TransitionTable.check(c, CLAIM, sue, NOW, SETTINGS)).map(Refusal::message)
                    .contains("This case is held by ben.");
        }

        @Test
        void aCaseOneHoldsCannotBeClaimedAgain() {
            DisputeCase c = Cases.builder(UNDER_REVIEW).assignee("ana").build();

            assertThat(TransitionTable.check(c, CLAIM, ana, NOW, SETTINGS)).map(Refusal::message)
                    .contains("You already hold this case.");
        }

        @Test
        void anAgentWorksOnlyTheCasesItHolds() {
            DisputeCase unheld = Cases.inState(UNDER_REVIEW);
            DisputeCase heldByBen = Cases.builder(UNDER_REVIEW).assignee("ben").build();

            assertThat(TransitionTable.check(unheld, PROPOSE_RULING, ana, NOW, SETTINGS)).map(Refusal::message)
                    .contains("Claim this case first.");
            assertThat(TransitionTable.check(heldByBen, REQUEST_EVIDENCE, ana, NOW, SETTINGS))
                    .map(Refusal::message).contains("This case is held by ben.");
        }

        @Test
        void aSupervisorMayActOnACaseHeldByAnAgent() {
            DisputeCase heldByBen = Cases.builder(UNDER_REVIEW).assignee("ben").build();

            assertThat(TransitionTable.check(heldByBen, PROPOSE_RULING, sue, NOW, SETTINGS)).isEmpty();
        }

        @Test
        void evidenceIsCompleteOnlyWhenNoRequestIsOpen() {
            DisputeCase c = Cases.builder(AWAITING_EVIDENCE)
                    .evidenceRequests(List.of(Cases.openRequest("rq-1", NOW.plus(Duration.ofHours(5))))).build();

            assertThat(TransitionTable.check(c, EVIDENCE_COMPLETE, Actor.PLATFORM, NOW, SETTINGS))
                    .map(Refusal::message).contains("1 evidence request(s) are still open.");
        }

        @Test
        void evidenceTimesOutWhenARequestIsDueNowNotBefore() {
            DisputeCase dueNow = Cases.builder(AWAITING_EVIDENCE)
                    .evidenceRequests(List.of(Cases.openRequest("rq-1", NOW))).build();
            DisputeCase dueLater = Cases.builder(AWAITING_EVIDENCE)
                    .evidenceRequests(List.of(Cases.openRequest("rq-1", NOW.plusSeconds(1)))).build();

            assertThat(TransitionTable.check(dueNow, EVIDENCE_TIMEOUT, Actor.SYSTEM, NOW, SETTINGS)).isEmpty();
            assertThat(TransitionTable.check(dueLater, EVIDENCE_TIMEOUT, Actor.SYSTEM, NOW, SETTINGS))
                    .map(Refusal::message).contains("No evidence request of this case is past due.");
        }

        @Test
        void fulfilmentIsOverdueOnlyOnceItsDeadlinePassed() {
            DisputeCase notYet = Cases.builder(AWAITING_FULFILMENT).dueAt(NOW.plusSeconds(1)).build();
            DisputeCase noDeadline = Cases.inState(AWAITING_FULFILMENT);

            assertThat(TransitionTable.check(notYet, FULFILMENT_TIMEOUT, Actor.SYSTEM, NOW, SETTINGS))
                    .map(Refusal::message).contains("The deadline of this case has not passed.");
            assertThat(TransitionTable.check(noDeadline, FULFILMENT_TIMEOUT, Actor.SYSTEM, NOW, SETTINGS))
                    .map(Refusal::code).contains("refused.notDue");
        }

        @Test
        void theProposerCannotIssueTheirOwnRuling() {
            DisputeCase c = Cases.builder(PENDING_APPROVAL)
                    .ruling(Cases.merchantFullRefund().proposed("sue", NOW.minus(Duration.ofHours(1)))).build();

            assertThat(TransitionTable.check(c, ISSUE_RULING, sue, NOW, SETTINGS)).map(Refusal::message)
                    .contains("The operator who proposed a ruling cannot also issue it; another supervisor must.");
            assertThat(TransitionTable.check(c, ISSUE_RULING, Cases.SAM, NOW, SETTINGS))
                    .isEmpty();
            assertThat(TransitionTable.check(c, ISSUE_RULING, sue, NOW, SETTINGS.withFourEyes(false))).isEmpty();
        }

        @Test
        void onlyAnIssuedRulingCanBeAppealed() {
            DisputeCase withdrawn = Cases.closed(CloseReason.WITHDRAWN);

            assertThat(TransitionTable.check(withdrawn, APPEAL, Actor.PLATFORM, NOW, SETTINGS))
                    .map(Refusal::message).contains("This case has no issued ruling to appeal.");
        }

        @Test
        void theAppealWindowIsThirtyDaysFromIssue() {
            Instant issuedAt = NOW.minus(Duration.ofDays(30));
            DisputeCase c = Cases.builder(AWAITING_FULFILMENT)
                    .ruling(Cases.issuedRuling(Cases.merchantFullRefund(), "ana", "sue", issuedAt)).build();

            assertThat(TransitionTable.check(c, APPEAL, Actor.PLATFORM, NOW, SETTINGS)).isEmpty();
            assertThat(TransitionTable.check(c, APPEAL, Actor.PLATFORM, NOW.plusSeconds(1), SETTINGS))
                    .map(Refusal::message).contains("The appeal window closed on 20 Nov 10:00.");
        }
    }

    @Nested
    class Outcomes {

        @ParameterizedTest(name = "{0} / {1}")
        @MethodSource("com.arbitra.domain.TransitionTableTest#rulingOutcomes")
        void anIssuedRulingLeadsWhereItsRemedySays(Responsibility responsibility, Remedy remedy, Outcome outcome) {
            Ruling ruling = Cases.ruling(responsibility, remedy, Cases.PAID, Cases.merchantObligation("ACT"));

            assertThat(TransitionTable.outcome(Cases.inState(PENDING_APPROVAL), ISSUE_RULING, ruling))
                    .isEqualTo(outcome);
        }

        @ParameterizedTest
        @EnumSource(value = CaseState.class, names = {"AWAITING_RETURN", "AWAITING_FULFILMENT"})
        void upholdingReturnsToTheStateBeforeTheAppeal(CaseState before) {
            DisputeCase c = Cases.builder(APPEALED).stateBeforeAppeal(before).build();

            assertThat(TransitionTable.outcome(c, UPHOLD_RULING, null)).isEqualTo(Outcome.to(before));
        }

        @Test
        void upholdingAClosedCaseRestoresItsCloseReason() {
            DisputeCase c = Cases.builder(APPEALED).stateBeforeAppeal(CLOSED)
                    .closeReasonBeforeAppeal(CloseReason.FULFILMENT_PROOF_INVALID).build();

            assertThat(TransitionTable.outcome(c, UPHOLD_RULING, null))
                    .isEqualTo(Outcome.closed(CloseReason.FULFILMENT_PROOF_INVALID));
        }

        @Test
        void theFirstRejectedProofGetsAnotherChanceTheSecondCloses() {
            DisputeCase first = Cases.inState(VERIFYING_FULFILMENT);
            DisputeCase second = Cases.builder(VERIFYING_FULFILMENT).proofRejections(1).build();

            assertThat(TransitionTable.outcome(first, REJECT_PROOF, null)).isEqualTo(Outcome.to(AWAITING_FULFILMENT));
            assertThat(TransitionTable.outcome(second, REJECT_PROOF, null))
                    .isEqualTo(Outcome.closed(CloseReason.FULFILMENT_PROOF_INVALID));
        }
    }

    static Stream<Arguments> rulingOutcomes() {
        return Stream.of(
                arguments(Responsibility.MERCHANT, Remedy.FULL_REFUND, Outcome.to(AWAITING_FULFILMENT)),
                arguments(Responsibility.SHARED, Remedy.PARTIAL_REFUND, Outcome.to(AWAITING_FULFILMENT)),
                arguments(Responsibility.MERCHANT, Remedy.RESHIP, Outcome.to(AWAITING_FULFILMENT)),
                arguments(Responsibility.MERCHANT, Remedy.RETURN_AND_REFUND, Outcome.to(AWAITING_RETURN)),
                arguments(Responsibility.CONSUMER, Remedy.NO_ACTION, Outcome.closed(CloseReason.NO_MERCHANT_LIABILITY)),
                arguments(Responsibility.NONE, Remedy.NO_ACTION, Outcome.closed(CloseReason.NO_MERCHANT_LIABILITY)));
    }

    private static Actor actor(Role role) {
        return switch (role) {
            case AGENT -> Cases.ANA;
            case SUPERVISOR -> Cases.SUE;
            case TRAINER -> Actor.operator("tom", Role.TRAINER);
            case PLATFORM -> Actor.PLATFORM;
            case SYSTEM -> Actor.SYSTEM;
        };
    }

    /**
     * The fixture case in {@code state}, made so that the action's own rules hold for the actor: the actor
     * holds the case (nobody does, to claim it), deadlines have passed for timeouts, a ruling proposed by
     * someone else waits to be issued, and an issued ruling is 29 days old for an appeal.
     */
    private static DisputeCase readyFor(CaseAction action, CaseState state, Actor actor) {
        DisputeCase.Builder b = Cases.builder(state).assignee(action == CLAIM ? null : actor.name());
        switch (action) {
            case EVIDENCE_TIMEOUT -> b.evidenceRequests(List.of(Cases.openRequest("rq-1", NOW.minusSeconds(1))));
            case RETURN_TIMEOUT, FULFILMENT_TIMEOUT -> b.dueAt(NOW.minusSeconds(1));
            case ISSUE_RULING -> b.ruling(Cases.merchantFullRefund().proposed("ana", NOW.minus(Duration.ofHours(1))));
            case APPEAL -> b.ruling(Cases.issuedRuling(Cases.merchantFullRefund(), "ana", "sue",
                    NOW.minus(Duration.ofDays(29))));
            default -> { }
        }
        return b.build();
    }
}
