package com.arbitra.app;

import com.arbitra.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Starts Arbitra: the console when there are no arguments, otherwise one command. Not a JavaFX
 * Application itself, so that the jar runs with JavaFX on the class path.
 */
public final class Main {

    /** The commands the composition root adds to the product's: the benchmarks. */
    public static final java.util.Map<String, Class<?>> MORE_COMMANDS =
            java.util.Map.of("bench", com.arbitra.bench.BenchCommand.class);

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        boolean verbose = Arrays.asList(args).contains("--verbose");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--verbose")).toArray(String[]::new);
        AppWorkspaces workspaces = new AppWorkspaces(verbose);
        if (rest.length == 0) {
            System.exit(workspaces.startConsole(workspaces.defaultDirectory()));
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(rest, workspaces, System.in, out, err, System.console() != null,
                MORE_COMMANDS));
    }
}
