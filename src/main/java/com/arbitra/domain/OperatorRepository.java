package com.arbitra.domain;

import java.util.List;
import java.util.Optional;

public interface OperatorRepository {

    Optional<Operator> find(String username);

    List<Operator> all();

    void insert(Operator operator);

    /** Saves the sign-in counters and lock of an operator. */
    void updateSignInState(String username, int failedSignIns, java.time.Instant lockedUntil);

    long count();
}
