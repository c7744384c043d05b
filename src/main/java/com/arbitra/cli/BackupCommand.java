package com.arbitra.cli;

import com.arbitra.store.Backups;
import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", description = "Back up a workspace (database, attachments, settings) to a ZIP file. "
        + "Consistent while the console or another command keeps working on the workspace; a team workspace is read "
        + "from one snapshot of the server while other workstations keep working.")
final class BackupCommand extends CliCommand {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The backup file to write.")
    Path out;

    @Override
    public Integer call() throws WorkspaceException, IOException {
        if (!out.getFileName().toString().endsWith(".zip")) {
            throw new InputRefusedException("The backup file must end in .zip (was " + out + "); nothing was written.");
        }
        if (Files.isDirectory(out)) {
            throw new InputRefusedException(out + " is a folder; name the backup file to write. Nothing was written.");
        }
        long start = System.nanoTime();
        try (Session s = open(workspace)) {
            Backups.Manifest m = Backups.backup(s.workspace(), out);
            out().printf("Backed up %s to %s: %d cases, %d audit records, schema %s, %,d bytes in %.1f s%n",
                    s.workspace().dir(), out, m.cases(), m.auditRecords(), m.schema(), Files.size(out),
                    (System.nanoTime() - start) / 1e9);
        }
        return Exit.DONE;
    }
}
