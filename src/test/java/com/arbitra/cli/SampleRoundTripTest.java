package com.arbitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.support.TestWorkspaces;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample cases: they import whole, and a full export of them (as .zip and as .json)
 * imported into an empty workspace gives every case back exactly as {@code case show --json} shows it.
 */
class SampleRoundTripTest {

    static final Path SAMPLES = Path.of("assets/samples/live");

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new TestWorkspaces(dir.resolve("default")),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), false);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void everySampleCaseSurvivesAFullExportAndImport() {
        String a = dir.resolve("a").toString();
        Result imported = run("import", "--workspace", a, SAMPLES.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("rejected 0");
        List<String> ids = caseIds(a);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(15);

        for (String format : List.of("zip", "json")) {
            Path export = dir.resolve("full." + format);
            assertThat(run("export", "--workspace", a, "--full", "--out", export.toString()).code()).isZero();
            String b = dir.resolve("b-" + format).toString();
            Result again = run("import", "--workspace", b, export.toString());
            assertThat(again.code()).as(again.err()).isZero();
            for (String id : ids) {
                assertThat(show(b, id)).as("%s via %s", id, format).isEqualTo(show(a, id));
            }
            // the same cases, written differently (console export, UTC times, files by hash): unchanged
            Result same = run("import", "--workspace", a, export.toString());
            assertThat(same.out()).as(format).contains("new 0, updated 0, unchanged " + ids.size() + ", stale 0, "
                    + "conflicts 0");
        }
    }

    @Test
    void validatingTheSamplesWritesNothingAndFindsNoProblem() {
        Result r = run("validate", SAMPLES.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(": valid (").doesNotContain("warning");
    }

    private String show(String ws, String id) {
        Result r = run("case", "show", id, "--workspace", ws, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    private List<String> caseIds(String ws) {
        Result r = run("cases", "--workspace", ws, "--json");
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"caseId\" : \"([^\"]+)\"").matcher(r.out());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
