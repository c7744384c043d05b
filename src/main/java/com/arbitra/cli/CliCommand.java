package com.arbitra.cli;

import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import com.arbitra.domain.Passwords;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Arrays;
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

    /** A new password for {@code name}: typed twice at a terminal, else the first line of standard input. */
    protected char[] readNewPassword(String name) throws java.io.IOException {
        Console console = System.console();
        if (root.interactive && console != null) {
            char[] first = console.readPassword("Password for %s: ", name);
            char[] second = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, second)) {
                throw new InputRefusedException("The two passwords differ; nothing was changed.");
            }
            Arrays.fill(second, '\0');
            return first;
        }
        String line = root.in.readLine();
        if (line == null || line.isEmpty()) {
            throw new InputRefusedException("No password on standard input; nothing was changed.");
        }
        String problem = Passwords.problem(line.toCharArray());
        if (problem != null) {
            throw new InputRefusedException(problem);
        }
        return line.toCharArray();
    }

    protected Path dir(WorkspaceOption option) {
        return option.resolve(root.workspaces);
    }
}
