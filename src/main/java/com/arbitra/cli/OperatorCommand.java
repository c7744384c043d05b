package com.arbitra.cli;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Operator;
import com.arbitra.domain.Passwords;
import com.arbitra.domain.Role;
import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import java.io.Console;
import java.io.IOException;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "operator", description = "Manage the workspace's operators.",
        subcommands = {OperatorCommand.Add.class, OperatorCommand.ListOperators.class})
final class OperatorCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: add or list.");
    }

    @Command(name = "add", description = "Add an operator. The new operator's password is read from the terminal, "
            + "or from the first line of standard input; never from the arguments. Once the workspace has a "
            + "supervisor, one must sign in (--operator).")
    static final class Add extends CliCommand {

        @Mixin
        WorkspaceOption workspace = new WorkspaceOption();

        @Mixin
        SupervisorSignIn signIn = new SupervisorSignIn();

        @Parameters(index = "0", paramLabel = "NAME", description = "Sign-in name: lower-case letters, digits, . _ -")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "AGENT, SUPERVISOR or TRAINER.")
        Role role;

        @Option(names = "--display-name", paramLabel = "TEXT", description = "The name shown in the console.")
        String displayName;

        @Override
        public Integer call() throws WorkspaceException, IOException {
            if (!role.isOperatorRole()) {
                throw new InputRefusedException("The role must be AGENT, SUPERVISOR or TRAINER.");
            }
            try (Session s = open(workspace)) {
                Actor by = signIn.actor(this, s, "add operators");
                Operator op = s.operators().add(by, name, displayName, role, readPassword());
                out().println("Added " + op.role().name().toLowerCase(java.util.Locale.ROOT) + " " + op.username()
                        + " to " + s.workspace().dir() + ".");
            }
            return Exit.DONE;
        }

        private char[] readPassword() throws IOException {
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
    }

    @Command(name = "list", description = "List the operators.")
    static final class ListOperators extends CliCommand {

        @Mixin
        WorkspaceOption workspace = new WorkspaceOption();

        @Override
        public Integer call() throws WorkspaceException {
            try (Session s = open(workspace)) {
                for (Operator op : s.operators().all()) {
                    out().printf("%-24s %-10s %s%n", op.username(), op.role(), op.displayName());
                }
            }
            return Exit.DONE;
        }
    }
}
