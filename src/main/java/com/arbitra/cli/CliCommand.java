package com.arbitra.cli;

import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand: runs with the root's context and returns an exit code. */
abstract class CliCommand implements Callable<Integer> {

    Cli root;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Session open(WorkspaceOption option) throws WorkspaceException {
        return root.workspaces.open(option.resolve(root.workspaces));
    }

    Path dir(WorkspaceOption option) {
        return option.resolve(root.workspaces);
    }
}
