package com.arbitra.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored cases. Implementations return domain values and check versions on update. */
public interface CaseRepository {

    Optional<DisputeCase> find(String caseId);

    /** Stores a new case at version 1 and returns it as stored. */
    DisputeCase insert(DisputeCase c);

    /**
     * Saves a changed case if the stored version is still {@code expectedVersion}, raising the version.
     *
     * @throws ConcurrentChangeException when another writer saved it first
     */
    DisputeCase update(DisputeCase c, long expectedVersion);

    /** Ids of open cases whose deadline (or an open evidence request's) is at or before {@code t}. */
    List<String> idsDueBy(Instant t);

    long count();
}
