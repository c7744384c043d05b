package com.arbitra.cli;

import com.arbitra.domain.ports.ExportResult;

import com.arbitra.bundle.Exporter;
import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Export the actions done since the last export (for the platform), or "
        + "with --full whole cases with their local work (.zip with files, or .json with inline attachments).")
final class ExportCommand extends CliCommand {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The bundle to write.")
    Path out;

    @Option(names = "--full", description = "Export whole cases instead of the pending actions.")
    boolean full;

    @Option(names = "--case", paramLabel = "ID", description = "Only this case (repeatable).")
    List<String> caseIds = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatOption.Converter.class, description =
            "case-bundle (the default), or wxpay-complaints-v2: the requests WeChat Pay's complaints API needs for "
            + "the actions on WXP- cases, one JSON object a line (nothing is signed or sent).")
    com.arbitra.bundle.Importer.Format format;

    @Override
    public Integer call() throws WorkspaceException, IOException {
        if (format == com.arbitra.bundle.Importer.Format.WXPAY_COMPLAINTS_V2) {
            return wxpay();
        }
        try (Session s = open(workspace)) {
            for (String id : caseIds) {
                if (s.cases().find(id).isEmpty()) {
                    throw new InputRefusedException("There is no case " + id + " in " + s.workspace().dir()
                            + "; nothing was written.");
                }
            }
            Exporter exporter = new Exporter(s.workspace(), s.clock());
            ExportResult r;
            try {
                r = full ? exporter.full(out, caseIds) : exporter.actions(out, caseIds);
            } catch (Exporter.ExportRefusedException e) {
                throw new InputRefusedException(e.getMessage() + " Nothing was written.");
            }
            out().println("Exported " + (full ? r.cases() + " cases" : r.actions() + " actions of " + r.cases()
                    + " cases") + " to " + r.file() + " (bundle " + r.bundleId() + ").");
        }
        return Exit.DONE;
    }

    private int wxpay() throws WorkspaceException, IOException {
        if (full || !caseIds.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format wxpay-complaints-v2 "
                    + "exports every pending action of the WXP- cases: it takes neither --full nor --case.");
        }
        try (Session s = open(workspace)) {
            com.arbitra.bundle.WxpayExport.Result r;
            try {
                r = new com.arbitra.bundle.WxpayExport(s.workspace(), s.clock()).write(out);
            } catch (Exporter.ExportRefusedException e) {
                throw new InputRefusedException(e.getMessage() + " Nothing was written.");
            }
            out().println("Exported " + r.requests() + " requests for " + r.actions() + " actions to " + r.file()
                    + " (one JSON object a line; nothing is signed or sent).");
            for (String line : r.notExpressed()) {
                out().println("  not sent as a request: " + line);
            }
        }
        return Exit.DONE;
    }
}
