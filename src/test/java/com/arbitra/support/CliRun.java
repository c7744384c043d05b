package com.arbitra.support;

import com.arbitra.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs commands of the command line in this JVM, on real workspaces (the default one under the test's
 * folder), as a script would: the exit code and what was printed.
 */
public final class CliRun {

    /** What a command did: its exit code and its two outputs. */
    public record Result(int code, String out, String err) {
    }

    private final Path dir;
    private final Map<String, String> env;
    private final String stdin;

    private CliRun(Path dir, Map<String, String> env, String stdin) {
        this.dir = dir;
        this.env = env;
        this.stdin = stdin;
    }

    /** Commands with no environment variables and nothing on standard input; the default workspace in {@code dir}. */
    public static CliRun in(Path dir) {
        return new CliRun(dir, Map.of(), "");
    }

    /** The same, with these environment variables (ARBITRA_OPERATOR, ARBITRA_PASSWORD, …). */
    public CliRun env(Map<String, String> variables) {
        return new CliRun(dir, variables, stdin);
    }

    /** The same, with this text on standard input (a new operator's password). */
    public CliRun input(String text) {
        return new CliRun(dir, env, text);
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new TestWorkspaces(dir.resolve("default")),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                new PrintWriter(err), false, Map.of(), env);
        return new Result(code, out.toString(), err.toString());
    }
}
