package com.arbitra.cli;

import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand: runs with the root's context and returns an exit code. */
public abstract class CliCommand implements Callable<Integer> {

    Cli root;

    @Spec
    protected CommandSpec spec;

    /** Whether a person sits at a terminal. */
    protected boolean interactive() {
        return root.interactive;
    }

    /** How workspaces are opened and created. */
    protected Workspaces workspaces() {
        return root.workspaces;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected Session open(WorkspaceOption option) throws WorkspaceException {
        return root.workspaces.open(option.resolve(root.workspaces));
    }

    protected Path dir(WorkspaceOption option) {
        return option.resolve(root.workspaces);
    }
}
