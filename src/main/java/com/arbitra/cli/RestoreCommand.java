package com.arbitra.cli;

import com.arbitra.store.Backups;
import com.arbitra.store.Session;
import com.arbitra.store.Workspace;
import com.arbitra.store.WorkspaceException;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", description = "Restore a backup into a workspace folder. A folder that is not empty is "
        + "refused unless --force; the backup is checked and unpacked beside the folder before it takes its place, "
        + "and the workspace it replaces is kept as a backup in the folder's backups/. On a team workspace (made by "
        + "init --server) the backup replaces what the server database holds, in one transaction; a database that "
        + "is not empty needs --force. Replacing a workspace that has a supervisor needs one to sign in "
        + "(--operator).")
final class RestoreCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "A file written by `arbitra backup`.")
    Path file;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "The folder to restore into.")
    Path dir;

    @Option(names = "--force", description = "Replace the workspace already in the folder (it must not be open).")
    boolean force;

    @Mixin
    SupervisorSignIn signIn = new SupervisorSignIn();

    @Override
    public Integer call() throws WorkspaceException, IOException {
        try {
            Backups.inspect(file);
            if (force && Workspace.exists(dir)) {
                try (Session s = workspaces().open(dir)) {
                    signIn.actor(this, s, "replace the workspace");
                }
            }
            Backups.Restored r = Backups.restore(file, dir, force);
            Backups.Manifest m = r.manifest();
            out().println("Restored " + file + " (made " + m.madeAt() + " by Arbitra " + m.appVersion() + ": "
                    + m.cases() + " cases, " + m.auditRecords() + " audit records) into " + dir + ".");
            if (r.replacedKeptAs() != null) {
                out().println("The workspace it replaced is kept as " + r.replacedKeptAs() + ".");
            }
            return Exit.DONE;
        } catch (Backups.NotABackupException e) {
            throw new InputRefusedException(e.getMessage());
        }
    }
}
