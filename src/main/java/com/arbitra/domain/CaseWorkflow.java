package com.arbitra.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies the state table to cases: each method checks the rules, then returns the next value of the
 * case. It never stores anything; the services do that.
 */
public final class CaseWorkflow {

    /** The actions an operator may see on a case, in the order the console lists them. */
    public static final List<CaseAction> OPERATOR_ACTIONS = List.of(CaseAction.CLAIM, CaseAction.ASSIGN,
            CaseAction.REQUEST_EVIDENCE, CaseAction.ASSESS_EVIDENCE, CaseAction.PROPOSE_RULING,
            CaseAction.RETURN_RULING, CaseAction.ISSUE_RULING, CaseAction.VERIFY_PROOF, CaseAction.REJECT_PROOF,
            CaseAction.APPLY_ADVANCE_PAYMENT, CaseAction.APPLY_MEASURE, CaseAction.UPHOLD_RULING,
            CaseAction.REPLACE_RULING, CaseAction.OPEN_PROACTIVE_INTERVENTION, CaseAction.ADD_NOTE);

    private final WorkflowSettings settings;
    private final Clock clock;

    public CaseWorkflow(WorkflowSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * What is wrong with a draft ruling if this actor proposed (or, as a supervisor, issued) it now:
     * the same rules {@link #proposeRuling} and {@link #issueRuling} apply, for the form's live check.
     * Obligations without a due time count as due at the default time.
     */
    public List<RulingRules.Violation> checkDraft(DisputeCase c, Actor actor, Ruling draft) {
        return RulingRules.check(prepared(draft, c), c, actor.role(), settings);
    }

    /** The draft as it would be saved: default due times, and marked when decided on collected evidence. */
    public Ruling prepared(Ruling draft, DisputeCase c) {
        if (draft == null || draft.isIssued()) {
            return draft;
        }
        return draft.withDraft(RulingRules.withDefaultDueTimes(draft.obligations(), clock.instant(),
                settings.fulfilment()), draft.decidedOnCollectedEvidence()
                || c.hasFlag(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE));
    }

    public WorkflowSettings settings() {
        return settings;
    }

    public Instant now() {
        return clock.instant();
    }

    public Optional<Refusal> check(DisputeCase c, CaseAction action, Actor actor) {
        return TransitionTable.check(c, action, actor, clock.instant(), settings);
    }

    /**
     * Each operator action the actor's role may ever take, with why it is refused now, or empty where it
     * is allowed. A supervisor's actions are not an agent's to see greyed on every case (they took two of
     * the case file's four rows of actions in Spanish at 1366 px).
     */
    public Map<CaseAction, Optional<Refusal>> actionsFor(DisputeCase c, Actor actor) {
        Map<CaseAction, Optional<Refusal>> out = new LinkedHashMap<>();
        for (CaseAction a : OPERATOR_ACTIONS) {
            if (TransitionTable.mayEverTake(a, actor.role())) {
                out.put(a, check(c, a, actor));
            }
        }
        return out;
    }

    public DisputeCase claim(DisputeCase c, Actor actor) {
        return begin(c, CaseAction.CLAIM, actor, null).assignee(actor.name()).build();
    }

    public DisputeCase assign(DisputeCase c, Actor actor, String assignee) {
        requireText(assignee, "assignee", "Choose an operator to assign the case to.");
        return begin(c, CaseAction.ASSIGN, actor, null).assignee(assignee).build();
    }

    /** Asks a party for evidence; the case waits until the earliest open request is due. */
    public DisputeCase requestEvidence(DisputeCase c, Actor actor, Party party, List<EvidenceCategory> categories,
                                       String instructions, Instant dueAt, List<NotificationChannel> channels) {
        Objects.requireNonNull(party, "party");
        if (categories == null || categories.isEmpty()) {
            throw refused("refused.request.categories", "Choose at least one evidence category.");
        }
        Instant now = clock.instant();
        Instant due = dueAt == null ? now.plus(settings.evidence()) : dueAt;
        if (!due.isAfter(now)) {
            throw refused("refused.request.due", "The due time of a request must be in the future.");
        }
        List<Notification> notifications = channels == null ? List.of()
                : channels.stream().map(ch -> new Notification(ch, null, null)).toList();
        EvidenceRequest request = new EvidenceRequest(newId("rq"), party, categories, instructions, now, due,
                RequestStatus.OPEN, notifications);
        DisputeCase.Builder b = begin(c, CaseAction.REQUEST_EVIDENCE, actor, null).addEvidenceRequest(request);
        DisputeCase next = b.build();
        return next.toBuilder().dueAt(earliestOpenDue(next)).build();
    }

    public DisputeCase proposeRuling(DisputeCase c, Actor actor, Ruling draft) {
        require(c, CaseAction.PROPOSE_RULING, actor);
        Ruling ready = prepared(draft, c);
        requireValid(ready, c, actor);
        Instant now = clock.instant();
        Ruling ruling = withId(ready).proposed(actor.name(), now);
        return begin(c, CaseAction.PROPOSE_RULING, actor, ruling).ruling(ruling).build();
    }

    public DisputeCase returnRuling(DisputeCase c, Actor actor, String comment) {
        requireText(comment, "comment", "Say why the ruling is returned.");
        DisputeCase.Builder b = begin(c, CaseAction.RETURN_RULING, actor, null);
        return b.ruling(c.ruling().returned(actor.name(), clock.instant(), comment.strip())).build();
    }

    /**
     * Issues a ruling: the proposed one when {@code ruling} is null, or the supervisor's own (from
     * UNDER_REVIEW). Once issued it is final.
     */
    public DisputeCase issueRuling(DisputeCase c, Actor actor, Ruling ruling) {
        require(c, CaseAction.ISSUE_RULING, actor);
        Ruling toIssue = ruling != null ? withId(prepared(ruling, c)) : c.ruling();
        if (toIssue == null || (c.state() == CaseState.PENDING_APPROVAL && ruling != null
                && c.ruling() != null && !c.ruling().rulingId().equals(toIssue.rulingId()))) {
            throw refused("refused.issue.noProposal", "There is no proposed ruling to issue.");
        }
        if (toIssue.isIssued()) {
            throw refused("refused.issue.final", "This ruling is already issued; only an appeal can replace it.");
        }
        if (settings.fourEyes() && (toIssue.proposedBy() == null || toIssue.proposedBy().equals(actor.name()))) {
            throw refused("refused.fourEyes", TransitionTable.FOUR_EYES);
        }
        requireValid(toIssue, c, actor);
        Ruling issued = toIssue.issued(actor.name(), clock.instant());
        return afterRuling(begin(c, CaseAction.ISSUE_RULING, actor, issued), issued).build();
    }

    public DisputeCase verifyProof(DisputeCase c, Actor actor, String note) {
        DisputeCase.Builder b = begin(c, CaseAction.VERIFY_PROOF, actor, null);
        return b.fulfilment(verified(c, actor, VerificationStatus.VERIFIED, note)).build();
    }

    /** The first rejection gives the merchant a new deadline; the second closes the case as invalid. */
    public DisputeCase rejectProof(DisputeCase c, Actor actor, String note) {
        requireText(note, "note", "Say why the proof is rejected.");
        DisputeCase.Builder b = begin(c, CaseAction.REJECT_PROOF, actor, null)
                .proofRejections(c.proofRejections() + 1);
        Fulfilment f = verified(c, actor, VerificationStatus.INVALID, note);
        DisputeCase next = b.build();
        if (next.state() == CaseState.AWAITING_FULFILMENT) {
            f = f.withDueAt(next.dueAt());
        }
        return next.toBuilder().fulfilment(f).build();
    }

    public DisputeCase applyAdvancePayment(DisputeCase c, Actor actor) {
        return begin(c, CaseAction.APPLY_ADVANCE_PAYMENT, actor, null).build();
    }

    public DisputeCase applyMeasure(DisputeCase c, Actor actor, Measure measure) {
        Objects.requireNonNull(measure, "measure");
        if (measure == Measure.ADVANCE_PAYMENT) {
            return applyAdvancePayment(c, actor);
        }
        return begin(c, CaseAction.APPLY_MEASURE, actor, null).build();
    }

    public DisputeCase openProactiveIntervention(DisputeCase c, Actor actor, String reason) {
        requireText(reason, "reason", "Say why the platform intervenes.");
        Instant now = clock.instant();
        return begin(c, CaseAction.OPEN_PROACTIVE_INTERVENTION, actor, null).assignee(null)
                .intervention(new Intervention(now, InterventionTrigger.PROACTIVE, reason.strip())).build();
    }

    public DisputeCase upholdRuling(DisputeCase c, Actor actor, String reason) {
        requireText(reason, "reason", "Say why the ruling is upheld.");
        DisputeCase next = begin(c, CaseAction.UPHOLD_RULING, actor, null).stateBeforeAppeal(null)
                .closeReasonBeforeAppeal(null).build();
        if (next.state() == CaseState.AWAITING_FULFILMENT) {
            return next.toBuilder().fulfilment(fulfilmentDue(next, next.dueAt())).build();
        }
        return next;
    }

    public DisputeCase replaceRuling(DisputeCase c, Actor actor, Ruling replacement, String reason) {
        requireText(reason, "reason", "Say why the ruling is replaced.");
        require(c, CaseAction.REPLACE_RULING, actor);
        replacement = prepared(replacement, c);
        requireValid(replacement, c, actor);
        Ruling fresh = new Ruling(newId("r"), replacement.responsibility(), replacement.remedy(),
                replacement.amount(), replacement.basis(), replacement.citedEvidence(), replacement.rationale(),
                replacement.decidedOnCollectedEvidence(), replacement.obligations(), replacement.measures(),
                actor.name(), clock.instant(), null, null, null, null, null).issued(actor.name(), clock.instant());
        DisputeCase.Builder b = begin(c, CaseAction.REPLACE_RULING, actor, fresh);
        return afterRuling(b, fresh).stateBeforeAppeal(null).closeReasonBeforeAppeal(null).build();
    }

    public DisputeCase addNote(DisputeCase c, Actor actor, String text) {
        requireText(text, "note", "A note needs some text.");
        InternalNote note = new InternalNote(newId("n"), actor.name(), clock.instant(), text.strip());
        return begin(c, CaseAction.ADD_NOTE, actor, null).addNote(note).build();
    }

    public DisputeCase assessEvidence(DisputeCase c, Actor actor, String evidenceId, Assessment assessment,
                                      String note) {
        EvidenceItem item = c.evidenceItem(evidenceId).orElseThrow(() -> refused("refused.evidence.unknown",
                "Evidence " + evidenceId + " is not part of this case."));
        if (assessment == null || assessment == Assessment.UNREVIEWED) {
            throw refused("refused.assessment.missing", "Choose accepted, disputed or rejected as false.");
        }
        if (assessment != Assessment.ACCEPTED && (note == null || note.isBlank())) {
            throw refused("refused.assessment.note", "Say why the evidence is disputed or rejected.");
        }
        DisputeCase.Builder b = begin(c, CaseAction.ASSESS_EVIDENCE, actor, null);
        List<EvidenceItem> items = new ArrayList<>(c.evidence());
        items.replaceAll(e -> e == item ? e.assessed(assessment, note == null ? null : note.strip(), actor.name(),
                clock.instant()) : e);
        return b.evidence(items).build();
    }

    /**
     * What the platform did, as its bundles report it: the state moves as the table says for the
     * platform, e.g. a withdrawal, a delivered return, a proof, an appeal or a reopened complaint.
     */
    public DisputeCase platformAction(DisputeCase c, CaseAction action) {
        DisputeCase.Builder b = begin(c, action, Actor.PLATFORM, null);
        switch (action) {
            case APPEAL -> b.stateBeforeAppeal(c.state()).closeReasonBeforeAppeal(c.closeReason());
            case REOPEN -> b.assignee(null).complaint(c.complaint() == null ? null
                    : c.complaint().withComplaintCount(c.complaint().complaintCount() + 1));
            case RETURN_FAILED -> b.flag(CaseFlag.RETURN_OVERDUE);
            case RETURN_DELIVERED -> b.unflag(CaseFlag.RETURN_OVERDUE).fulfilment(fulfilmentDue(c, b.build().dueAt()));
            default -> { }
        }
        return b.build();
    }

    /**
     * The timeout due on this case now, if any (dispute-rules §3: evidence timeout, return overdue,
     * fulfilment overdue), already applied.
     */
    public Optional<Step> nextTimeout(DisputeCase c) {
        Instant now = clock.instant();
        for (CaseAction a : List.of(CaseAction.EVIDENCE_TIMEOUT, CaseAction.RETURN_TIMEOUT,
                CaseAction.FULFILMENT_TIMEOUT)) {
            if (TransitionTable.check(c, a, Actor.SYSTEM, now, settings).isEmpty()) {
                return Optional.of(new Step(a, applyTimeout(c, a, now)));
            }
        }
        return Optional.empty();
    }

    /** Every timeout due now, one after another (a case may pass more than one deadline while closed down). */
    public List<Step> applyTimeouts(DisputeCase c) {
        List<Step> steps = new ArrayList<>();
        Optional<Step> step = nextTimeout(c);
        while (step.isPresent()) {
            steps.add(step.get());
            step = nextTimeout(step.get().after());
        }
        return steps;
    }

    /** One automatic change: the action taken and the case after it. */
    public record Step(CaseAction action, DisputeCase after) {
    }

    private DisputeCase applyTimeout(DisputeCase c, CaseAction a, Instant now) {
        DisputeCase.Builder b = begin(c, a, Actor.SYSTEM, null);
        switch (a) {
            case EVIDENCE_TIMEOUT -> {
                List<EvidenceRequest> requests = new ArrayList<>(c.evidenceRequests());
                requests.replaceAll(r -> r.isOpen() && r.dueAt() != null && !r.dueAt().isAfter(now)
                        ? r.withStatus(RequestStatus.TIMED_OUT) : r);
                b.evidenceRequests(requests).flag(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE);
                DisputeCase next = b.build();
                if (!next.openRequests().isEmpty()) {
                    // other requests are still running: keep waiting for them
                    return next.toBuilder().moveTo(CaseState.AWAITING_EVIDENCE, null, c.stateSince())
                            .dueAt(earliestOpenDue(next)).build();
                }
                return next;
            }
            case RETURN_TIMEOUT -> b.flag(CaseFlag.RETURN_OVERDUE);
            default -> { }
        }
        return b.build();
    }

    private DisputeCase.Builder afterRuling(DisputeCase.Builder b, Ruling issued) {
        DisputeCase next = b.ruling(issued).build();
        // a new ruling starts afresh: the merchant again gets one rejected proof before the case closes
        DisputeCase.Builder out = next.toBuilder().unflag(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE)
                .unflag(CaseFlag.RETURN_OVERDUE).proofRejections(0);
        if (next.state() == CaseState.AWAITING_FULFILMENT) {
            out.fulfilment(fulfilmentDue(next, next.dueAt()));
        }
        return out;
    }

    private static Fulfilment fulfilmentDue(DisputeCase c, Instant due) {
        return c.fulfilment() == null ? new Fulfilment(due, List.of(), null) : c.fulfilment().withDueAt(due);
    }

    private Fulfilment verified(DisputeCase c, Actor actor, VerificationStatus status, String note) {
        Fulfilment f = c.fulfilment() == null ? new Fulfilment(null, List.of(), null) : c.fulfilment();
        return f.withVerification(new Verification(status, actor.name(), clock.instant(),
                note == null ? null : note.strip()));
    }

    private void require(DisputeCase c, CaseAction action, Actor actor) {
        Optional<Refusal> refusal = check(c, action, actor);
        if (refusal.isPresent()) {
            throw new RefusedException(refusal.get());
        }
    }

    /** Checks the table, then moves the case to where the action leads, with that state's deadline. */
    private DisputeCase.Builder begin(DisputeCase c, CaseAction action, Actor actor, Ruling ruling) {
        require(c, action, actor);
        Instant now = clock.instant();
        Outcome outcome = TransitionTable.outcome(c, action, ruling);
        DisputeCase.Builder b = c.toBuilder().updatedBy(actor.name()).updatedAt(now);
        if (outcome.state() != c.state() || outcome.closeReason() != c.closeReason()) {
            b.moveTo(outcome.state(), outcome.closeReason(), now).dueAt(deadline(outcome.state(), c, now));
        }
        if (outcome.state() == CaseState.INTERVENTION_REQUESTED && c.state() != CaseState.INTERVENTION_REQUESTED) {
            b.assignee(null);
        }
        return b;
    }

    /** The deadline of a state entered now (dispute-rules §3). */
    private Instant deadline(CaseState state, DisputeCase c, Instant now) {
        return switch (state) {
            case NEGOTIATION -> now.plus(settings.negotiation());
            case INTERVENTION_REQUESTED -> now.plus(settings.firstReview());
            case AWAITING_EVIDENCE -> earliestOpenDue(c);
            case AWAITING_RETURN -> now.plus(settings.returnPeriod());
            case AWAITING_FULFILMENT -> now.plus(settings.fulfilment());
            default -> null;
        };
    }

    private static Instant earliestOpenDue(DisputeCase c) {
        return c.openRequests().stream().map(EvidenceRequest::dueAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private void requireValid(Ruling r, DisputeCase c, Actor actor) {
        if (r == null) {
            throw refused("refused.ruling.missing", "A ruling is needed.");
        }
        List<RulingRules.Violation> violations = RulingRules.check(r, c, actor.role(), settings);
        if (!violations.isEmpty()) {
            throw refused(violations.get(0).code(), violations.get(0).message());
        }
    }

    private static Ruling withId(Ruling r) {
        if (r.rulingId() != null) {
            return r;
        }
        return new Ruling(newId("r"), r.responsibility(), r.remedy(), r.amount(), r.basis(), r.citedEvidence(),
                r.rationale(), r.decidedOnCollectedEvidence(), r.obligations(), r.measures(), r.proposedBy(),
                r.proposedAt(), r.issuedBy(), r.issuedAt(), r.returnedBy(), r.returnedAt(), r.returnComment());
    }

    private static void requireText(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw refused("refused." + field + ".missing", message);
        }
    }

    private static RefusedException refused(String code, String message) {
        return new RefusedException(Refusal.of(code, message));
    }

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
