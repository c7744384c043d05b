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

    @Option(names = "--encrypted", description = "Encrypt the database file and its backups: they open only with an "
            + "operator's password, or the recovery key printed once now. Needs --supervisor.")
    boolean encrypted;

    @Option(names = "--supervisor", paramLabel = "NAME", description = "With --encrypted: the first supervisor, made "
            + "now (the password from the terminal, or the first line of standard input).")
    String supervisor;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of the new workspace.")
    Path dir;

    @Override
    public Integer call() throws WorkspaceException, java.io.IOException {
        if (Workspace.exists(dir) || com.arbitra.store.FileKeys.encrypted(dir)) {
            throw new InputRefusedException("The folder " + dir + " already holds a workspace; nothing was changed.");
        }
        WorkspaceKind kind = training ? WorkspaceKind.TRAINING : WorkspaceKind.LIVE;
        if (dbUser != null && server == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--db-user needs --server.");
        }
        if (server != null) {
            if (encrypted) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--encrypted is for a workspace on "
                        + "this machine; a team's data is kept by its server (encrypt the server's disk).");
            }
            return team(kind);
        }
        if (encrypted) {
            return encrypted(kind);
        }
        if (supervisor != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--supervisor needs --encrypted (a "
                    + "plain workspace gets its first supervisor with operator add, or in the console).");
        }
        try (Session s = root.workspaces.create(dir, kind)) {
            out().println("Created a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " workspace in "
                    + s.workspace().dir() + ".");
        }
        return Exit.DONE;
    }

    /**
     * An encrypted workspace: its key file first (which the database's creation then uses), then the
     * database with its first supervisor. What fails leaves no workspace behind.
     */
    private int encrypted(WorkspaceKind kind) throws WorkspaceException, java.io.IOException {
        String name = supervisor;
        java.io.Console console = interactive() ? System.console() : null;
        if (name == null && console != null) {
            name = console.readLine("First supervisor's sign-in name: ");
        }
        if (name == null || name.isBlank()) {
            throw new InputRefusedException("An encrypted workspace gets its first supervisor as it is made: name them "
                    + "with --supervisor NAME (their password comes from the terminal or standard input). Nothing was "
                    + "changed.");
        }
        char[] password = readNewPassword(name.strip());
        boolean fresh = !java.nio.file.Files.exists(dir) || isEmptyFolder(dir);
        String recovery = com.arbitra.store.FileKeys.create(dir);
        try (Session s = root.workspaces.create(dir, kind)) {
            s.operators().createFirstSupervisor(name.strip(), null, password);
            out().println("Created an encrypted " + kind.name().toLowerCase(java.util.Locale.ROOT) + " workspace in "
                    + s.workspace().dir() + ", with supervisor " + name.strip() + ".");
        } catch (RuntimeException | WorkspaceException e) {
            if (fresh) {
                deleteTree(dir);
            }
            throw e;
        }
        out().println("Recovery key: " + recovery);
        out().println("It is shown only now. It opens the workspace when no operator's password does: keep it on "
                + "paper or in a password manager, away from this computer.");
        return Exit.DONE;
    }

    private static boolean isEmptyFolder(Path dir) throws java.io.IOException {
        try (var entries = java.nio.file.Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var all = java.nio.file.Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
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
