package com.arbitra.domain;

import java.util.Objects;

/**
 * Who does something: a signed-in operator with a role, the platform (through bundles) or the system.
 * {@code via} says where an action came from when that is not the console (the command line, with
 * the OS user and host): the audit records it beside the action.
 */
public record Actor(String name, Role role, String via) {

    public static final Actor PLATFORM = new Actor("platform", Role.PLATFORM);
    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM);

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public Actor(String name, Role role) {
        this(name, role, null);
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

    /** An audit record's details, with where the action came from when it did not come from the console. */
    public String audited(String details) {
        return via == null ? details : details + " (" + via + ")";
    }
}
