package com.arbitra.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the state table (dispute-rules §3): an action, the states it may start from, the roles
 * that may take it, where it leads, and what else must hold.
 */
public record Transition(CaseAction action, Set<CaseState> from, Set<Role> roles, Target target,
                         List<Precondition> preconditions) {

    public Transition {
        from = Set.copyOf(from);
        roles = Set.copyOf(roles);
        preconditions = List.copyOf(preconditions);
    }

    /** Where the transition leads for this case (and the ruling it issues, for ruling actions). */
    @FunctionalInterface
    public interface Target {
        Outcome resolve(DisputeCase c, Ruling ruling);
    }

    /** A rule beyond state and role; empty when it holds. */
    @FunctionalInterface
    public interface Precondition {
        Optional<Refusal> test(DisputeCase c, Actor actor, Instant now, WorkflowSettings settings);
    }
}
