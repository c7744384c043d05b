package com.arbitra.store;

import com.arbitra.domain.AuditService;
import com.arbitra.domain.CaseService;
import com.arbitra.domain.CaseWorkflow;
import com.arbitra.domain.OperatorService;
import com.arbitra.domain.Passwords;
import com.arbitra.domain.SettingsService;
import com.arbitra.domain.WorkspaceSettings;
import com.arbitra.domain.Store;
import com.arbitra.domain.WorkflowSettings;
import java.time.Clock;
import java.time.ZoneId;

/** An open workspace with the services that work on it. Closing it closes the database. */
public final class Session implements AutoCloseable {

    private final Workspace workspace;
    private final Store store;
    private final Clock clock;
    private final CaseService cases;
    private final OperatorService operators;
    private final AuditService audit;
    private final com.arbitra.domain.TrainingService training;
    private final SettingsService settings;
    private final com.arbitra.domain.DraftService drafts;

    public Session(Workspace workspace, Clock clock, WorkflowSettings settings, Passwords passwords) {
        this.workspace = workspace;
        this.store = workspace.store();
        this.clock = clock;
        this.training = new com.arbitra.domain.TrainingService(store, clock);
        this.cases = new CaseService(store, new CaseWorkflow(settings, clock), training);
        this.operators = new OperatorService(store, passwords, clock);
        this.audit = new AuditService(store);
        this.drafts = new com.arbitra.domain.DraftService(store, clock, new HeldDraftsFiles(workspace.dir()));
        this.settings = new SettingsService(store, clock);
    }

    /**
     * A session whose workflow follows the settings stored in the workspace (deadlines, four eyes, the
     * limits of an agent's rulings), with deadlines shown in {@code zone}. A change of settings takes
     * effect in the next session.
     */
    public static Session withStoredSettings(Workspace workspace, Clock clock, ZoneId zone, Passwords passwords) {
        WorkspaceSettings stored = new SettingsService(workspace.store(), clock).current();
        return new Session(workspace, clock, stored.workflow(zone), passwords);
    }

    public Workspace workspace() {
        return workspace;
    }

    public Store store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public CaseService cases() {
        return cases;
    }

    public com.arbitra.domain.DraftService drafts() {
        return drafts;
    }

    public OperatorService operators() {
        return operators;
    }

    public AuditService audit() {
        return audit;
    }

    public com.arbitra.domain.TrainingService training() {
        return training;
    }

    public SettingsService settings() {
        return settings;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
