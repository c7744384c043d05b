package com.arbitra.support;

import com.arbitra.cli.Workspaces;
import com.arbitra.domain.Passwords;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.store.Session;
import com.arbitra.store.Workspace;
import com.arbitra.store.WorkspaceException;
import java.nio.file.Path;
import java.time.Clock;

/** Opens real workspaces for commands run in a test; passwords with few iterations to keep it quick. */
public class TestWorkspaces implements Workspaces {

    private final Path fallback;

    public TestWorkspaces(Path fallback) {
        this.fallback = fallback;
    }

    @Override
    public Path defaultDirectory() {
        return fallback;
    }

    @Override
    public Session open(Path d) throws WorkspaceException {
        return session(Workspace.open(d));
    }

    @Override
    public Session create(Path d, WorkspaceKind kind) throws WorkspaceException {
        return session(Workspace.create(d, kind));
    }

    @Override
    public Session createTeam(Path d, com.arbitra.store.TeamDescriptor server, WorkspaceKind kind)
            throws WorkspaceException {
        return session(Workspace.createTeam(d, server, kind));
    }

    @Override
    public int startConsole(Path d) {
        throw new UnsupportedOperationException("no console in this test");
    }

    private static Session session(Workspace ws) {
        return new Session(ws, Clock.systemUTC(), WorkflowSettings.defaults(), new Passwords(1000));
    }
}
