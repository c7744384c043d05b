package com.arbitra.bundle;

import com.arbitra.domain.CaseFlag;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.EvidenceRequest;
import com.arbitra.domain.Fulfilment;
import com.arbitra.domain.FulfilmentProof;
import com.arbitra.domain.Outcome;
import com.arbitra.domain.Role;
import com.arbitra.domain.TimelineEvent;
import com.arbitra.domain.Transition;
import com.arbitra.domain.TransitionTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges a newer platform revision into a stored case: the platform's parts are taken, new
 * timeline events, evidence and proofs added, and local work (assignee, notes, assessments, draft
 * or issued rulings, evidence requests not yet known to the platform) kept.
 */
final class Merges {

    /** States in which an operator is working the case, so a platform move contradicts that work. */
    private static final Set<CaseState> WORK_IN_PROGRESS = EnumSet.of(CaseState.UNDER_REVIEW,
            CaseState.AWAITING_EVIDENCE, CaseState.PENDING_APPROVAL, CaseState.VERIFYING_FULFILMENT,
            CaseState.APPEALED, CaseState.FULFILMENT_OVERDUE);

    private Merges() {
    }

    /** A case after merging a new platform revision, and why it was flagged (or null). */
    record Merged(DisputeCase value, String contradiction) {
    }

    static Merged merge(DisputeCase local, DisputeCase incoming, String platformStateBefore,
                                 boolean pendingActions) {
        DisputeCase.Builder b = local.toBuilder()
                .revision(incoming.revision()).complaintId(incoming.complaintId()).channel(incoming.channel())
                .miniProgram(incoming.miniProgram()).merchant(incoming.merchant()).consumer(incoming.consumer())
                .order(incoming.order()).complaint(incoming.complaint()).intervention(incoming.intervention())
                .timeline(union(incoming.timeline(), local.timeline(), TimelineEvent::eventId))
                .evidenceRequests(union(incoming.evidenceRequests(), local.evidenceRequests(),
                        EvidenceRequest::requestId))
                .evidence(evidence(local.evidence(), incoming.evidence()))
                .fulfilment(fulfilment(local.fulfilment(), incoming.fulfilment()))
                .training(incoming.training());
        if (local.ruling() == null) {
            b.ruling(incoming.ruling());
        }
        String contradiction = null;
        CaseState platformBefore = platformStateBefore == null ? null : CaseState.valueOf(platformStateBefore);
        boolean platformMoved = incoming.state() != platformBefore;
        boolean localMoved = local.state() != platformBefore || pendingActions;
        if (platformMoved) {
            if (!localMoved) {
                takeState(b, local, incoming);
            } else if (platformCanMove(local, incoming.state())) {
                takeState(b, local, incoming);
                if (WORK_IN_PROGRESS.contains(local.state()) || pendingActions) {
                    contradiction = "the platform moved the case to " + incoming.state() + " while local work had it "
                            + local.state();
                }
            } else if (incoming.state() != local.state()) {
                contradiction = "the platform has the case " + incoming.state() + " but local work has it "
                        + local.state() + "; the local state was kept";
            }
        }
        if (contradiction != null) {
            b.flag(CaseFlag.CONTRADICTS_LOCAL_WORK);
        }
        return new Merged(b.build(), contradiction);
    }

    /**
     * Takes the platform's state, with what the workflow keeps alongside it: where an appeal returns
     * the case, and that a reopened complaint waits for any agent.
     */
    private static void takeState(DisputeCase.Builder b, DisputeCase local, DisputeCase incoming) {
        if (incoming.state() == CaseState.APPEALED && local.state() != CaseState.APPEALED) {
            b.stateBeforeAppeal(local.state()).closeReasonBeforeAppeal(local.closeReason());
        }
        if (incoming.state() == CaseState.INTERVENTION_REQUESTED && local.state() == CaseState.CLOSED) {
            b.assignee(null);
        }
        b.state(incoming.state()).closeReason(incoming.closeReason()).stateSince(incoming.stateSince())
                .dueAt(incoming.dueAt());
    }

    /** Whether the platform may move a case from its local state to this one (a platform row). */
    private static boolean platformCanMove(DisputeCase local, CaseState to) {
        for (Transition t : TransitionTable.rows()) {
            if (t.roles().contains(Role.PLATFORM) && t.from().contains(local.state())) {
                Outcome o = t.target().resolve(local, null);
                if (o.state() == to) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The platform's items, then the local ones it does not know, by id. */
    private static <T> List<T> union(List<T> platform, List<T> local, Function<T, String> id) {
        Map<String, T> out = new LinkedHashMap<>();
        platform.forEach(t -> out.put(id.apply(t), t));
        local.forEach(t -> out.putIfAbsent(id.apply(t), t));
        return new ArrayList<>(out.values());
    }

    /** The platform's evidence, with the assessments made here kept. */
    private static List<EvidenceItem> evidence(List<EvidenceItem> local, List<EvidenceItem> platform) {
        Map<String, EvidenceItem> assessed = new LinkedHashMap<>();
        local.forEach(e -> assessed.put(e.evidenceId(), e));
        List<EvidenceItem> out = new ArrayList<>();
        for (EvidenceItem p : platform) {
            EvidenceItem mine = assessed.remove(p.evidenceId());
            out.add(mine == null ? p : p.assessed(mine.assessment(), mine.assessmentNote(), mine.assessedBy(),
                    mine.assessedAt()));
        }
        out.addAll(assessed.values());
        return out;
    }

    private static Fulfilment fulfilment(Fulfilment local, Fulfilment platform) {
        if (platform == null) {
            return local;
        }
        if (local == null) {
            return platform;
        }
        List<FulfilmentProof> proofs = union(platform.proofs(), local.proofs(), FulfilmentProof::proofId);
        return new Fulfilment(platform.dueAt() != null ? platform.dueAt() : local.dueAt(), proofs,
                local.verification() != null ? local.verification() : platform.verification());
    }
}
