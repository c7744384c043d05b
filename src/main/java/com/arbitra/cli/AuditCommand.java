package com.arbitra.cli;

import com.arbitra.domain.AuditChain;
import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "audit", description = "Work with the audit log.", subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: verify.");
    }

    @Command(name = "verify", description = "Check the audit log's hash chain: OK with the record count, or the "
            + "first broken record (exit 1).")
    static final class Verify extends CliCommand {

        @Mixin
        WorkspaceOption workspace = new WorkspaceOption();

        @Override
        public Integer call() throws WorkspaceException {
            try (Session s = open(workspace)) {
                AuditChain.Verdict v = s.audit().verify();
                if (v.ok()) {
                    out().println("OK " + v.count() + " records");
                    return Exit.DONE;
                }
                out().println("BROKEN at record " + v.brokenSeq() + ": " + v.problem());
                return Exit.REFUSED;
            }
        }
    }
}
