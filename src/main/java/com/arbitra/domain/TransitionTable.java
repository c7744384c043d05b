package com.arbitra.domain;

import static com.arbitra.domain.CaseAction.*;
import static com.arbitra.domain.CaseState.*;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The state table of dispute-rules §3 as data: every allowed (action, state, role) is a row here, and
 * anything else is refused with a sentence saying why.
 */
public final class TransitionTable {

    private static final Set<Role> OPERATORS = EnumSet.of(Role.AGENT, Role.SUPERVISOR);
    private static final Set<Role> SUPERVISOR_ONLY = EnumSet.of(Role.SUPERVISOR);
    private static final Set<Role> PLATFORM_ONLY = EnumSet.of(Role.PLATFORM);
    private static final Set<Role> SYSTEM_ONLY = EnumSet.of(Role.SYSTEM);
    private static final Set<Role> PLATFORM_OR_SYSTEM = EnumSet.of(Role.PLATFORM, Role.SYSTEM);
    static final String FOUR_EYES = "The operator who proposed a ruling cannot also issue it; another supervisor must.";
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private static final List<Transition> ROWS = List.of(
            row(REQUEST_INTERVENTION, EnumSet.of(NEGOTIATION), PLATFORM_ONLY, to(INTERVENTION_REQUESTED)),
            row(SETTLE, EnumSet.of(NEGOTIATION), PLATFORM_ONLY, closed(CloseReason.SETTLED_BY_NEGOTIATION)),
            row(WITHDRAW, CaseState.open(), PLATFORM_ONLY, closed(CloseReason.WITHDRAWN)),
            row(OPEN_PROACTIVE_INTERVENTION, without(CaseState.open(), INTERVENTION_REQUESTED), SUPERVISOR_ONLY,
                    to(INTERVENTION_REQUESTED)),
            row(CLAIM, CaseState.working(), OPERATORS, startReview(), TransitionTable::notHeld),
            row(ASSIGN, CaseState.working(), SUPERVISOR_ONLY, startReview()),
            row(REQUEST_EVIDENCE, EnumSet.of(UNDER_REVIEW, AWAITING_EVIDENCE), OPERATORS, to(AWAITING_EVIDENCE),
                    TransitionTable::heldByAgent),
            row(EVIDENCE_COMPLETE, EnumSet.of(AWAITING_EVIDENCE), PLATFORM_OR_SYSTEM, to(UNDER_REVIEW),
                    TransitionTable::noOpenRequest),
            row(EVIDENCE_TIMEOUT, EnumSet.of(AWAITING_EVIDENCE), SYSTEM_ONLY, to(UNDER_REVIEW),
                    TransitionTable::requestPastDue),
            row(PROPOSE_RULING, EnumSet.of(UNDER_REVIEW), OPERATORS, to(PENDING_APPROVAL),
                    TransitionTable::heldByAgent),
            row(RETURN_RULING, EnumSet.of(PENDING_APPROVAL), SUPERVISOR_ONLY, to(UNDER_REVIEW)),
            row(ISSUE_RULING, EnumSet.of(PENDING_APPROVAL, UNDER_REVIEW), SUPERVISOR_ONLY, byRuling(),
                    TransitionTable::fourEyes),
            row(RETURN_DELIVERED, EnumSet.of(AWAITING_RETURN), PLATFORM_ONLY, to(AWAITING_FULFILMENT)),
            row(RETURN_FAILED, EnumSet.of(AWAITING_RETURN), PLATFORM_ONLY, to(UNDER_REVIEW)),
            row(RETURN_TIMEOUT, EnumSet.of(AWAITING_RETURN), SYSTEM_ONLY, to(UNDER_REVIEW),
                    TransitionTable::pastDue),
            row(PROOF_SUBMITTED, EnumSet.of(AWAITING_FULFILMENT), PLATFORM_ONLY, to(VERIFYING_FULFILMENT)),
            row(FULFILMENT_TIMEOUT, EnumSet.of(AWAITING_FULFILMENT), SYSTEM_ONLY, to(FULFILMENT_OVERDUE),
                    TransitionTable::pastDue),
            row(VERIFY_PROOF, EnumSet.of(VERIFYING_FULFILMENT), OPERATORS, closed(CloseReason.FULFILLED),
                    TransitionTable::heldByAgent),
            row(REJECT_PROOF, EnumSet.of(VERIFYING_FULFILMENT), OPERATORS,
                    Transition.Target.of((c, r) -> c.proofRejections() == 0
                            ? Outcome.to(AWAITING_FULFILMENT)
                            : Outcome.closed(CloseReason.FULFILMENT_PROOF_INVALID),
                            from -> EnumSet.of(AWAITING_FULFILMENT, CLOSED)),
                    TransitionTable::heldByAgent),
            row(APPLY_ADVANCE_PAYMENT, EnumSet.of(FULFILMENT_OVERDUE), SUPERVISOR_ONLY,
                    closed(CloseReason.PLATFORM_PAID)),
            row(APPLY_MEASURE, EnumSet.of(FULFILMENT_OVERDUE), SUPERVISOR_ONLY, stay()),
            row(APPEAL, EnumSet.of(AWAITING_FULFILMENT, AWAITING_RETURN, CLOSED), PLATFORM_ONLY, to(APPEALED),
                    TransitionTable::withinAppealWindow),
            row(UPHOLD_RULING, EnumSet.of(APPEALED), SUPERVISOR_ONLY, Transition.Target.of((c, r) ->
                    c.stateBeforeAppeal() == CLOSED
                            ? Outcome.closed(c.closeReasonBeforeAppeal())
                            : Outcome.to(c.stateBeforeAppeal() == null ? AWAITING_FULFILMENT : c.stateBeforeAppeal()),
                    from -> find(APPEAL, CLOSED).orElseThrow().from())),
            row(REPLACE_RULING, EnumSet.of(APPEALED), SUPERVISOR_ONLY, byRuling()),
            row(REOPEN, EnumSet.of(CLOSED), PLATFORM_ONLY, to(INTERVENTION_REQUESTED)),
            row(ADD_NOTE, EnumSet.allOf(CaseState.class), OPERATORS, stay()),
            row(ASSESS_EVIDENCE, CaseState.working(), OPERATORS, stay(), TransitionTable::heldByAgent));

    private TransitionTable() {
    }

    public static List<Transition> rows() {
        return ROWS;
    }

    /** A move of a case's state that some row of the table makes, and the roles whose rows make it. */
    public record StateChange(CaseState from, CaseState to, Set<Role> roles) {
    }

    /** Every change of state the table can make (a row that keeps the state makes none). */
    public static List<StateChange> stateChanges() {
        java.util.Map<List<CaseState>, Set<Role>> moves = new java.util.LinkedHashMap<>();
        for (Transition t : ROWS) {
            for (CaseState from : t.from()) {
                for (CaseState to : t.target().reach(from)) {
                    if (to != from) {
                        moves.computeIfAbsent(List.of(from, to), k -> EnumSet.noneOf(Role.class)).addAll(t.roles());
                    }
                }
            }
        }
        List<StateChange> changes = new ArrayList<>();
        moves.forEach((k, roles) -> changes.add(new StateChange(k.get(0), k.get(1), Set.copyOf(roles))));
        return List.copyOf(changes);
    }

    public static Optional<Transition> find(CaseAction action, CaseState state) {
        return ROWS.stream().filter(t -> t.action() == action && t.from().contains(state)).findFirst();
    }

    /**
     * Whether the actor may take the action on the case now: empty when allowed, otherwise why not.
     * The state is checked first, then the role, then the row's own rules.
     */
    public static Optional<Refusal> check(DisputeCase c, CaseAction action, Actor actor, Instant now,
                                          WorkflowSettings settings) {
        Optional<Transition> row = find(action, c.state());
        if (row.isEmpty()) {
            return Optional.of(stateRefusal(c, action, settings));
        }
        Transition t = row.get();
        if (!t.roles().contains(actor.role())) {
            return Optional.of(roleRefusal(action));
        }
        for (Transition.Precondition p : t.preconditions()) {
            Optional<Refusal> refusal = p.test(c, actor, now, settings);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** Where the action leads from the case's state; call only after {@link #check} allowed it. */
    public static Outcome outcome(DisputeCase c, CaseAction action, Ruling ruling) {
        return find(action, c.state()).orElseThrow().target().resolve(c, ruling);
    }

    static Refusal stateRefusal(DisputeCase c, CaseAction action, WorkflowSettings settings) {
        String until = c.dueAt() == null || !c.state().isOpen()
                ? ""
                : " until " + DEADLINE.format(c.dueAt().atZone(settings.zone()));
        return Refusal.of("refused.state", "Cannot " + action.phrase() + ": this case is "
                + c.state().description() + until + ".", action, c.state(), c.dueAt());
    }

    /** Whether some row of the table lets this role take the action, in some state. */
    public static boolean mayEverTake(CaseAction action, Role role) {
        return ROWS.stream().anyMatch(t -> t.action() == action && t.roles().contains(role));
    }

    static Refusal roleRefusal(CaseAction action) {
        Set<Role> allowed = EnumSet.noneOf(Role.class);
        ROWS.stream().filter(t -> t.action() == action).forEach(t -> allowed.addAll(t.roles()));
        String who = allowed.stream().map(Role::withArticle).collect(Collectors.joining(" or "));
        return Refusal.of("refused.role", "Only " + who + " can " + action.phrase() + ".", action, allowed);
    }

    private static Optional<Refusal> notHeld(DisputeCase c, Actor actor, Instant now, WorkflowSettings s) {
        if (c.assignee() == null) {
            return Optional.empty();
        }
        if (c.isHeldBy(actor.name())) {
            return Optional.of(Refusal.of("refused.alreadyYours", "You already hold this case."));
        }
        return Optional.of(Refusal.of("refused.heldBy", "This case is held by " + c.assignee() + ".",
                c.assignee()));
    }

    /** Agents work only the cases they hold; supervisors may act on any case. */
    private static Optional<Refusal> heldByAgent(DisputeCase c, Actor actor, Instant now, WorkflowSettings s) {
        if (actor.role() != Role.AGENT || c.isHeldBy(actor.name())) {
            return Optional.empty();
        }
        if (c.assignee() == null) {
            return Optional.of(Refusal.of("refused.claimFirst", "Claim this case first."));
        }
        return Optional.of(Refusal.of("refused.heldBy", "This case is held by " + c.assignee() + ".",
                c.assignee()));
    }

    private static Optional<Refusal> noOpenRequest(DisputeCase c, Actor actor, Instant now, WorkflowSettings s) {
        long open = c.openRequests().size();
        return open == 0 ? Optional.empty()
                : Optional.of(Refusal.of("refused.requestsOpen", open + " evidence request(s) are still open.",
                        open));
    }

    private static Optional<Refusal> requestPastDue(DisputeCase c, Actor actor, Instant now,
                                                    WorkflowSettings s) {
        boolean due = c.openRequests().stream().anyMatch(r -> r.dueAt() != null && !r.dueAt().isAfter(now));
        return due ? Optional.empty()
                : Optional.of(Refusal.of("refused.notDue", "No evidence request of this case is past due."));
    }

    private static Optional<Refusal> pastDue(DisputeCase c, Actor actor, Instant now, WorkflowSettings s) {
        return c.dueAt() != null && !c.dueAt().isAfter(now) ? Optional.empty()
                : Optional.of(Refusal.of("refused.notDue", "The deadline of this case has not passed."));
    }

    /**
     * With the four-eyes setting on, a supervisor issues only a ruling someone else proposed: never
     * their own proposal, and never one of their own straight from review (the workflow checks the
     * ruling actually issued the same way).
     */
    private static Optional<Refusal> fourEyes(DisputeCase c, Actor actor, Instant now, WorkflowSettings s) {
        Ruling r = c.ruling();
        if (s.fourEyes() && (r == null || r.isIssued() || r.proposedBy() == null
                || actor.name().equals(r.proposedBy()))) {
            return Optional.of(Refusal.of("refused.fourEyes", FOUR_EYES));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> withinAppealWindow(DisputeCase c, Actor actor, Instant now,
                                                        WorkflowSettings s) {
        Optional<Ruling> issued = c.issuedRuling();
        if (issued.isEmpty()) {
            return Optional.of(Refusal.of("refused.noRuling", "This case has no issued ruling to appeal."));
        }
        Instant last = issued.get().issuedAt().plus(s.appealWindow());
        if (now.isAfter(last)) {
            return Optional.of(Refusal.of("refused.appealWindow", "The appeal window closed on "
                    + DEADLINE.format(last.atZone(s.zone())) + ".", last));
        }
        return Optional.empty();
    }

    private static Transition row(CaseAction action, Set<CaseState> from, Set<Role> roles, Transition.Target target,
                                  Transition.Precondition... preconditions) {
        return new Transition(action, from, roles, target, List.of(preconditions));
    }

    private static Transition.Target to(CaseState state) {
        return Transition.Target.of((c, r) -> Outcome.to(state), from -> EnumSet.of(state));
    }

    private static Transition.Target closed(CloseReason reason) {
        return Transition.Target.of((c, r) -> Outcome.closed(reason), from -> EnumSet.of(CLOSED));
    }

    private static Transition.Target stay() {
        return Transition.Target.of((c, r) -> new Outcome(c.state(), c.closeReason()), EnumSet::of);
    }

    /** Claiming or assigning a waiting case starts its review; elsewhere the state stays. */
    private static Transition.Target startReview() {
        return Transition.Target.of((c, r) -> Outcome.to(reviewFrom(c.state())), from -> EnumSet.of(reviewFrom(from)));
    }

    private static CaseState reviewFrom(CaseState s) {
        return s == INTERVENTION_REQUESTED ? UNDER_REVIEW : s;
    }

    /** An issued ruling leads to the return, the fulfilment, or closes the case (§3). */
    private static Transition.Target byRuling() {
        return Transition.Target.of((c, r) -> {
            if (r == null) {
                throw new IllegalArgumentException("a ruling is needed to resolve this transition");
            }
            if (r.remedy() == Remedy.RETURN_AND_REFUND) {
                return Outcome.to(AWAITING_RETURN);
            }
            return r.requiresFulfilment() ? Outcome.to(AWAITING_FULFILMENT)
                    : Outcome.closed(CloseReason.NO_MERCHANT_LIABILITY);
        }, from -> EnumSet.of(AWAITING_RETURN, AWAITING_FULFILMENT, CLOSED));
    }

    private static Set<CaseState> without(Set<CaseState> states, CaseState removed) {
        List<CaseState> copy = new ArrayList<>(states);
        copy.remove(removed);
        return EnumSet.copyOf(copy);
    }
}
