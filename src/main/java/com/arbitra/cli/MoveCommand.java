package com.arbitra.cli;

import com.arbitra.domain.AuditChain;
import com.arbitra.store.Session;
import com.arbitra.store.TeamDescriptor;
import com.arbitra.store.Workspace;
import com.arbitra.store.WorkspaceException;
import com.arbitra.store.WorkspaceMove;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "move", description = {"Copy a single-workstation workspace into an empty team database "
        + "(cases, attachments, audit chain, operators, settings), then check the row counts and the audit chain. "
        + "The local workspace is left as it was; workstations then join the team one with init --server."})
final class MoveCommand extends CliCommand {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Option(names = "--to-server", required = true, paramLabel = "JDBC_URL",
            description = "The empty PostgreSQL database (jdbc:postgresql://HOST[:PORT]/DATABASE).")
    String server;

    @Option(names = "--db-user", paramLabel = "NAME",
            description = "The database user that will own the team workspace (default: the OS user's name).")
    String dbUser;

    @Override
    public Integer call() throws WorkspaceException {
        Path dir = workspace.resolve(root.workspaces);
        if (!Workspace.exists(dir) || TeamDescriptor.in(dir)) {
            throw new InputRefusedException("The folder " + dir + " holds no single-workstation workspace to move; "
                    + "nothing was changed.");
        }
        TeamDescriptor target;
        try {
            target = new TeamDescriptor(server, dbUser);
        } catch (IllegalArgumentException e) {
            throw new InputRefusedException(e.getMessage() + " Nothing was changed.");
        }
        Path scratch = scratchFolder();
        try (Session local = root.workspaces.open(dir)) {
            AuditChain.Verdict before = local.audit().verify();
            if (!before.ok()) {
                throw new InputRefusedException("The audit chain of " + dir + " is broken at record " + before.brokenSeq()
                        + " (" + before.problem() + "); a broken chain is not moved. Nothing was changed.");
            }
            try (Session team = root.workspaces.createTeam(scratch, target, local.workspace().kind())) {
                if (team.workspace().appliedMigrations() == 0) {
                    throw new InputRefusedException("The database " + server + " already holds a team workspace; a "
                            + "move goes into an empty one. Nothing was changed.");
                }
                WorkspaceMove.Copied copied = WorkspaceMove.copy(local.workspace(), team.workspace());
                AuditChain.Verdict after = team.audit().verify();
                if (!after.ok() || after.count() != before.count()) {
                    out().println("BROKEN after the move at record " + after.brokenSeq() + ": " + after.problem());
                    return Exit.REFUSED;
                }
                Map<String, Long> rows = copied.rows();
                for (var e : rows.entrySet()) {
                    out().println("moved." + e.getKey() + "=" + e.getValue());
                }
                out().println("Moved " + rows.getOrDefault("dispute_case", 0L) + " cases, "
                        + rows.getOrDefault("operator", 0L) + " operators and " + after.count()
                        + " audit records to " + server + "; the counts match and the audit chain verifies. "
                        + "Operators moved keep their passwords; each gets a server login of their own at their first "
                        + "sign-in there. Join it with: arbitra init --server " + server
                        + (dbUser == null ? "" : " --db-user " + dbUser) + " DIR");
                return Exit.DONE;
            }
        } finally {
            deleteAll(scratch);
        }
    }

    private static Path scratchFolder() {
        try {
            return Files.createTempDirectory("arbitra-move");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind holds only a descriptor and a log
        }
    }
}
