package com.arbitra.cli;

import com.arbitra.domain.RefusedException;
import com.arbitra.store.AppVersion;
import com.arbitra.store.WorkspaceException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code arbitra} command line: one process, one command, an exit code from {@link Exit}. */
@Command(name = "arbitra", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Settle merchant/consumer disputes: the console, and tools for scripts.",
        subcommands = {ConsoleCommand.class, InitCommand.class, ImportCommand.class, ValidateCommand.class,
                ExportCommand.class, CasesCommand.class, CaseCommand.class, OperatorCommand.class,
                AuditCommand.class, TrainingCommand.class, SettingsCommand.class, BackupCommand.class,
                RestoreCommand.class, MoveCommand.class, CheckCommand.class})
public final class Cli implements java.util.concurrent.Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--workspace", paramLabel = "DIR",
            description = "With no command: start the console on this workspace.")
    java.nio.file.Path workspace;

    final Workspaces workspaces;
    final BufferedReader in;
    final boolean interactive;
    /** The process's environment (a test gives its own): ARBITRA_OPERATOR and ARBITRA_PASSWORD. */
    final java.util.Map<String, String> env;

    Cli(Workspaces workspaces, InputStream in, boolean interactive, java.util.Map<String, String> env) {
        this.workspaces = workspaces;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.interactive = interactive;
        this.env = env;
    }

    /** Who unlocked an encrypted workspace in this run, so that a supervisor's sign-in need not ask again. */
    private com.arbitra.store.FileKeys.Credentials unlockedAs;
    /** Whether the recovery key was given to unlock a workspace (a wrong one refuses the command). */
    private boolean recoveryUsed;

    /**
     * Who unlocks an encrypted workspace: {@code ARBITRA_RECOVERY_KEY}, else the operator of
     * {@code --operator} or {@code ARBITRA_OPERATOR} with {@code ARBITRA_PASSWORD}, each asked at a
     * terminal when missing. Null when nobody can answer, or when a refused answer would only repeat.
     */
    com.arbitra.store.FileKeys.Credentials unlocking(java.nio.file.Path dir, String refused, String[] args) {
        java.io.Console console = interactive ? System.console() : null;
        if (refused != null) {
            if (console == null || env.get(SupervisorSignIn.PASSWORD_VARIABLE) != null) {
                return null;
            }
            console.printf("%s%n", refused);
        }
        String recovery = env.get("ARBITRA_RECOVERY_KEY");
        if (recovery != null && !recovery.isBlank()) {
            recoveryUsed = true;
            return refused == null ? new com.arbitra.store.FileKeys.Credentials(null, recovery.toCharArray()) : null;
        }
        String name = operatorArgument(args);
        if (name == null) {
            name = env.get(SupervisorSignIn.OPERATOR_VARIABLE);
        }
        if ((name == null || name.isBlank()) && console != null) {
            name = console.readLine("%s is encrypted. Operator: ", dir);
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        String given = env.get(SupervisorSignIn.PASSWORD_VARIABLE);
        char[] password = given != null ? given.toCharArray()
                : console != null ? console.readPassword("Password for %s: ", name.strip()) : null;
        if (password == null) {
            return null;
        }
        unlockedAs = new com.arbitra.store.FileKeys.Credentials(name.strip(), password.clone());
        return new com.arbitra.store.FileKeys.Credentials(name.strip(), password);
    }

    /** Whether the recovery key unlocked the workspace in this run (it then stands for a supervisor). */
    boolean unlockedByRecoveryKey() {
        String recovery = env.get("ARBITRA_RECOVERY_KEY");
        return recovery != null && !recovery.isBlank() && unlockedAs == null && recoveryUsed;
    }

    /** The password typed to unlock the workspace, when it was this operator's: nobody is asked twice. */
    char[] passwordTypedFor(String operator) {
        return unlockedAs != null && operator.equals(unlockedAs.operator()) ? unlockedAs.secret().clone() : null;
    }

    /** The value of {@code --operator NAME} or {@code --operator=NAME} among the arguments. */
    private static String operatorArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--operator") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--operator=")) {
                return args[i].substring("--operator=".length());
            }
        }
        return null;
    }

    /** {@code arbitra --workspace DIR} starts the console on DIR, as {@code arbitra console --workspace DIR}. */
    @Override
    public Integer call() {
        if (workspace == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Name a command (see --help).");
        }
        return workspaces.startConsole(workspace);
    }

    /**
     * Runs one command line. {@code interactive} says whether a person sits at a terminal (passwords
     * are then read without echo from it).
     */
    public static int run(String[] args, Workspaces workspaces, InputStream in, PrintWriter out, PrintWriter err,
                          boolean interactive) {
        return run(args, workspaces, in, out, err, interactive, java.util.Map.of());
    }

    /**
     * The same, with more commands added by the composition root (such as {@code bench}, which lives
     * outside the product packages), by name.
     */
    public static int run(String[] args, Workspaces workspaces, InputStream in, PrintWriter out, PrintWriter err,
                          boolean interactive, java.util.Map<String, Class<?>> more) {
        return run(args, workspaces, in, out, err, interactive, more, System.getenv());
    }

    /** The same, reading the environment variables from {@code env}. */
    public static int run(String[] args, Workspaces workspaces, InputStream in, PrintWriter out, PrintWriter err,
                          boolean interactive, java.util.Map<String, Class<?>> more, java.util.Map<String, String> env) {
        Cli root = new Cli(workspaces, in, interactive, env);
        // one command line is one process's work: an encrypted workspace is unlocked by its own sign-in
        com.arbitra.store.FileKeys.forgetAll();
        com.arbitra.store.FileKeys.signInWith((dir, refused) -> root.unlocking(dir, refused, args));
        if (interactive && System.console() != null) {
            // a team server's password, when neither ARBITRA_DB_PASSWORD nor ~/.pgpass gives one
            com.arbitra.store.TeamServer.promptWith((user, url) -> System.console().readPassword(
                    "Password for the database user %s at %s: ", user, url));
        }
        Factory factory = new Factory(root);
        CommandLine cl = new CommandLine(root, factory);
        more.forEach((name, cls) -> {
            try {
                cl.addSubcommand(name, new CommandLine(factory.create(cls), factory));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot add the command " + name, e);
            }
        });
        PrintWriter shownOut = TerminalText.guarded(out);
        PrintWriter shownErr = TerminalText.guarded(err);
        cl.setOut(shownOut);
        cl.setErr(shownErr);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            shownErr.println("arbitra: " + message(e));
            shownErr.flush();
            if (e instanceof RefusedException || e instanceof InputRefusedException) {
                return Exit.REFUSED;
            }
            if (e instanceof WorkspaceException || e instanceof com.arbitra.store.WorkspaceBusyException
                    || e instanceof com.arbitra.domain.StoreUnavailableException) {
                LOG.warn("Workspace refused", e);
                return Exit.WORKSPACE;
            }
            LOG.error("Internal error in {}", String.join(" ", args), e);
            return Exit.INTERNAL;
        });
        int code = cl.execute(args);
        shownOut.flush();
        shownErr.flush();
        return code;
    }

    private static String message(Exception e) {
        if (e instanceof RefusedException || e instanceof InputRefusedException || e instanceof WorkspaceException
                || e instanceof com.arbitra.store.WorkspaceBusyException
                || e instanceof com.arbitra.domain.StoreUnavailableException) {
            return e.getMessage();
        }
        return "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                + ". The details are in the workspace log.";
    }

    /** Gives subcommands the root command's context. */
    private record Factory(Cli root) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (CliCommand.class.isAssignableFrom(cls)) {
                K k = CommandLine.defaultFactory().create(cls);
                ((CliCommand) k).root = root;
                return k;
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"arbitra " + AppVersion.current()};
        }
    }
}
