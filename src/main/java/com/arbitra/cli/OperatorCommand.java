package com.arbitra.cli;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Operator;
import com.arbitra.domain.Role;
import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "operator", description = "Manage the workspace's operators.",
        subcommands = {OperatorCommand.Add.class, OperatorCommand.Password.class, OperatorCommand.ListOperators.class})
final class OperatorCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: add, password or list.");
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
                Operator op = s.operators().add(by, name, displayName, role, readNewPassword(name));
                out().println("Added " + op.role().name().toLowerCase(java.util.Locale.ROOT) + " " + op.username()
                        + " to " + s.workspace().dir() + ".");
            }
            return Exit.DONE;
        }
    }

    @Command(name = "password", description = {"Change an operator's password. The operator signs in (or a supervisor, "
            + "with --operator); the new password is read from the terminal, or from the first line of standard input.",
            "In an encrypted workspace the file key is wrapped again for the new password. With ARBITRA_RECOVERY_KEY "
                    + "set, the recovery key stands for a supervisor: a forgotten password is reset so."})
    static final class Password extends CliCommand {

        @Mixin
        WorkspaceOption workspace = new WorkspaceOption();

        @Parameters(index = "0", paramLabel = "NAME", description = "Whose password changes.")
        String name;

        @Option(names = "--operator", paramLabel = "WHO", description = "Who signs in to change it: NAME itself "
                + "(the default, else $ARBITRA_OPERATOR) or a supervisor; the password comes from $ARBITRA_PASSWORD "
                + "or a prompt on a terminal.")
        String who;

        @Override
        public Integer call() throws WorkspaceException, IOException {
            try (Session s = open(workspace)) {
                Actor by = actor(s);
                Operator op = s.operators().changePassword(by, name, readNewPassword(name));
                out().println("Changed the password of " + op.username() + " in " + s.workspace().dir() + ".");
            }
            return Exit.DONE;
        }

        private Actor actor(Session s) {
            String via = SupervisorSignIn.via();
            if (root.unlockedByRecoveryKey()) {
                return new Actor("recovery key", Role.SUPERVISOR, via);
            }
            String signing = who != null ? who : root.env.getOrDefault(SupervisorSignIn.OPERATOR_VARIABLE, name);
            Operator op = s.operators().signIn(signing.strip(), SupervisorSignIn.password(this, signing.strip()));
            return new Actor(op.username(), op.role(), via);
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
