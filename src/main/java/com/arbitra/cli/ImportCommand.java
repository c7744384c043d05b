package com.arbitra.cli;

import com.arbitra.domain.ports.ImportReport;

import com.arbitra.bundle.BundleException;

import com.arbitra.bundle.Importer;
import com.arbitra.bundle.Limits;
import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import case bundles (.json, .zip, or a folder holding bundle.json), or "
        + "responses of WeChat Pay's complaints 2.0 API saved by the merchant's client (a folder, a .zip or a .json "
        + "file; told by their content, or by --format). A bundle with any invalid case is refused whole unless --skip-invalid. Each bundle is imported on its "
        + "own, in order; the exit code is 1 when any was refused (the report says which).")
final class ImportCommand extends CliCommand {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportCommand.class);
    /** The log notes an import's progress every so many cases (a script's import leaves a trace). */
    static final long LOG_EVERY = 5_000;

    private long logged;

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Option(names = "--skip-invalid", description = "Import the valid cases; write the invalid ones, as they "
            + "arrived, to a reject file beside the report.")
    boolean skipInvalid;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    Path report;

    @Mixin
    FormatOption format = new FormatOption();

    @Parameters(paramLabel = "BUNDLE", arity = "1..*", description = "The bundles to import, in order.")
    List<Path> bundles;

    @Override
    public Integer call() throws WorkspaceException, IOException {
        List<ImportReport> reports = new ArrayList<>();
        boolean refused = false;
        try (Session s = open(workspace)) {
            Importer importer = new Importer(s.workspace(), s.clock(), Limits.defaults(),
                    "cli:" + System.getProperty("user.name"));
            for (Path bundle : bundles) {
                Path rejects = skipInvalid ? rejectFile(bundle) : null;
                ImportReport r;
                try {
                    logged = 0;
                    r = importer.run(bundle, new Importer.Options(skipInvalid, rejects, false, format.value()),
                            (cases, elapsed) -> progress(bundle, cases, elapsed));
                } catch (BundleException e) {
                    err().println("arbitra: " + e.getMessage() + " Nothing was written.");
                    refused = true;
                    continue;
                }
                clearProgress();
                reports.add(r);
                r.lines().forEach(out()::println);
                r.errors().forEach(line -> err().println("  " + line));
                r.warningLines().forEach(line -> out().println("  warning " + line));
                if (r.rejectFile() != null) {
                    out().println("  rejected cases written to " + r.rejectFile());
                }
                refused |= r.refused();
            }
            if (s.workspace().compactsOnClose()) {
                // a few seconds a hundred thousand cases: say why the command has not ended yet
                err().println("Compacting the workspace file after the import...");
            }
        }
        if (report != null) {
            writeReport(reports);
        }
        return refused ? Exit.REFUSED : Exit.DONE;
    }

    private Path rejectFile(Path bundle) {
        String base = bundle.getFileName().toString().replaceFirst("\\.(json|zip)$", "");
        Path dir = report != null ? report.toAbsolutePath().getParent() : Path.of("").toAbsolutePath();
        return dir.resolve(base + ".rejected.json");
    }

    private void writeReport(List<ImportReport> reports) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        com.arbitra.store.AtomicFiles.write(report, out -> mapper.writeValue(out,
                reports.size() == 1 ? reports.get(0) : reports));
    }

    private void progress(Path bundle, long cases, java.time.Duration elapsed) {
        double rate = cases / Math.max(0.001, elapsed.toMillis() / 1000.0);
        if (cases / LOG_EVERY > logged / LOG_EVERY) {
            logged = cases;
            LOG.info(String.format(java.util.Locale.ROOT, "Importing %s: %,d cases read, %,.0f cases/s", bundle, cases,
                    rate));
        }
        if (root.interactive) {
            err().printf("\r  %,d cases read, %,.0f cases/s   ", cases, rate);
            err().flush();
        }
    }

    private void clearProgress() {
        if (root.interactive) {
            err().print("\r" + " ".repeat(50) + "\r");
            err().flush();
        }
    }
}
