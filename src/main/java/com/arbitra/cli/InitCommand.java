package com.arbitra.cli;

import com.arbitra.domain.WorkspaceKind;
import com.arbitra.store.Session;
import com.arbitra.store.Workspace;
import com.arbitra.store.WorkspaceException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", description = "Create a workspace; live unless --training. A workspace's kind never changes.")
final class InitCommand extends CliCommand {

    @Option(names = "--training", description = "Create a training workspace (accepts only TRAINING bundles).")
    boolean training;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of the new workspace.")
    Path dir;

    @Override
    public Integer call() throws WorkspaceException {
        if (Workspace.exists(dir)) {
            throw new InputRefusedException("The folder " + dir + " already holds a workspace; nothing was changed.");
        }
        WorkspaceKind kind = training ? WorkspaceKind.TRAINING : WorkspaceKind.LIVE;
        try (Session s = root.workspaces.create(dir, kind)) {
            out().println("Created a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " workspace in "
                    + s.workspace().dir() + ".");
        }
        return Exit.DONE;
    }
}
