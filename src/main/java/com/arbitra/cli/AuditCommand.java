package com.arbitra.cli;

import com.arbitra.bundle.Witnesses;
import com.arbitra.domain.AuditChain;
import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit", description = "Work with the audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Head.class})
final class AuditCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: verify or head.");
    }

    @Command(name = "verify", description = "Check the audit log's hash chain: OK with the record count, or the "
            + "first broken record (exit 1). With --witness, also that the chain still holds what an export, a "
            + "backup or a saved head once saw: a chain cut short or rewritten since is broken.")
    static final class Verify extends CliCommand {

        @Mixin
        WorkspaceOption workspace = new WorkspaceOption();

        @Option(names = "--witness", paramLabel = "FILE", description = "An export, a backup, or a head saved from "
                + "`arbitra audit head`.")
        Path witness;

        @Override
        public Integer call() throws WorkspaceException {
            AuditChain.Witness seen = null;
            if (witness != null) {
                try {
                    seen = Witnesses.read(witness);
                } catch (Witnesses.NotAWitnessException e) {
                    throw new InputRefusedException(e.getMessage());
                }
            }
            try (Session s = open(workspace)) {
                AuditChain.Verdict v = seen == null ? s.audit().verify() : s.audit().verify(seen);
                if (v.ok()) {
                    out().println("OK " + v.count() + " records" + (seen == null ? ""
                            : "; record " + seen.seq() + " is the one " + seen.source() + " saw"));
                    return Exit.DONE;
                }
                out().println("BROKEN at record " + v.brokenSeq() + ": " + v.problem());
                return Exit.REFUSED;
            }
        }
    }

    @Command(name = "head", description = "Print where the audit chain ends, as one line of JSON: keep it "
            + "somewhere else, and `audit verify --witness` on it later finds a chain cut short or rewritten.")
    static final class Head extends CliCommand {

        @Mixin
        WorkspaceOption workspace = new WorkspaceOption();

        @Override
        public Integer call() throws WorkspaceException {
            try (Session s = open(workspace)) {
                out().println(Witnesses.saved(s.audit().head()));
            }
            return Exit.DONE;
        }
    }
}
