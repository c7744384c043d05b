package com.arbitra.cli;

import com.arbitra.bundle.BenchGenerator;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Benchmarks and their data.", subcommands = BenchCommand.Generate.class)
final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: generate.");
    }

    @Command(name = "generate", description = "Write a deterministic synthetic live bundle of N realistic cases.")
    static final class Generate extends CliCommand {

        @Option(names = "--cases", required = true, paramLabel = "N")
        long cases;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
        long seed;

        @Option(names = "--attachments", description = "Give cases small attachment files (inline).")
        boolean attachments;

        @Override
        public Integer call() throws IOException {
            if (cases < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cases must be 0 or more.");
            }
            new BenchGenerator(seed, attachments).write(out, cases, n -> {
                if (root.interactive) {
                    err().printf("\r  %,d cases written", n);
                    err().flush();
                }
            });
            if (root.interactive) {
                err().println();
            }
            out().println("Wrote " + cases + " cases to " + out + ".");
            return Exit.DONE;
        }
    }
}
