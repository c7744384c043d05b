package com.arbitra.cli;

import com.arbitra.domain.ports.TrainingSetResult;

import com.arbitra.bundle.TrainingSetMaker;
import com.arbitra.domain.Difficulty;
import com.arbitra.store.Session;
import com.arbitra.store.Workspace;
import com.arbitra.store.WorkspaceException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "training", description = "Training sets for trainees.", subcommands = {TrainingCommand.Make.class})
final class TrainingCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: make.");
    }

    @Command(name = "make", description = "Make a TRAINING bundle from closed cases with an issued ruling: the "
            + "ruling becomes the reference, personal data is replaced by pseudonyms and scrubbed from free text, "
            + "attachments are dropped unless --keep-attachments.")
    static final class Make extends CliCommand {

        @Option(names = "--from", required = true, paramLabel = "WORKSPACE", description = "The workspace holding "
                + "the closed cases.")
        Path from;

        @Option(names = "--case", required = true, paramLabel = "ID", description = "A closed case (repeatable).")
        List<String> caseIds = new ArrayList<>();

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The training bundle to write "
                + "(.json).")
        Path out;

        @Option(names = "--keep-attachments", description = "Keep the attachments (read them first: pictures are "
                + "not anonymised).")
        boolean keepAttachments;

        @Option(names = "--difficulty", paramLabel = "LEVEL", description = "EASY, MEDIUM (default) or HARD, for "
                + "every case.")
        Difficulty difficulty = Difficulty.MEDIUM;

        @Override
        public Integer call() throws WorkspaceException, IOException {
            if (!Workspace.exists(from)) {
                throw new InputRefusedException("The folder " + from + " holds no workspace; nothing was written.");
            }
            if (!out.getFileName().toString().endsWith(".json")) {
                throw new InputRefusedException("The training set is written as a .json file (was " + out
                        + "); nothing was written.");
            }
            try (Session s = root.workspaces.open(from)) {
                TrainingSetResult r = new TrainingSetMaker(s.workspace(), s.clock())
                        .make(caseIds, out, keepAttachments, difficulty);
                out().println("Made a training set of " + r.cases() + " cases in " + r.file() + " (bundle "
                        + r.bundleId() + (keepAttachments ? ", " + r.attachments() + " attachments kept" : "")
                        + "). Read it before sharing: free text may still name people the case does not.");
            }
            return Exit.DONE;
        }
    }
}
