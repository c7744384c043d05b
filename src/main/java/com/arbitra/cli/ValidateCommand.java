package com.arbitra.cli;

import com.arbitra.domain.ports.ImportReport;

import com.arbitra.bundle.BundleException;

import com.arbitra.bundle.Importer;
import com.arbitra.bundle.Limits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Check bundles (or saved WeChat Pay complaints 2.0 responses) as "
        + "import would; writes nothing.")
final class ValidateCommand extends CliCommand {

    @Parameters(paramLabel = "BUNDLE", arity = "1..*", description = "The bundles to check.")
    List<Path> bundles;

    @Mixin
    FormatOption format = new FormatOption();

    @Override
    public Integer call() throws IOException {
        boolean invalid = false;
        for (Path bundle : bundles) {
            try {
                ImportReport r = Importer.validate(bundle, Limits.defaults(), format.value());
                if (r.errors().isEmpty()) {
                    out().println(bundle + ": valid (" + r.cases() + " cases"
                            + (r.warnings() > 0 ? ", " + r.warnings() + " warnings" : "") + ")");
                } else {
                    invalid = true;
                    out().println(bundle + ": invalid");
                    r.errors().forEach(line -> out().println("  " + line));
                }
                r.warningLines().forEach(line -> out().println("  warning " + line));
            } catch (BundleException e) {
                invalid = true;
                out().println(bundle + ": invalid");
                out().println("  " + e.getMessage());
            }
        }
        return invalid ? Exit.REFUSED : Exit.DONE;
    }
}
