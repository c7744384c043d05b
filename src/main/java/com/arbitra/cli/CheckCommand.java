package com.arbitra.cli;

import com.arbitra.domain.AuditChain;
import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceCheck;
import com.arbitra.store.WorkspaceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check", description = "Check the workspace: every row of every table read (the database checks "
        + "its pages), every case body, every attachment's SHA-256, the schema, the per-state counts and the audit "
        + "chain. One line per part, OK or DAMAGED; on damage (exit 3) it names the newest backup to restore.")
final class CheckCommand extends CliCommand {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Override
    public Integer call() {
        Path dir = dir(workspace).toAbsolutePath().normalize();
        List<WorkspaceCheck.Part> parts = new ArrayList<>();
        try (Session s = open(workspace)) {
            parts.addAll(WorkspaceCheck.run(s.workspace()));
            AuditChain.Verdict v;
            try {
                v = s.audit().verify();
            } catch (RuntimeException e) {
                v = AuditChain.Verdict.broken(0, 0, "it cannot be read (" + e.getMessage() + ")");
            }
            parts.add(new WorkspaceCheck.Part("audit", v.ok(), v.ok() ? v.count() + " records, one chain"
                    : "broken at record " + v.brokenSeq() + ": " + v.problem()));
        } catch (WorkspaceException | RuntimeException e) {
            parts.add(new WorkspaceCheck.Part("database", false, "it cannot be opened (" + e.getMessage() + ")"));
        }
        boolean ok = true;
        for (WorkspaceCheck.Part p : parts) {
            out().println(p.name() + ": " + (p.ok() ? "OK" : "DAMAGED") + " (" + p.detail() + ")");
            ok &= p.ok();
        }
        if (ok) {
            return Exit.DONE;
        }
        Path backup = WorkspaceCheck.newestBackup(dir);
        out().println(backup != null
                ? "The workspace is damaged. The newest backup in it is " + backup + ": restore it into a new folder "
                        + "with `arbitra restore " + backup + " --workspace NEW_FOLDER`, then check that one."
                : "The workspace is damaged, and its backups/ folder holds no backup: restore the newest one you made "
                        + "with `arbitra backup` into a new folder (`arbitra restore FILE.zip --workspace NEW_FOLDER`).");
        return Exit.WORKSPACE;
    }
}
