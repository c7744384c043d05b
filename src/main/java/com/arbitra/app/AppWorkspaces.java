package com.arbitra.app;

import com.arbitra.cli.Workspaces;
import com.arbitra.domain.Passwords;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.store.Session;
import com.arbitra.store.Workspace;
import com.arbitra.store.WorkspaceException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Opens workspaces with the application's clock, settings and logging. */
final class AppWorkspaces implements Workspaces {

    /** Milliseconds are all a deadline needs, and the database keeps no more than microseconds. */
    static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));

    private final boolean verbose;

    AppWorkspaces(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public Path defaultDirectory() {
        return Workspace.defaultDirectory();
    }

    @Override
    public Session open(Path dir) throws WorkspaceException {
        logTo(dir);
        return session(Workspace.open(dir));
    }

    @Override
    public Session create(Path dir, WorkspaceKind kind) throws WorkspaceException {
        logTo(dir);
        return session(Workspace.create(dir, kind));
    }

    @Override
    public Session createTeam(Path dir, com.arbitra.store.TeamDescriptor server, WorkspaceKind kindIfNew)
            throws WorkspaceException {
        logTo(dir);
        return session(Workspace.createTeam(dir, server, kindIfNew));
    }

    @Override
    public int startConsole(Path dir) {
        return ConsoleLauncher.launch(this, dir);
    }

    private void logTo(Path dir) {
        Logging.toWorkspace(dir.toAbsolutePath().normalize().resolve("logs"), verbose);
    }

    private static Session session(Workspace ws) {
        try {
            return Session.withStoredSettings(ws, CLOCK, java.time.ZoneId.systemDefault(), Passwords.owasp());
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }
}
