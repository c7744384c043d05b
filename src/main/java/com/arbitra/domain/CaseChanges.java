package com.arbitra.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed in a case between the version an operator looked at and the version stored now: what
 * the console lists when a command decided on the older one was refused, so that the operator sees
 * what they did not see before deciding again.
 */
public final class CaseChanges {

    /** The kinds of change, each with the values the console shows. */
    public enum Kind {
        /** args: state seen, state now */
        STATE,
        /** args: assignee seen (or null), assignee now (or null) */
        ASSIGNEE,
        /**
         * The ruling proposed, re-proposed, returned, issued or replaced. args: responsibility, remedy,
         * amount seen (or null) and the same now, then who proposed it now and when
         */
        RULING,
        /** args: the new timeline event */
        TIMELINE,
        /** args: the new evidence item */
        EVIDENCE,
        /** args: the new evidence request */
        REQUEST,
        /** args: the new note */
        NOTE,
        /** args: the new fulfilment proof */
        PROOF,
        /** args: flags now */
        FLAGS,
        /** args: the deadline seen, the deadline now */
        DEADLINE
    }

    /** One change; {@code args} are domain values (states, money, events) for the console to word. */
    public record Change(Kind kind, List<Object> args) {

        public Change {
            args = java.util.Collections.unmodifiableList(new ArrayList<>(args));
        }

        static Change of(Kind kind, Object... args) {
            return new Change(kind, java.util.Arrays.asList(args));
        }
    }

    private CaseChanges() {
    }

    /** The changes from {@code seen} to {@code now}, most decisive first (state, ruling, then what was added). */
    public static List<Change> between(DisputeCase seen, DisputeCase now) {
        List<Change> out = new ArrayList<>();
        if (seen.state() != now.state()) {
            out.add(Change.of(Kind.STATE, seen.state(), now.state()));
        }
        if (!Objects.equals(seen.assignee(), now.assignee())) {
            out.add(Change.of(Kind.ASSIGNEE, seen.assignee(), now.assignee()));
        }
        if (!Objects.equals(seen.ruling(), now.ruling()) && now.ruling() != null) {
            Ruling was = seen.ruling();
            Ruling is = now.ruling();
            out.add(Change.of(Kind.RULING, was == null ? null : was.responsibility(), was == null ? null : was.remedy(),
                    was == null ? null : was.amount(), is.responsibility(), is.remedy(), is.amount(), is.proposedBy(),
                    is.proposedAt()));
        }
        if (!Objects.equals(seen.dueAt(), now.dueAt())) {
            out.add(Change.of(Kind.DEADLINE, seen.dueAt(), now.dueAt()));
        }
        if (!seen.flags().equals(now.flags())) {
            out.add(Change.of(Kind.FLAGS, Set.copyOf(now.flags())));
        }
        added(out, Kind.EVIDENCE, seen.evidence(), now.evidence(), EvidenceItem::evidenceId);
        added(out, Kind.REQUEST, seen.evidenceRequests(), now.evidenceRequests(), EvidenceRequest::requestId);
        added(out, Kind.PROOF, proofs(seen), proofs(now), FulfilmentProof::proofId);
        added(out, Kind.TIMELINE, seen.timeline(), now.timeline(), TimelineEvent::eventId);
        added(out, Kind.NOTE, seen.notes(), now.notes(), InternalNote::noteId);
        return out;
    }

    private static List<FulfilmentProof> proofs(DisputeCase c) {
        return c.fulfilment() == null ? List.of() : c.fulfilment().proofs();
    }

    private static <T> void added(List<Change> out, Kind kind, List<T> seen, List<T> now, Function<T, String> id) {
        Set<String> known = seen.stream().map(id).collect(Collectors.toSet());
        for (T item : now) {
            if (!known.contains(id.apply(item))) {
                out.add(Change.of(kind, item));
            }
        }
    }
}
