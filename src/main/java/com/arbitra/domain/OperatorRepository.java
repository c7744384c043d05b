package com.arbitra.domain;

import java.util.List;
import java.util.Optional;

public interface OperatorRepository {

    Optional<Operator> find(String username);

    List<Operator> all();

    void insert(Operator operator);

    /**
     * Gives the operator a login of their own where the workspace's server holds operators to their
     * role itself (a team workspace); nothing on a single workstation.
     */
    default void grantLogin(String username, Role role, char[] password) {
    }

    /** Saves the sign-in counters and lock of an operator. */
    void updateSignInState(String username, int failedSignIns, java.time.Instant lockedUntil);

    long count();
}
