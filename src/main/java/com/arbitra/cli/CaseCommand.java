package com.arbitra.cli;

import com.arbitra.bundle.CaseWriter;
import com.arbitra.domain.DisputeCase;
import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "case", description = "Work with one case.", subcommands = CaseCommand.Show.class)
final class CaseCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: show.");
    }

    @Command(name = "show", description = "Show a case; with --json in the bundle's case format, local work "
            + "included (the object a full export holds).")
    static final class Show extends CliCommand {

        @Parameters(index = "0", paramLabel = "ID")
        String caseId;

        @Mixin
        WorkspaceOption workspace = new WorkspaceOption();

        @Option(names = "--json", description = "Print the case as JSON.")
        boolean json;

        @Override
        public Integer call() throws WorkspaceException, IOException {
            try (Session s = open(workspace)) {
                DisputeCase c = s.cases().find(caseId).orElseThrow(() ->
                        new InputRefusedException("There is no case " + caseId + " in " + s.workspace().dir() + "."));
                if (json) {
                    JsonGenerator g = new JsonFactory().createGenerator(out());
                    g.useDefaultPrettyPrinter();
                    new CaseWriter(g, CaseWriter.Attachments.byPath(), true).write(c);
                    g.flush();
                    out().println();
                } else {
                    out().printf("%s (revision %d) %s%s%n", c.caseId(), c.revision(), c.state(),
                            c.closeReason() == null ? "" : " " + c.closeReason());
                    out().printf("  merchant %s (%s), consumer %s%n", c.merchant().name(), c.merchant().merchantId(),
                            c.consumer().consumerId());
                    out().printf("  order %s: %s, %s%n", c.order().transactionId(), c.order().productName(),
                            c.order().amount());
                    out().printf("  due %s, assignee %s, %d evidence items, %d requests%n",
                            c.dueAt() == null ? "-" : c.dueAt(), c.assignee() == null ? "-" : c.assignee(),
                            c.evidence().size(), c.evidenceRequests().size());
                }
            }
            return Exit.DONE;
        }
    }
}
