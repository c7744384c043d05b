package com.arbitra.cli;

import com.arbitra.domain.CaseState;
import com.arbitra.store.CaseQueries;
import com.arbitra.store.CaseSummary;
import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cases", description = "List the workspace's cases, most urgent first.")
final class CasesCommand extends CliCommand {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Option(names = "--state", paramLabel = "STATE", description = "Only cases in this state (repeatable).")
    List<CaseState> states = new ArrayList<>();

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() throws WorkspaceException, IOException {
        try (Session s = open(workspace)) {
            CaseQueries queries = new CaseQueries(s.workspace());
            if (json) {
                JsonGenerator g = new JsonFactory().createGenerator(out());
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
                queries.forEach(states, c -> write(g, c));
                g.writeEndArray();
                g.flush();
                out().println();
            } else {
                queries.forEach(states, c -> out().printf("%-24s %3d  %-22s %-25s %-12s %s%n", c.caseId(),
                        c.revision(), c.state(), c.dueAt() == null ? "-" : c.dueAt().toString(),
                        c.assignee() == null ? "-" : c.assignee(), c.merchantName()));
            }
        }
        return Exit.DONE;
    }

    private static void write(JsonGenerator g, CaseSummary c) {
        try {
            g.writeStartObject();
            g.writeStringField("caseId", c.caseId());
            g.writeNumberField("revision", c.revision());
            g.writeStringField("state", c.state().name());
            g.writeStringField("dueAt", c.dueAt() == null ? null : c.dueAt().toString());
            g.writeStringField("merchantName", c.merchantName());
            g.writeStringField("assignee", c.assignee());
            g.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
