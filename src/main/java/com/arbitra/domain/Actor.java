package com.arbitra.domain;

import java.util.Objects;

/** Who does something: a signed-in operator with a role, the platform (through bundles) or the system. */
public record Actor(String name, Role role) {

    public static final Actor PLATFORM = new Actor("platform", Role.PLATFORM);
    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM);

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public static Actor operator(String name, Role role) {
        if (!role.isOperatorRole()) {
            throw new IllegalArgumentException("not an operator role: " + role);
        }
        return new Actor(name, role);
    }

    public boolean is(Role r) {
        return role == r;
    }
}
