package com.arbitra.cli;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Operator;
import com.arbitra.domain.Role;
import com.arbitra.store.Session;
import java.io.Console;
import java.net.InetAddress;
import java.net.UnknownHostException;
import picocli.CommandLine.Option;

/**
 * {@code --operator NAME}: the supervisor's sign-in that commands changing people, settings or the
 * workspace itself need once the workspace has a supervisor. The password comes from
 * {@code ARBITRA_PASSWORD}, else from a prompt on a terminal; never from the arguments.
 */
public final class SupervisorSignIn {

    static final String OPERATOR_VARIABLE = "ARBITRA_OPERATOR";
    static final String PASSWORD_VARIABLE = "ARBITRA_PASSWORD";

    @Option(names = "--operator", paramLabel = "NAME", description = "The supervisor signing in (default: "
            + "$ARBITRA_OPERATOR); the password comes from $ARBITRA_PASSWORD or a prompt on a terminal. Needed once "
            + "the workspace has a supervisor.")
    String name;

    /**
     * Who acts: the signed-in supervisor, or the command line itself while the workspace has no
     * supervisor. {@code what} completes "only a supervisor can …". Refused (exit 1) without a
     * supervisor's name and right password.
     */
    Actor actor(CliCommand command, Session s, String what) {
        String via = via();
        if (!s.operators().hasSupervisor()) {
            return new Actor("command line", Role.SYSTEM, via);
        }
        if (command.root.unlockedByRecoveryKey()) {
            // the recovery key opens everything the workspace holds: it stands for a supervisor
            return new Actor("recovery key", Role.SUPERVISOR, via);
        }
        String who = name != null ? name : command.root.env.get(OPERATOR_VARIABLE);
        if (who == null || who.isBlank()) {
            throw new InputRefusedException("This workspace has a supervisor, and only a supervisor can " + what
                    + ": sign in with --operator NAME (or " + OPERATOR_VARIABLE + "), with the password in "
                    + PASSWORD_VARIABLE + " or typed at the prompt. Nothing was changed.");
        }
        Operator op = s.operators().signIn(who.strip(), password(command, who.strip()));
        if (op.role() != Role.SUPERVISOR) {
            throw new InputRefusedException(op.username() + " is not a supervisor, and only a supervisor can " + what
                    + ". Nothing was changed.");
        }
        return new Actor(op.username(), Role.SUPERVISOR, via);
    }

    /** Where a command-line action came from, for its audit record: the OS user and the host. */
    static String via() {
        return "command line, OS user " + System.getProperty("user.name", "?") + " on " + host();
    }

    /** The password of {@code who}: ARBITRA_PASSWORD, the one typed to unlock the workspace, or a prompt. */
    static char[] password(CliCommand command, String who) {
        String given = command.root.env.get(PASSWORD_VARIABLE);
        if (given != null) {
            return given.toCharArray();
        }
        char[] typed = command.root.passwordTypedFor(who);
        if (typed != null) {
            return typed;
        }
        Console console = System.console();
        if (command.interactive() && console != null) {
            char[] asked = console.readPassword("Password for %s: ", who);
            if (asked != null) {
                return asked;
            }
        }
        throw new InputRefusedException("No password for " + who + ": set " + PASSWORD_VARIABLE
                + ", or run the command at a terminal to be asked. Nothing was changed.");
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env != null ? env : "an unnamed host";
        }
    }
}
