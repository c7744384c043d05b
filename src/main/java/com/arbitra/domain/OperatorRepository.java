package com.arbitra.domain;

import java.util.List;
import java.util.Optional;

public interface OperatorRepository {

    Optional<Operator> find(String username);

    List<Operator> all();

    void insert(Operator operator);

    /**
     * Gives the operator (again, after a password change) what their password opens beyond the
     * workspace's own check: a login of their own where the server holds operators to their role (a
     * team workspace), the file key wrapped for them in an encrypted workspace; nothing otherwise.
     */
    default void grantLogin(String username, Role role, char[] password) {
    }

    /** Saves the sign-in counters and lock of an operator. */
    void updateSignInState(String username, int failedSignIns, java.time.Instant lockedUntil);

    /** Saves a new password hash (and clears failed sign-ins and any lock). */
    void updatePassword(String username, String passwordHash);

    long count();
}
