package com.arbitra.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Local operator accounts: creating them and signing in, with a lock after repeated failures. */
public final class OperatorService {

    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final Store store;
    private final Passwords passwords;
    private final Clock clock;

    public OperatorService(Store store, Passwords passwords, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** An empty workspace must first get a supervisor, who can then add everyone else. */
    public boolean needsFirstSupervisor() {
        return store.transaction(u -> u.operators().count() == 0);
    }

    public Operator createFirstSupervisor(String username, String displayName, char[] password) {
        return store.transaction(u -> {
            if (u.operators().count() > 0) {
                throw refused("refused.operator.notFirst", "This workspace already has operators; sign in instead.");
            }
            return insert(u, new Actor(username == null ? "?" : username, Role.SUPERVISOR), username, displayName,
                    Role.SUPERVISOR, password);
        });
    }

    /**
     * Adds an operator. {@code by} is the supervisor doing it; the system (the command line run by
     * whoever may open the workspace's files) may do it only while the workspace has no supervisor.
     */
    public Operator add(Actor by, String username, String displayName, Role role, char[] password) {
        if (by.role() != Role.SUPERVISOR && by.role() != Role.SYSTEM) {
            throw refused("refused.operator.role", "Only a supervisor can add operators.");
        }
        return store.transaction(u -> {
            if (by.role() == Role.SYSTEM && hasSupervisor(u)) {
                Passwords.wipe(password);
                throw supervisorSignInNeeded();
            }
            return insert(u, by, username, displayName, role, password);
        });
    }

    /**
     * Sets an operator's new password: {@code by} is that operator or a supervisor. In an encrypted
     * workspace the file key is wrapped again for the new password, and the old one no longer opens it.
     */
    public Operator changePassword(Actor by, String username, char[] password) {
        try {
            String problem = Passwords.problem(password);
            if (problem != null) {
                throw refused("refused.operator.password", problem);
            }
            return store.transaction(u -> {
                Operator op = u.operators().find(username == null ? "" : username).orElseThrow(() -> refused(
                        "refused.operator.unknown", "There is no operator named " + username + "."));
                if (by.role() != Role.SUPERVISOR && !by.name().equals(op.username())) {
                    throw refused("refused.operator.passwordOfOther",
                            "Only a supervisor can change another operator's password.");
                }
                u.operators().updatePassword(op.username(), passwords.hash(password));
                u.operators().grantLogin(op.username(), op.role(), password);
                u.audit().append(new AuditEntry(null, by.name(), by.role(), clock.instant(), "OPERATOR_PASSWORD_CHANGED",
                        null, null, by.audited(op.username())));
                return op;
            });
        } finally {
            Passwords.wipe(password);
        }
    }

    /** Whether an active supervisor exists: from then on, people and settings change only by a supervisor. */
    public boolean hasSupervisor() {
        return store.transaction(OperatorService::hasSupervisor);
    }

    static boolean hasSupervisor(UnitOfWork u) {
        return u.operators().all().stream().anyMatch(o -> o.active() && o.role() == Role.SUPERVISOR);
    }

    /** The refusal of a change the system may make only while the workspace has no supervisor. */
    static RefusedException supervisorSignInNeeded() {
        return refused("refused.supervisorSignIn", "This workspace has a supervisor: only a signed-in supervisor "
                + "can change its operators and settings.");
    }

    public List<Operator> all() {
        return store.transaction(u -> u.operators().all());
    }

    /** Signs in, or throws a refusal saying why not; failed attempts count towards the lock. */
    public Operator signIn(String username, char[] password) {
        Operator op = passwordMatches(username, password);
        if (op == null) {
            throw failedSignIn(username);
        }
        return op;
    }

    /** The operator when the password is right, null when it is wrong; throws when locked or unknown. */
    private Operator passwordMatches(String username, char[] password) {
        Instant now = clock.instant();
        try {
            Operator signedIn = store.transaction(u -> {
                Optional<Operator> found = u.operators().find(username == null ? "" : username.strip());
                if (found.isEmpty() || !found.get().active()) {
                    throw refused("refused.signIn.wrong", "Wrong operator name or password.");
                }
                Operator op = found.get();
                if (op.isLockedAt(now)) {
                    throw refused("refused.signIn.locked", "This account is locked after "
                            + MAX_FAILED_SIGN_INS + " failed sign-ins; try again in a few minutes.");
                }
                if (Passwords.verify(password, op.passwordHash())) {
                    if (op.failedSignIns() > 0 || op.lockedUntil() != null) {
                        u.operators().updateSignInState(op.username(), 0, null);
                    }
                    return op;
                }
                return null;
            });
            if (signedIn != null) {
                store.signedIn(signedIn.username(), password);
            }
            return signedIn;
        } finally {
            Passwords.wipe(password);
        }
    }

    /**
     * Records a failed sign-in (in its own transaction, so that the refusal cannot roll it back);
     * the fifth in a row locks the account.
     */
    private RefusedException failedSignIn(String username) {
        Instant now = clock.instant();
        return store.transaction(u -> {
            Optional<Operator> found = u.operators().find(username == null ? "" : username.strip());
            if (found.isPresent()) {
                Operator op = found.get();
                int failures = op.failedSignIns() + 1;
                if (failures >= MAX_FAILED_SIGN_INS) {
                    u.operators().updateSignInState(op.username(), 0, now.plus(LOCK_TIME));
                    u.audit().append(new AuditEntry(null, op.username(), op.role(), now, "OPERATOR_LOCKED", null,
                            null, failures + " failed sign-ins"));
                    return refused("refused.signIn.nowLocked", "Wrong password " + MAX_FAILED_SIGN_INS
                            + " times: the account is locked for " + LOCK_TIME.toMinutes() + " minutes.");
                }
                u.operators().updateSignInState(op.username(), failures, null);
            }
            return refused("refused.signIn.wrong", "Wrong operator name or password.");
        });
    }

    private Operator insert(UnitOfWork u, Actor by, String username, String displayName, Role role,
                            char[] password) {
        try {
            if (username == null || !USERNAME.matcher(username).matches()) {
                throw refused("refused.operator.name", "An operator name is 2 to 64 lower-case letters, digits, "
                        + "dots, dashes or underscores, starting with a letter or digit.");
            }
            if (role == null || !role.isOperatorRole()) {
                throw refused("refused.operator.badRole", "The role must be AGENT, SUPERVISOR or TRAINER.");
            }
            String problem = Passwords.problem(password);
            if (problem != null) {
                throw refused("refused.operator.password", problem);
            }
            if (u.operators().find(username).isPresent()) {
                throw refused("refused.operator.exists", "An operator named " + username + " already exists.");
            }
            Instant now = clock.instant();
            Operator op = new Operator(username, displayName == null || displayName.isBlank() ? username
                    : displayName.strip(), role, passwords.hash(password), 0, null, true, now);
            u.operators().insert(op);
            u.operators().grantLogin(username, role, password);
            u.audit().append(new AuditEntry(null, by.name(), by.role(), now, "OPERATOR_ADDED", null, null,
                    by.audited(username + " as " + role)));
            return op;
        } finally {
            Passwords.wipe(password);
        }
    }

    private static RefusedException refused(String code, String message) {
        return new RefusedException(Refusal.of(code, message));
    }
}
