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
    public interface Target {
        Outcome resolve(DisputeCase c, Ruling ruling);

        /** Every state {@link #resolve} may lead to from this one (what a server checks a move against). */
        Set<CaseState> reach(CaseState from);

        static Target of(java.util.function.BiFunction<DisputeCase, Ruling, Outcome> resolve,
                         java.util.function.Function<CaseState, Set<CaseState>> reach) {
            return new Target() {
                @Override
                public Outcome resolve(DisputeCase c, Ruling ruling) {
                    return resolve.apply(c, ruling);
                }

                @Override
                public Set<CaseState> reach(CaseState from) {
                    return reach.apply(from);
                }
            };
        }
    }

    /** A rule beyond state and role; empty when it holds. */
    @FunctionalInterface
    public interface Precondition {
        Optional<Refusal> test(DisputeCase c, Actor actor, Instant now, WorkflowSettings settings);
    }
}
