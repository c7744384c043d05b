package com.arbitra.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dispute case: what the platform sent (parties, order, complaint, timeline, evidence, ruling,
 * fulfilment) plus the local work done on it (assignee, notes, assessments, flags). Immutable; every
 * change makes a new value through {@link #toBuilder()}.
 *
 * @param revision  the platform's revision of the case
 * @param stateBeforeAppeal       where an appeal that upholds the ruling returns the case
 * @param closeReasonBeforeAppeal the close reason to restore when the appealed case was closed
 * @param version   the local optimistic-lock version, raised on every save
 * @param updatedBy the operator (or "platform"/"system") that saved this version
 */
public record DisputeCase(
        String caseId, int revision, String complaintId, Channel channel, MiniProgram miniProgram,
        Merchant merchant, Consumer consumer, Order order, Complaint complaint,
        CaseState state, Instant stateSince, Instant dueAt, CloseReason closeReason, Intervention intervention,
        List<TimelineEvent> timeline, List<EvidenceRequest> evidenceRequests, List<EvidenceItem> evidence,
        Ruling ruling, Fulfilment fulfilment, TrainingInfo training,
        String assignee, Set<CaseFlag> flags, CaseState stateBeforeAppeal, CloseReason closeReasonBeforeAppeal,
        int proofRejections,
        List<InternalNote> notes, long version, String updatedBy, Instant updatedAt) {

    public DisputeCase {
        timeline = List.copyOf(timeline == null ? List.of() : timeline);
        evidenceRequests = List.copyOf(evidenceRequests == null ? List.of() : evidenceRequests);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        notes = List.copyOf(notes == null ? List.of() : notes);
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(flags);
        if (state == CaseState.CLOSED && closeReason == null) {
            throw new IllegalArgumentException("a closed case needs a close reason");
        }
    }

    public boolean hasFlag(CaseFlag flag) {
        return flags.contains(flag);
    }

    public boolean isHeldBy(String operator) {
        return assignee != null && assignee.equals(operator);
    }

    public Optional<Ruling> issuedRuling() {
        return Optional.ofNullable(ruling).filter(Ruling::isIssued);
    }

    public List<EvidenceRequest> openRequests() {
        return evidenceRequests.stream().filter(EvidenceRequest::isOpen).toList();
    }

    public Optional<EvidenceItem> evidenceItem(String evidenceId) {
        // an item read from a refused bundle may lack its id: it matches nothing (found by fuzzing)
        return evidenceId == null ? Optional.empty()
                : evidence.stream().filter(e -> evidenceId.equals(e.evidenceId())).findFirst();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A mutable copy for building the next value of a case. */
    public static final class Builder {
        private String caseId;
        private int revision = 1;
        private String complaintId;
        private Channel channel = Channel.MINI_PROGRAM_REPORT;
        private MiniProgram miniProgram;
        private Merchant merchant;
        private Consumer consumer;
        private Order order;
        private Complaint complaint;
        private CaseState state = CaseState.INTERVENTION_REQUESTED;
        private Instant stateSince;
        private Instant dueAt;
        private CloseReason closeReason;
        private Intervention intervention;
        private List<TimelineEvent> timeline = new ArrayList<>();
        private List<EvidenceRequest> evidenceRequests = new ArrayList<>();
        private List<EvidenceItem> evidence = new ArrayList<>();
        private Ruling ruling;
        private Fulfilment fulfilment;
        private TrainingInfo training;
        private String assignee;
        private Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
        private CaseState stateBeforeAppeal;
        private CloseReason closeReasonBeforeAppeal;
        private int proofRejections;
        private List<InternalNote> notes = new ArrayList<>();
        private long version;
        private String updatedBy;
        private Instant updatedAt;

        private Builder() {
        }

        private Builder(DisputeCase c) {
            caseId = c.caseId;
            revision = c.revision;
            complaintId = c.complaintId;
            channel = c.channel;
            miniProgram = c.miniProgram;
            merchant = c.merchant;
            consumer = c.consumer;
            order = c.order;
            complaint = c.complaint;
            state = c.state;
            stateSince = c.stateSince;
            dueAt = c.dueAt;
            closeReason = c.closeReason;
            intervention = c.intervention;
            timeline = new ArrayList<>(c.timeline);
            evidenceRequests = new ArrayList<>(c.evidenceRequests);
            evidence = new ArrayList<>(c.evidence);
            ruling = c.ruling;
            fulfilment = c.fulfilment;
            training = c.training;
            assignee = c.assignee;
            flags = c.flags.isEmpty() ? EnumSet.noneOf(CaseFlag.class) : EnumSet.copyOf(c.flags);
            stateBeforeAppeal = c.stateBeforeAppeal;
            closeReasonBeforeAppeal = c.closeReasonBeforeAppeal;
            proofRejections = c.proofRejections;
            notes = new ArrayList<>(c.notes);
            version = c.version;
            updatedBy = c.updatedBy;
            updatedAt = c.updatedAt;
        }

        public Builder caseId(String v) { caseId = v; return this; }
        public Builder revision(int v) { revision = v; return this; }
        public Builder complaintId(String v) { complaintId = v; return this; }
        public Builder channel(Channel v) { channel = v; return this; }
        public Builder miniProgram(MiniProgram v) { miniProgram = v; return this; }
        public Builder merchant(Merchant v) { merchant = v; return this; }
        public Builder consumer(Consumer v) { consumer = v; return this; }
        public Builder order(Order v) { order = v; return this; }
        public Builder complaint(Complaint v) { complaint = v; return this; }
        public Builder dueAt(Instant v) { dueAt = v; return this; }
        public Builder intervention(Intervention v) { intervention = v; return this; }
        public Builder timeline(List<TimelineEvent> v) { timeline = new ArrayList<>(v); return this; }
        public Builder addTimeline(TimelineEvent v) { timeline.add(v); return this; }
        public Builder evidenceRequests(List<EvidenceRequest> v) { evidenceRequests = new ArrayList<>(v); return this; }
        public Builder addEvidenceRequest(EvidenceRequest v) { evidenceRequests.add(v); return this; }
        public Builder evidence(List<EvidenceItem> v) { evidence = new ArrayList<>(v); return this; }
        public Builder ruling(Ruling v) { ruling = v; return this; }
        public Builder fulfilment(Fulfilment v) { fulfilment = v; return this; }
        public Builder training(TrainingInfo v) { training = v; return this; }
        public Builder assignee(String v) { assignee = v; return this; }
        public Builder stateBeforeAppeal(CaseState v) { stateBeforeAppeal = v; return this; }
        public Builder closeReasonBeforeAppeal(CloseReason v) { closeReasonBeforeAppeal = v; return this; }
        public Builder proofRejections(int v) { proofRejections = v; return this; }
        public Builder notes(List<InternalNote> v) { notes = new ArrayList<>(v); return this; }
        public Builder addNote(InternalNote v) { notes.add(v); return this; }
        public Builder version(long v) { version = v; return this; }
        public Builder updatedBy(String v) { updatedBy = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder closeReason(CloseReason v) { closeReason = v; return this; }
        public Builder stateSince(Instant v) { stateSince = v; return this; }

        public Builder flags(Set<CaseFlag> v) {
            flags = v.isEmpty() ? EnumSet.noneOf(CaseFlag.class) : EnumSet.copyOf(v);
            return this;
        }

        public Builder flag(CaseFlag v) { flags.add(v); return this; }
        public Builder unflag(CaseFlag v) { flags.remove(v); return this; }

        /** Sets the state as given, without rules: for readers of stored or imported cases. */
        public Builder state(CaseState v) { state = v; return this; }

        /** Moves to a state at a time; leaving CLOSED drops the close reason. */
        public Builder moveTo(CaseState v, CloseReason reason, Instant at) {
            state = v;
            closeReason = v == CaseState.CLOSED ? reason : null;
            stateSince = at;
            return this;
        }

        public DisputeCase build() {
            return new DisputeCase(caseId, revision, complaintId, channel, miniProgram, merchant, consumer, order,
                    complaint, state, stateSince, dueAt, closeReason, intervention, timeline, evidenceRequests,
                    evidence, ruling, fulfilment, training, assignee, flags, stateBeforeAppeal, closeReasonBeforeAppeal,
                    proofRejections, notes, version, updatedBy, updatedAt);
        }
    }
}
