package com.arbitra.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.support.TestWorkspaces;
import com.arbitra.cli.Cli;
import com.arbitra.domain.Passwords;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.store.Session;
import com.arbitra.store.Workspace;
import com.arbitra.store.WorkspaceException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shared by the bundle tests: the commands run in this JVM on real workspaces (the pattern of
 * CliTest), the hand-written base bundle (src/test/resources/bundles/base) and JSON helpers.
 */
final class BundleTestSupport {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static final String BASE_BUNDLE_ID = "plat-2026-11-20-000173";
    static final String CASE_A = "MP-2026-0000123";
    static final String CASE_B = "MP-2026-0000456";
    static final String CHAT_LOG = "evidence/chat-log.txt";

    private BundleTestSupport() {
    }

    /** What a command printed and returned. */
    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }

        /** The message printed for exactly this JSON Pointer ("/cases/1/order/amount/value: ..."), or null. */
        String messageAt(String pointer) {
            Matcher m = Pattern.compile("(?m)^\\s*(?:warning )?" + Pattern.quote(pointer) + ": (.+)$").matcher(all());
            return m.find() ? m.group(1) : null;
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    /** Runs one command line; {@code fallback} is the default workspace (commands here always name one). */
    static Result run(Path fallback, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new TestWorkspaces(fallback), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(err), false, com.arbitra.app.Main.MORE_COMMANDS);
        return new Result(code, out.toString(), err.toString());
    }

    /** A session on a workspace folder, for the operators' work done through the services. */
    static Session session(Path ws) throws WorkspaceException {
        return new Session(Workspace.open(ws), Clock.systemUTC(), WorkflowSettings.defaults(), new Passwords(1000));
    }

    // ---- the base bundle ----

    /** The base bundle as a tree (a fresh copy each time). */
    static ObjectNode base() {
        try (InputStream in = resource("bundles/base/plat-bundle.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] chatLog() {
        try (InputStream in = resource("bundles/base/" + CHAT_LOG)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BundleTestSupport.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }

    /**
     * Writes a bundle into {@code dir} as {@code plat-bundle.json}, with the attachment file its
     * {@code path} names beside it. Returns the bundle file.
     */
    static Path writeBundle(Path dir, JsonNode bundle) throws IOException {
        return writeBundle(dir, "plat-bundle.json", JSON.writeValueAsString(bundle));
    }

    static Path writeBundle(Path dir, String fileName, String text) throws IOException {
        Files.createDirectories(dir.resolve("evidence"));
        Files.write(dir.resolve(CHAT_LOG), chatLog());
        Path file = dir.resolve(fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static ObjectNode caseAt(JsonNode bundle, int index) {
        return (ObjectNode) bundle.get("cases").get(index);
    }

    /** The object at a JSON Pointer of the tree. */
    static ObjectNode obj(JsonNode root, String pointer) {
        JsonNode n = root.at(pointer);
        if (!n.isObject()) {
            throw new IllegalArgumentException("no object at " + pointer);
        }
        return (ObjectNode) n;
    }

    static ArrayNode arr(JsonNode root, String pointer) {
        JsonNode n = root.at(pointer);
        if (!n.isArray()) {
            throw new IllegalArgumentException("no array at " + pointer);
        }
        return (ArrayNode) n;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- looking at a workspace ----

    /** {@code case show ID --json} as a tree; fails the test when the command fails. */
    static JsonNode show(Path home, Path ws, String caseId) {
        Result r = run(home, "case", "show", caseId, "--json", "--workspace", ws.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        return parse(r.out());
    }

    /** The case ids {@code cases --json} lists. */
    static List<String> caseIds(Path home, Path ws) {
        Result r = run(home, "cases", "--json", "--workspace", ws.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        List<String> ids = new ArrayList<>();
        parse(r.out()).forEach(c -> ids.add(c.get("caseId").asText()));
        return ids;
    }

    /** Asserts that the workspace holds no case and no audit record, each command opening it anew. */
    static void assertNothingWritten(Path home, Path ws) {
        Result cases = run(home, "cases", "--json", "--workspace", ws.toString());
        assertThat(cases.code()).as(cases.toString()).isZero();
        assertThat(cases.out().strip()).as("cases --json after a refused import").isEqualTo("[ ]");
        Result audit = run(home, "audit", "verify", "--workspace", ws.toString());
        assertThat(audit.code()).as(audit.toString()).isZero();
        assertThat(audit.out().strip()).as("audit verify after a refused import").isEqualTo("OK 0 records");
        for (String table : List.of("dispute_case", "blob", "imported_bundle", "audit_record", "outbox_action")) {
            assertThat(rows(ws, table)).as("rows in %s after a refused import", table).isZero();
        }
    }

    /** Rows of a table of the workspace's database, read over plain JDBC (no command holds it open then). */
    static long rows(Path ws, String table) {
        try (Connection c = com.arbitra.support.TestWorkspace.h2(ws);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError("cannot count " + table + " in " + ws, e);
        }
    }

    static long auditCount(Path home, Path ws) {
        Result audit = run(home, "audit", "verify", "--workspace", ws.toString());
        assertThat(audit.code()).as(audit.toString()).isZero();
        Matcher m = Pattern.compile("OK (\\d+) records").matcher(audit.out());
        assertThat(m.find()).as(audit.toString()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
