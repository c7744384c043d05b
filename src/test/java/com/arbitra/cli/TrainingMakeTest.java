package com.arbitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import com.arbitra.support.TestWorkspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code arbitra training make} on the closed sample cases: the result is a valid training bundle that
 * imports into a training workspace, and no name, id, phone or e-mail of the source cases appears in
 * its text.
 */
class TrainingMakeTest {

    static final Path LIVE = Path.of("assets/samples/live");
    /** The sample cases closed with an issued ruling. */
    static final List<String> CLOSED = List.of("MP-2026-0000111", "MP-2026-0000112", "MP-2026-0000113",
            "MP-2026-0000114");

    @TempDir
    Path dir;
    Path live;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new TestWorkspaces(dir.resolve("default")),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), false);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void importTheSamples() {
        live = dir.resolve("live");
        assertThat(run("init", live.toString()).code()).isEqualTo(Exit.DONE);
        Result imported = run("import", "--workspace", live.toString(), LIVE.toString());
        assertThat(imported.code()).as(imported.err()).isEqualTo(Exit.DONE);
    }

    List<String> makeArgs(Path out, List<String> ids, String... more) {
        List<String> args = new ArrayList<>(List.of("training", "make", "--from", live.toString(), "--out",
                out.toString()));
        ids.forEach(id -> args.addAll(List.of("--case", id)));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void theTrainingSetHoldsNoPersonalDataOfTheSourceCases() throws Exception {
        Path out = dir.resolve("set.json");
        Result made = run(makeArgs(out, CLOSED).toArray(String[]::new));
        assertThat(made.code()).as(made.err()).isEqualTo(Exit.DONE);
        assertThat(made.out()).contains("Made a training set of 4 cases");

        String text = Files.readString(out, StandardCharsets.UTF_8);
        JsonNode source = new ObjectMapper().readTree(LIVE.resolve("bundle.json").toFile());
        Set<String> originals = new LinkedHashSet<>();
        for (JsonNode c : source.path("cases")) {
            if (CLOSED.contains(c.path("caseId").asText())) {
                originals.addAll(personal(c));
            }
        }
        assertThat(originals).hasSizeGreaterThan(40);
        for (String original : originals) {
            assertThat(text).as("the training set must not contain %s", original).doesNotContain(original);
        }
        // e-mails and full phone numbers anywhere in the source's free text are gone as well
        assertThat(text).doesNotContainPattern("[A-Za-z0-9._%+-]+@(?!merchant\\.example)[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
        assertThat(text).doesNotContainPattern("\"(?:path|data)\"");

        JsonNode set = new ObjectMapper().readTree(text);
        assertThat(set.path("purpose").asText()).isEqualTo("TRAINING");
        assertThat(set.path("producer").asText()).isEqualTo("trainer");
        for (JsonNode c : set.path("cases")) {
            assertThat(c.path("state").asText()).isEqualTo("INTERVENTION_REQUESTED");
            assertThat(c.path("ruling").isNull()).isTrue();
            assertThat(c.path("training").path("referenceRuling").path("responsibility").asText()).isNotEmpty();
            assertThat(c.path("training").path("referenceRuling").has("issuedBy")).isFalse();
        }

        assertThat(run("validate", out.toString()).code()).isEqualTo(Exit.DONE);
        Path training = dir.resolve("training");
        run("init", "--training", training.toString());
        Result imported = run("import", "--workspace", training.toString(), out.toString());
        assertThat(imported.code()).as(imported.err() + imported.out()).isEqualTo(Exit.DONE);
        assertThat(imported.out()).contains("new 4");
    }

    @Test
    void keptAttachmentsTravelInline() throws Exception {
        Path out = dir.resolve("with-files.json");
        Result made = run(makeArgs(out, List.of("MP-2026-0000111"), "--keep-attachments", "--difficulty", "HARD")
                .toArray(String[]::new));
        assertThat(made.code()).as(made.err()).isEqualTo(Exit.DONE);
        JsonNode set = new ObjectMapper().readTree(out.toFile());
        assertThat(set.findValues("data")).isNotEmpty();
        assertThat(set.path("cases").get(0).path("training").path("difficulty").asText()).isEqualTo("HARD");
        assertThat(run("validate", out.toString()).code()).isEqualTo(Exit.DONE);
    }

    @Test
    void casesNotClosedWithAnIssuedRulingAreRefusedAndNothingIsWritten() {
        Path out = dir.resolve("refused.json");
        Result open = run(makeArgs(out, List.of("MP-2026-0000111", "MP-2026-0000101")).toArray(String[]::new));
        assertThat(open.code()).isEqualTo(Exit.REFUSED);
        assertThat(open.err()).contains("Case MP-2026-0000101 is AWAITING_EVIDENCE", "only a closed case with an "
                + "issued ruling makes a training case");
        Result withdrawn = run(makeArgs(out, List.of("MP-2026-0000115")).toArray(String[]::new));
        assertThat(withdrawn.err()).contains("CLOSED without an issued ruling");
        Result unknown = run(makeArgs(out, List.of("NOPE")).toArray(String[]::new));
        assertThat(unknown.err()).contains("There is no case NOPE");
        assertThat(out).doesNotExist();
    }

    /** Every identifying value of a source case: names, ids, phones, e-mails, numbers, operators. */
    static Set<String> personal(JsonNode c) {
        Set<String> out = new LinkedHashSet<>();
        add(out, c, "/caseId", "/complaintId", "/miniProgram/appId", "/miniProgram/name", "/merchant/merchantId",
                "/merchant/name", "/merchant/email", "/merchant/phone", "/consumer/consumerId", "/consumer/nickname",
                "/consumer/phoneMasked", "/order/transactionId", "/order/outTradeNo", "/ruling/proposedBy",
                "/ruling/issuedBy");
        for (JsonNode e : c.path("evidence")) {
            add(out, e, "/logistics/trackingNumber", "/payment/refundNumber", "/payment/flowNumber",
                    "/payment/transferNumber");
        }
        for (JsonNode p : c.path("fulfilment").path("proofs")) {
            add(out, p, "/refundNumber", "/flowNumber", "/transferNumber", "/trackingNumber");
        }
        for (JsonNode n : c.findValues("fileName")) {
            out.add(n.asText());
        }
        return out;
    }

    private static void add(Set<String> out, JsonNode node, String... pointers) {
        for (String p : pointers) {
            JsonNode v = node.at(p);
            if (v.isTextual() && !v.asText().isBlank()) {
                out.add(v.asText());
            }
        }
    }
}
