package com.arbitra.domain.ports;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.ProblemType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the queue shows: states (none = every open state), whose cases, one merchant, one problem
 * type, a due window, and a search text: its words and ids are looked for at the start of the case's
 * ids (case, complaint, transaction, merchant, consumer) and of the words of its merchant name and
 * complaint text, its Chinese, Japanese or Korean runs anywhere in those texts ({@code SearchText}).
 *
 * @param operator the signed-in operator, for {@link Scope#MINE}
 */
public record QueueFilter(Set<CaseState> states, Scope scope, String operator, String merchantId,
                          ProblemType problemType, Due due, String search) {

    public enum Scope { ALL, MINE, UNASSIGNED }

    /** Deadline windows, relative to now (TODAY: before the end of the operator's day). */
    public enum Due { ANY, OVERDUE, WITHIN_4H, TODAY }

    public QueueFilter {
        states = states == null || states.isEmpty() ? EnumSet.noneOf(CaseState.class) : EnumSet.copyOf(states);
        scope = scope == null ? Scope.ALL : scope;
        due = due == null ? Due.ANY : due;
        search = search == null || search.isBlank() ? null : search.strip();
    }

    /** The same filter for another operator (whose "mine" it then is). */
    public QueueFilter forOperator(String name) {
        return new QueueFilter(states, scope, name, merchantId, problemType, due, search);
    }

    public static QueueFilter all() {
        return new QueueFilter(Set.of(), Scope.ALL, null, null, null, Due.ANY, null);
    }

    /** The states to read: those named, or every open one. */
    public Set<CaseState> effectiveStates() {
        return states.isEmpty() ? CaseState.open() : states;
    }

    /** The end of the due window, or null when the window has no end. */
    public Instant dueBefore(Instant now, Instant endOfToday) {
        return switch (due) {
            case ANY -> null;
            case OVERDUE -> now;
            case WITHIN_4H -> now.plus(java.time.Duration.ofHours(4));
            case TODAY -> endOfToday;
        };
    }
}
