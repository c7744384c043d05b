package com.arbitra.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and changes the workspace's settings. Only a supervisor (or the system, while the workspace
 * has no supervisor) changes them; every change appends an audit record without
 * a case, naming the setting with its old and new value, in the transaction that stores it.
 */
public final class SettingsService {

    public static final String AUDIT_ACTION = "SETTING_CHANGED";

    private final Store store;
    private final Clock clock;

    public SettingsService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public WorkspaceSettings current() {
        return store.transaction(u -> WorkspaceSettings.fromStored(u.settings().all()));
    }

    /** Sets one value; returns the settings after the change. */
    public WorkspaceSettings set(Actor by, String id, String value) {
        WorkspaceSettings.Key key = WorkspaceSettings.key(id);
        return change(by, current -> current.with(key, value));
    }

    /**
     * Replaces the settings with {@code wanted} (as edited in the settings dialog): each value that
     * differs is checked, stored and audited, all in one transaction. Returns the settings after it.
     */
    public WorkspaceSettings save(Actor by, WorkspaceSettings wanted) {
        return change(by, current -> {
            WorkspaceSettings next = current;
            for (WorkspaceSettings.Key k : WorkspaceSettings.Key.values()) {
                next = next.with(k, wanted.get(k));
            }
            return next;
        });
    }

    /** The changes {@code wanted} would make to {@code current}, one line per setting. */
    public static List<String> differences(WorkspaceSettings current, WorkspaceSettings wanted) {
        List<String> out = new ArrayList<>();
        for (WorkspaceSettings.Key k : WorkspaceSettings.Key.values()) {
            if (!current.get(k).equals(wanted.get(k))) {
                out.add(k.id() + ": " + current.get(k) + " -> " + wanted.get(k));
            }
        }
        return out;
    }

    private WorkspaceSettings change(Actor by, java.util.function.UnaryOperator<WorkspaceSettings> edit) {
        if (by.role() != Role.SUPERVISOR && by.role() != Role.SYSTEM) {
            throw new RefusedException(Refusal.of("refused.setting.role", "Only a supervisor can change settings."));
        }
        Instant now = clock.instant();
        return store.transaction(u -> {
            if (by.role() == Role.SYSTEM && OperatorService.hasSupervisor(u)) {
                throw OperatorService.supervisorSignInNeeded();
            }
            WorkspaceSettings current = WorkspaceSettings.fromStored(u.settings().all());
            WorkspaceSettings next = edit.apply(current);
            for (WorkspaceSettings.Key k : WorkspaceSettings.Key.values()) {
                String before = current.get(k);
                String after = next.get(k);
                if (!before.equals(after)) {
                    u.settings().put(k.id(), after, by.name(), now);
                    u.audit().append(new AuditEntry(null, by.name(), by.role(), now, AUDIT_ACTION, null, null,
                            by.audited(k.id() + ": " + before + " -> " + after)));
                }
            }
            return next;
        });
    }
}
