package com.arbitra.domain;

import java.time.Instant;

/**
 * A local account. {@code passwordHash} is an encoded PBKDF2 hash ({@link Passwords}); the password
 * itself is never stored.
 */
public record Operator(String username, String displayName, Role role, String passwordHash,
                       int failedSignIns, Instant lockedUntil, boolean active, Instant createdAt) {

    public Operator {
        if (role == null || !role.isOperatorRole()) {
            throw new IllegalArgumentException("an operator is an agent, a supervisor or a trainer");
        }
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Actor asActor() {
        return Actor.operator(username, role);
    }
}
