package com.arbitra.cli;

import com.arbitra.domain.WorkspaceKind;
import com.arbitra.store.Session;
import com.arbitra.store.TeamDescriptor;
import com.arbitra.store.Workspace;
import com.arbitra.store.WorkspaceException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", description = {"Create a workspace; live unless --training. A workspace's kind never changes.",
        "With --server, DIR becomes a team workspace whose data lives in that PostgreSQL database (a new one, or "
                + "the one it holds already: that joins it). The database password comes from ARBITRA_DB_PASSWORD, "
                + "~/.pgpass, or a prompt at a terminal; never from the arguments."})
final class InitCommand extends CliCommand {

    @Option(names = "--training", description = "Create a training workspace (accepts only TRAINING bundles).")
    boolean training;

    @Option(names = "--server", paramLabel = "JDBC_URL",
            description = "A team workspace on this PostgreSQL database (jdbc:postgresql://HOST[:PORT]/DATABASE).")
    String server;

    @Option(names = "--db-user", paramLabel = "NAME", description = "The database user (default: the OS user's name).")
    String dbUser;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of the new workspace.")
    Path dir;

    @Override
    public Integer call() throws WorkspaceException {
        if (Workspace.exists(dir)) {
            throw new InputRefusedException("The folder " + dir + " already holds a workspace; nothing was changed.");
        }
        WorkspaceKind kind = training ? WorkspaceKind.TRAINING : WorkspaceKind.LIVE;
        if (dbUser != null && server == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--db-user needs --server.");
        }
        if (server != null) {
            return team(kind);
        }
        try (Session s = root.workspaces.create(dir, kind)) {
            out().println("Created a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " workspace in "
                    + s.workspace().dir() + ".");
        }
        return Exit.DONE;
    }

    private int team(WorkspaceKind kind) throws WorkspaceException {
        TeamDescriptor descriptor;
        try {
            descriptor = new TeamDescriptor(server, dbUser);
        } catch (IllegalArgumentException e) {
            throw new InputRefusedException(e.getMessage() + " Nothing was changed.");
        }
        try (Session s = root.workspaces.createTeam(dir, descriptor, kind)) {
            String what = s.workspace().kind().name().toLowerCase(java.util.Locale.ROOT);
            out().println(s.workspace().appliedMigrations() > 0
                    ? "Created a " + what + " team workspace on " + server + "; this workstation uses it from "
                            + s.workspace().dir() + "."
                    : "Joined the " + what + " team workspace on " + server + " from " + s.workspace().dir() + ".");
        }
        return Exit.DONE;
    }
}
