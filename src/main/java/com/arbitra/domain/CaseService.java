package com.arbitra.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Operators' work on cases. Each call is one transaction: load the case, let {@link CaseWorkflow}
 * decide, save it with a version check, append the audit record and queue the export action.
 */
public final class CaseService {

    private final Store store;
    private final CaseWorkflow workflow;
    private final TrainingService training;

    public CaseService(Store store, CaseWorkflow workflow) {
        this(store, workflow, null);
    }

    /** @param training scores the proposals of a training workspace's trainees (null: none are scored) */
    public CaseService(Store store, CaseWorkflow workflow, TrainingService training) {
        this.store = store;
        this.workflow = workflow;
        this.training = training;
    }

    /** A proposal as saved, and in a training workspace the trainee's score for it. */
    public record Proposal(DisputeCase saved, Optional<TrainingService.Feedback> feedback) {
    }

    public CaseWorkflow workflow() {
        return workflow;
    }

    public Optional<DisputeCase> find(String caseId) {
        return store.transaction(u -> u.cases().find(caseId));
    }

    /**
     * What was done to the case here, as its audit records tell it, up to the version {@code seen}
     * (so that the history matches the case on screen): the platform's own events are in its timeline.
     */
    public List<AuditEntry> localHistory(DisputeCase seen) {
        return store.transaction(u -> u.audit().ofCase(seen.caseId())).stream()
                .filter(e -> e.role() != Role.PLATFORM && !e.at().isAfter(seen.updatedAt())).toList();
    }

    public DisputeCase claim(String caseId, Actor actor, long expectedVersion) {
        return change(caseId, actor, expectedVersion, CaseAction.CLAIM, c -> workflow.claim(c, actor),
                c -> Map.of("assignee", actor.name()));
    }

    public DisputeCase assign(String caseId, Actor actor, long expectedVersion, String assignee) {
        return store.transaction(u -> {
            Operator op = u.operators().find(assignee).filter(Operator::active).orElseThrow(() -> new RefusedException(
                    Refusal.of("refused.assign.unknown", "There is no operator named " + assignee + ".", assignee)));
            if (op.role() == Role.TRAINER) {
                throw new RefusedException(Refusal.of("refused.assign.trainer", "Cases go to agents or supervisors, "
                        + "not to trainers."));
            }
            return changeIn(u, caseId, actor, expectedVersion, CaseAction.ASSIGN,
                    c -> workflow.assign(c, actor, assignee), c -> Map.of("assignee", assignee));
        });
    }

    public DisputeCase requestEvidence(String caseId, Actor actor, long expectedVersion, Party party,
                                       List<EvidenceCategory> categories, String instructions, Instant dueAt,
                                       List<NotificationChannel> channels) {
        return change(caseId, actor, expectedVersion, CaseAction.REQUEST_EVIDENCE,
                c -> workflow.requestEvidence(c, actor, party, categories, instructions, dueAt, channels),
                c -> Map.of("request", c.evidenceRequests().get(c.evidenceRequests().size() - 1)));
    }

    /**
     * Asks each party in {@code instructions} (in its order) for the categories, each with its own
     * wording: one request per party, all in one transaction.
     */
    public DisputeCase requestEvidence(String caseId, Actor actor, long expectedVersion,
                                       Map<Party, String> instructions, List<EvidenceCategory> categories,
                                       Instant dueAt, List<NotificationChannel> channels) {
        if (instructions.isEmpty()) {
            throw new RefusedException(Refusal.of("refused.request.party", "Choose whom to ask for evidence."));
        }
        return store.transaction(u -> {
            Long seen = expectedVersion;
            DisputeCase now = null;
            for (Map.Entry<Party, String> e : instructions.entrySet()) {
                now = changeIn(u, caseId, actor, seen, CaseAction.REQUEST_EVIDENCE,
                        c -> workflow.requestEvidence(c, actor, e.getKey(), categories, e.getValue(), dueAt, channels),
                        c -> Map.of("request", c.evidenceRequests().get(c.evidenceRequests().size() - 1)));
                seen = now.version();
            }
            return now;
        });
    }

    public DisputeCase assessEvidence(String caseId, Actor actor, long expectedVersion, String evidenceId,
                                      Assessment assessment, String note) {
        return change(caseId, actor, expectedVersion, CaseAction.ASSESS_EVIDENCE,
                c -> workflow.assessEvidence(c, actor, evidenceId, assessment, note),
                c -> payload("evidenceId", evidenceId, "assessment", assessment, "note", note));
    }

    /** {@link #proposeRuling(String, Actor, long, Ruling, Instant)} without the time the trainee started. */
    public DisputeCase proposeRuling(String caseId, Actor actor, long expectedVersion, Ruling draft) {
        return proposeRuling(caseId, actor, expectedVersion, draft, null).saved();
    }

    /**
     * Proposes the ruling and, when a trainee proposes in a training workspace, scores it against the
     * case's reference, in one transaction: an attempt is never saved without its proposal, nor a
     * proposal without its attempt.
     *
     * @param startedAt when the trainee opened the case (the attempt's time); null when unknown
     */
    public Proposal proposeRuling(String caseId, Actor actor, long expectedVersion, Ruling draft, Instant startedAt) {
        return store.transaction(u -> {
            DisputeCase saved = changeIn(u, caseId, actor, expectedVersion, CaseAction.PROPOSE_RULING,
                    c -> workflow.proposeRuling(c, actor, draft), c -> Map.of("ruling", c.ruling()));
            Optional<TrainingService.Feedback> feedback = training == null ? Optional.empty()
                    : training.scoreIn(u, saved, actor, saved.ruling(), startedAt);
            return new Proposal(saved, feedback);
        });
    }

    public DisputeCase returnRuling(String caseId, Actor actor, long expectedVersion, String comment) {
        return change(caseId, actor, expectedVersion, CaseAction.RETURN_RULING,
                c -> workflow.returnRuling(c, actor, comment),
                c -> payload("rulingId", c.ruling().rulingId(), "comment", c.ruling().returnComment()));
    }

    /** Issues the proposed ruling (null) or, from UNDER_REVIEW, the supervisor's own. */
    public DisputeCase issueRuling(String caseId, Actor actor, long expectedVersion, Ruling ruling) {
        return change(caseId, actor, expectedVersion, CaseAction.ISSUE_RULING,
                c -> workflow.issueRuling(c, actor, ruling), c -> Map.of("ruling", c.ruling()));
    }

    public DisputeCase verifyProof(String caseId, Actor actor, long expectedVersion, String note) {
        return change(caseId, actor, expectedVersion, CaseAction.VERIFY_PROOF,
                c -> workflow.verifyProof(c, actor, note), c -> Map.of("verification", c.fulfilment().verification()));
    }

    /**
     * Rejects the proof: the first time the merchant gets a new deadline ({@code newDueAt} in the
     * export), the second time the case closes as invalid and the merchant is sanctioned
     * ({@code sanctioned}: it must settle with the consumer itself, dispute-rules §1.8).
     */
    public DisputeCase rejectProof(String caseId, Actor actor, long expectedVersion, String note) {
        return change(caseId, actor, expectedVersion, CaseAction.REJECT_PROOF,
                c -> workflow.rejectProof(c, actor, note),
                c -> payload("verification", c.fulfilment().verification(), "rejection", c.proofRejections(),
                        "newDueAt", c.state() == CaseState.AWAITING_FULFILMENT ? c.dueAt() : null,
                        "sanctioned", c.state() == CaseState.CLOSED ? Boolean.TRUE : null));
    }

    /**
     * A supervisor's measure on an overdue fulfilment: an advance payment (the platform pays the ruled
     * amount, {@code amount} in the export, and the case closes as PLATFORM_PAID), a deposit or score
     * deduction, or a warning (the case stays overdue).
     */
    public DisputeCase applyMeasure(String caseId, Actor actor, long expectedVersion, Measure measure) {
        CaseAction action = measure == Measure.ADVANCE_PAYMENT ? CaseAction.APPLY_ADVANCE_PAYMENT
                : CaseAction.APPLY_MEASURE;
        return change(caseId, actor, expectedVersion, action, c -> workflow.applyMeasure(c, actor, measure),
                c -> payload("measure", measure, "amount", measure == Measure.ADVANCE_PAYMENT
                        ? c.issuedRuling().map(r -> ProofChecks.dueAmount(r, c)).orElse(null) : null));
    }

    public DisputeCase openProactiveIntervention(String caseId, Actor actor, long expectedVersion, String reason) {
        return change(caseId, actor, expectedVersion, CaseAction.OPEN_PROACTIVE_INTERVENTION,
                c -> workflow.openProactiveIntervention(c, actor, reason), c -> Map.of("reason", reason));
    }

    /**
     * A proactive intervention for a merchant (dispute-rules §1.3): the chosen open cases of that
     * merchant move to INTERVENTION_REQUESTED with trigger PROACTIVE, all in one transaction, each with
     * its audit record and its export action. One case that cannot move (another merchant's, closed,
     * already waiting) refuses the whole intervention and nothing changes.
     */
    public List<DisputeCase> openProactiveIntervention(String merchantId, Map<String, Long> seenVersions,
                                                       Actor actor, String reason) {
        if (seenVersions == null || seenVersions.isEmpty()) {
            throw new RefusedException(Refusal.of("refused.intervention.noCases",
                    "Choose at least one open case of the merchant."));
        }
        return store.transaction(u -> {
            List<DisputeCase> out = new ArrayList<>();
            java.util.Set<String> ids = seenVersions.keySet();
            for (String id : ids) {
                Optional<DisputeCase> found = u.cases().find(id);
                if (found.isPresent() && found.get().merchant() != null
                        && !found.get().merchant().merchantId().equals(merchantId)) {
                    throw new RefusedException(Refusal.of("refused.intervention.otherMerchant",
                            "Case " + id + " is not a case of merchant " + merchantId + ".", id, merchantId));
                }
                out.add(changeIn(u, id, actor, seenVersions.get(id), CaseAction.OPEN_PROACTIVE_INTERVENTION,
                        c -> workflow.openProactiveIntervention(c, actor, reason),
                        c -> payload("merchantId", merchantId, "reason", reason == null ? null : reason.strip(),
                                "cases", ids.size())));
            }
            return out;
        });
    }

    /**
     * What the platform did to a case, as a bundle or the platform's connection reports it (a
     * withdrawal, a delivered or failed return, an appeal, a reopened complaint...): audited as the
     * platform's change, never exported back to it.
     */
    public DisputeCase recordPlatformAction(String caseId, CaseAction action) {
        return change(caseId, Actor.PLATFORM, null, action, c -> workflow.platformAction(c, action),
                c -> Map.of());
    }

    /** The merchant's fulfilment proof as the platform delivers it: the case waits for an agent to verify it. */
    public DisputeCase recordProof(String caseId, FulfilmentProof proof) {
        java.util.Objects.requireNonNull(proof, "proof");
        return change(caseId, Actor.PLATFORM, null, CaseAction.PROOF_SUBMITTED, c -> {
            DisputeCase next = workflow.platformAction(c, CaseAction.PROOF_SUBMITTED);
            Fulfilment f = next.fulfilment() == null ? new Fulfilment(c.dueAt(), List.of(), null) : next.fulfilment();
            List<FulfilmentProof> proofs = new ArrayList<>(f.proofs());
            proofs.add(proof);
            return next.toBuilder().fulfilment(new Fulfilment(f.dueAt(), proofs, f.verification())).build();
        }, c -> Map.of("proofId", String.valueOf(proof.proofId())));
    }

    public DisputeCase upholdRuling(String caseId, Actor actor, long expectedVersion, String reason) {
        return change(caseId, actor, expectedVersion, CaseAction.UPHOLD_RULING,
                c -> workflow.upholdRuling(c, actor, reason),
                c -> payload("decision", "UPHELD", "reason", reason, "ruling", c.ruling()));
    }

    public DisputeCase replaceRuling(String caseId, Actor actor, long expectedVersion, Ruling replacement,
                                     String reason) {
        return change(caseId, actor, expectedVersion, CaseAction.REPLACE_RULING,
                c -> workflow.replaceRuling(c, actor, replacement, reason),
                c -> payload("decision", "REPLACED", "reason", reason, "ruling", c.ruling()));
    }

    public DisputeCase addNote(String caseId, Actor actor, long expectedVersion, String text) {
        return change(caseId, actor, expectedVersion, CaseAction.ADD_NOTE, c -> workflow.addNote(c, actor, text),
                c -> Map.of("note", c.notes().get(c.notes().size() - 1)));
    }

    /**
     * Applies every timeout that is due now (evidence, return, fulfilment), each case in its own
     * transaction so that one busy case does not hold up the rest. Returns how many cases moved.
     */
    public int applyDueTimeouts() {
        List<String> due = store.transaction(u -> u.cases().idsDueBy(workflow.now()));
        int moved = 0;
        for (String id : due) {
            try {
                boolean changed = store.transaction(u -> {
                    Optional<DisputeCase> found = u.cases().find(id);
                    if (found.isEmpty()) {
                        return false;
                    }
                    DisputeCase before = found.get();
                    List<CaseWorkflow.Step> steps = workflow.applyTimeouts(before);
                    if (steps.isEmpty()) {
                        return false;
                    }
                    DisputeCase last = steps.get(steps.size() - 1).after();
                    u.cases().update(last, before.version());
                    CaseState from = before.state();
                    for (CaseWorkflow.Step s : steps) {
                        audit(u, s.after(), Actor.SYSTEM, s.action(), from, Map.of());
                        from = s.after().state();
                    }
                    return true;
                });
                if (changed) {
                    moved++;
                }
            } catch (ConcurrentChangeException busy) {
                // an operator saved the case meanwhile; the next sweep sees it again
            }
        }
        return moved;
    }

    private DisputeCase change(String caseId, Actor actor, Long expectedVersion, CaseAction action,
                               UnaryOperator<DisputeCase> op, java.util.function.Function<DisputeCase,
                               Map<String, Object>> payload) {
        return store.transaction(u -> changeIn(u, caseId, actor, expectedVersion, action, op, payload));
    }

    private DisputeCase changeIn(UnitOfWork u, String caseId, Actor actor, Long expectedVersion, CaseAction action,
                                 UnaryOperator<DisputeCase> op,
                                 java.util.function.Function<DisputeCase, Map<String, Object>> payload) {
        if (actor.role() == Role.TRAINER && store.kind() == WorkspaceKind.LIVE) {
            throw new RefusedException(Refusal.of("refused.trainer.live", "A trainer cannot work live cases."));
        }
        DisputeCase before = u.cases().find(caseId).orElseThrow(() -> new RefusedException(
                Refusal.of("refused.case.unknown", "There is no case " + caseId + " in this workspace.", caseId)));
        // a decision is taken on what its operator saw: a command decided on an older version is refused
        if (expectedVersion != null && before.version() != expectedVersion) {
            throw new ConcurrentChangeException(before, expectedVersion);
        }
        DisputeCase after = u.cases().update(op.apply(before), before.version());
        Map<String, Object> details = payload.apply(after);
        audit(u, after, actor, action, before.state(), details);
        if (Draft.KEPT.contains(action)) {
            u.drafts().delete(actor.name(), caseId, action);
        }
        if (!actor.role().isOperatorRole()) {
            // the platform's own changes go back to it in no export: it made them
            return after;
        }
        ExportActionType.of(action).ifPresent(type -> u.outbox().add(outbox(after, actor, type, details)));
        if (after.state() == CaseState.CLOSED && before.state() != CaseState.CLOSED) {
            u.outbox().add(outbox(after, actor, ExportActionType.CASE_CLOSED,
                    Map.of("closeReason", after.closeReason())));
        }
        return after;
    }

    private static void audit(UnitOfWork u, DisputeCase after, Actor actor, CaseAction action, CaseState before,
                              Map<String, Object> details) {
        u.audit().append(new AuditEntry(after.caseId(), actor.name(), actor.role(), after.updatedAt(),
                action.name(), before, after.state(), describe(details)));
    }

    private static OutboxAction outbox(DisputeCase c, Actor actor, ExportActionType type,
                                       Map<String, Object> payload) {
        return new OutboxAction(UUID.randomUUID().toString(), c.caseId(), c.revision(), type.name(), c.updatedAt(),
                actor, payload);
    }

    /** The audit text of a change: its details as {@code key=value} pairs in a fixed order. */
    static String describe(Map<String, Object> details) {
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(details).forEach((k, v) -> parts.add(k + "=" + v));
        return String.join("; ", parts);
    }

    private static Map<String, Object> payload(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                out.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return out;
    }
}
