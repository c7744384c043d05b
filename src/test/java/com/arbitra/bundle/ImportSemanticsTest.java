package com.arbitra.bundle;

import com.arbitra.bench.BenchGenerator;
import com.arbitra.domain.ports.ImportReport;

import com.arbitra.support.Seen;
import static com.arbitra.bundle.BundleTestSupport.BASE_BUNDLE_ID;
import static com.arbitra.bundle.BundleTestSupport.CASE_A;
import static com.arbitra.bundle.BundleTestSupport.CASE_B;
import static com.arbitra.bundle.BundleTestSupport.CHAT_LOG;
import static com.arbitra.bundle.BundleTestSupport.JSON;
import static com.arbitra.bundle.BundleTestSupport.arr;
import static com.arbitra.bundle.BundleTestSupport.assertNothingWritten;
import static com.arbitra.bundle.BundleTestSupport.auditCount;
import static com.arbitra.bundle.BundleTestSupport.base;
import static com.arbitra.bundle.BundleTestSupport.caseAt;
import static com.arbitra.bundle.BundleTestSupport.caseIds;
import static com.arbitra.bundle.BundleTestSupport.chatLog;
import static com.arbitra.bundle.BundleTestSupport.obj;
import static com.arbitra.bundle.BundleTestSupport.read;
import static com.arbitra.bundle.BundleTestSupport.run;
import static com.arbitra.bundle.BundleTestSupport.session;
import static com.arbitra.bundle.BundleTestSupport.sha256;
import static com.arbitra.bundle.BundleTestSupport.show;
import static com.arbitra.bundle.BundleTestSupport.writeBundle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.arbitra.bundle.BundleTestSupport.Result;
import com.arbitra.domain.Actor;
import com.arbitra.domain.Assessment;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Measure;
import com.arbitra.domain.Money;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Party;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.store.Session;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * case-bundle-v1 "Import semantics" on real workspaces: idempotence by bundle id and by case id plus
 * revision, local work kept under a newer revision, contradictions flagged, skip-invalid with its
 * reject file, the report, and hostile ZIP, folder and JSON input.
 */
class ImportSemanticsTest {

    static final Actor LIN = new Actor("lin.agent", Role.AGENT);

    @TempDir
    Path dir;

    Path home() {
        return dir.resolve("default");
    }

    Path ws() {
        return dir.resolve("ws");
    }

    Result importInto(Path ws, Path bundle, String... options) {
        List<String> args = new ArrayList<>(List.of("import", "--workspace", ws.toString()));
        args.addAll(List.of(options));
        args.add(bundle.toString());
        return run(home(), args.toArray(String[]::new));
    }

    /** Imports the base bundle into {@link #ws()}, asserting it worked. */
    void importBase() throws IOException {
        importBase(base());
    }

    void importBase(ObjectNode tree) throws IOException {
        Result r = importInto(ws(), writeBundle(dir.resolve("base"), tree));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("new 2,");
    }

    /** The bundle as a new platform bundle id with only the given cases. */
    static ObjectNode bundleOf(String bundleId, JsonNode... cases) {
        ObjectNode b = base();
        b.put("bundleId", bundleId);
        ArrayNode list = b.putArray("cases");
        for (JsonNode c : cases) {
            list.add(c.deepCopy());
        }
        return b;
    }

    // ---------------------------------------------------------------- idempotence

    @Test
    void theSameBundleTwiceIsImportedBeforeAndChangesNothing() throws IOException {
        Path bundle = writeBundle(dir.resolve("b"), base());
        Result first = importInto(ws(), bundle);
        long audit = auditCount(home(), ws());
        JsonNode before = show(home(), ws(), CASE_A);

        Result second = importInto(ws(), bundle);

        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(second.code()).as(second.toString()).isZero();
        assertThat(second.out()).contains("Bundle " + BASE_BUNDLE_ID + " was imported before; nothing changed.");
        assertThat(auditCount(home(), ws())).isEqualTo(audit).isEqualTo(2);
        assertThat(show(home(), ws(), CASE_A)).isEqualTo(before);
    }

    @Test
    void aBundleIdSeenBeforeChangesNothingEvenWithOtherContent() throws IOException {
        importBase();
        ObjectNode changed = base();
        obj(caseAt(changed, 0), "/merchant").put("name", "另一家公司");
        caseAt(changed, 0).put("revision", 9);

        Result r = importInto(ws(), writeBundle(dir.resolve("b2"), changed));

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("was imported before; nothing changed.");
        JsonNode a = show(home(), ws(), CASE_A);
        assertThat(a.get("revision").asInt()).isEqualTo(3);
        assertThat(a.at("/merchant/name").asText()).isEqualTo("广州某某商贸有限公司");
    }

    @Test
    void theSameRevisionWithTheSameContentInANewBundleIsUnchangedHoweverItIsFormatted() throws IOException {
        importBase();
        long audit = auditCount(home(), ws());
        JsonNode before = show(home(), ws(), CASE_A);
        // the same cases, written compactly and with their members in the opposite order
        ObjectNode again = bundleOf("plat-2026-11-21-000001");
        ArrayNode cases = again.putArray("cases");
        for (JsonNode c : base().get("cases")) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            c.fields().forEachRemaining(members::add);
            Collections.reverse(members);
            ObjectNode reversed = cases.addObject();
            members.forEach(m -> reversed.set(m.getKey(), m.getValue()));
        }
        Path bundle = writeBundle(dir.resolve("again"), "plat-bundle.json", new ObjectMapper().writeValueAsString(again));
        Path report = dir.resolve("report.json");

        Result r = importInto(ws(), bundle, "--report", report.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("new 0, updated 0, unchanged 2, stale 0, conflicts 0");
        assertThat(read(report).get("unchanged").asLong()).isEqualTo(2);
        assertThat(show(home(), ws(), CASE_A)).isEqualTo(before);
        assertThat(auditCount(home(), ws())).isEqualTo(audit);
    }

    @Test
    void theSameRevisionWithOtherContentIsAConflictAndTheCaseStaysAsItWas() throws IOException {
        importBase();
        JsonNode before = show(home(), ws(), CASE_A);
        ObjectNode a = caseAt(base(), 0);
        obj(a, "/merchant").put("name", "广州某某商贸有限公司（已更名）");
        obj(a, "/order/amount").put("value", 9900);
        obj(a, "/complaint/requestedRefund").put("value", 9900);

        Result r = importInto(ws(), writeBundle(dir.resolve("c"),
                bundleOf("plat-2026-11-21-000002", a, caseAt(base(), 1))));

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("updated 0, unchanged 1, stale 0, conflicts 1");
        assertThat(r.messageAt("/cases/0")).as(r.toString()).contains("revision 3 again but different content")
                .contains("conflict");
        assertThat(show(home(), ws(), CASE_A)).isEqualTo(before);
    }

    @Test
    void aLowerRevisionIsIgnoredAsStaleWithAWarning() throws IOException {
        importBase();
        JsonNode before = show(home(), ws(), CASE_A);
        ObjectNode old = caseAt(base(), 0);
        old.put("revision", 2).put("state", "INTERVENTION_REQUESTED");
        old.remove("dueAt");

        Result r = importInto(ws(), writeBundle(dir.resolve("s"), bundleOf("plat-2026-11-19-000090", old)));

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("stale 1");
        assertThat(r.messageAt("/cases/0/revision")).as(r.toString()).contains("is 2, older than the 3")
                .contains("stale");
        JsonNode after = show(home(), ws(), CASE_A);
        assertThat(after).isEqualTo(before);
        assertThat(after.get("state").asText()).isEqualTo("AWAITING_EVIDENCE");
    }

    @Test
    void aBundleThatPutsItsCasesBeforeTheEnvelopeImportsToo() throws IOException {
        ObjectNode tree = base();
        ObjectNode casesFirst = JSON.createObjectNode();
        casesFirst.set("cases", tree.get("cases"));
        tree.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("cases")) {
                casesFirst.set(e.getKey(), e.getValue());
            }
        });
        Path bundle = writeBundle(dir.resolve("first"), casesFirst);

        Result r = importInto(ws(), bundle);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("new 2, updated 0, unchanged 0, stale 0, conflicts 0, rejected 0, warnings 0");
        assertThat(caseIds(home(), ws())).containsExactlyInAnyOrder(CASE_A, CASE_B);
        assertThat(auditCount(home(), ws())).isEqualTo(2);
    }

    // ---------------------------------------------------------------- newer revisions and local work

    @Test
    void aHigherRevisionUpdatesThePlatformPartsAndKeepsTheLocalWork() throws Exception {
        importBase();
        try (Session s = session(ws())) {
            s.cases().claim(CASE_A, LIN, Seen.version(s.cases(), CASE_A));
            s.cases().addNote(CASE_A, LIN, Seen.version(s.cases(), CASE_A), "商家电话未接通，明天再联系。");
            s.cases().assessEvidence(CASE_A, LIN, Seen.version(s.cases(), CASE_A), "e-1", Assessment.DISPUTED, "运单号查询不到揽收记录");
        }
        byte[] screenshot = "聊天截图：商家承诺可退换".getBytes(StandardCharsets.UTF_8);
        ObjectNode next = caseAt(base(), 0);
        next.put("revision", 4);
        obj(next, "/merchant").put("name", "广州某某商贸有限公司（已更名）");
        obj(next, "/evidenceRequests/0").put("status", "ANSWERED");
        arr(next, "/timeline").addObject().put("eventId", "ev-4").put("at", "2026-11-21T09:00:00+08:00")
                .put("actor", "MERCHANT").put("type", "MERCHANT_UPLOAD_EVIDENCE").put("text", "商家上传沟通记录");
        ObjectNode e3 = arr(next, "/evidence").addObject().put("evidenceId", "e-3").put("requestId", "rq-1")
                .put("party", "MERCHANT").put("category", "COMMUNICATION_RECORD")
                .put("submittedAt", "2026-11-21T09:00:00+08:00").put("text", "与用户的沟通记录");
        e3.putArray("attachments").addObject().put("attachmentId", "a-3").put("fileName", "chat.txt")
                .put("mediaType", "text/plain").put("size", screenshot.length).put("sha256", sha256(screenshot))
                .put("data", Base64.getEncoder().encodeToString(screenshot));

        Result r = importInto(ws(), writeBundle(dir.resolve("r4"), bundleOf("plat-2026-11-21-000003", next)));

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("new 0, updated 1, unchanged 0, stale 0, conflicts 0");
        JsonNode a = show(home(), ws(), CASE_A);
        // the platform's parts
        assertThat(a.get("revision").asInt()).isEqualTo(4);
        assertThat(a.at("/merchant/name").asText()).isEqualTo("广州某某商贸有限公司（已更名）");
        assertThat(a.at("/evidenceRequests/0/status").asText()).isEqualTo("ANSWERED");
        assertThat(ids(a.get("timeline"), "eventId")).containsExactly("ev-1", "ev-2", "ev-3", "ev-4");
        assertThat(ids(a.get("evidence"), "evidenceId")).containsExactly("e-1", "e-2", "e-3");
        assertThat(a.at("/evidence/2/attachments/0/sha256").asText()).isEqualTo(sha256(screenshot));
        Path full = dir.resolve("full.json");
        Result export = run(home(), "export", "--full", "--case", CASE_A, "--out", full.toString(), "--workspace",
                ws().toString());
        assertThat(export.code()).as(export.toString()).isZero();
        assertThat(Base64.getDecoder().decode(read(full).at("/cases/0/evidence/2/attachments/0/data").asText()))
                .as("the new evidence's bytes were stored").isEqualTo(screenshot);
        // the local work
        assertThat(a.at("/local/assignee").asText()).isEqualTo("lin.agent");
        assertThat(a.at("/local/notes").size()).isEqualTo(1);
        assertThat(a.at("/local/notes/0/text").asText()).isEqualTo("商家电话未接通，明天再联系。");
        assertThat(a.at("/evidence/0/assessment").asText()).isEqualTo("DISPUTED");
        assertThat(a.at("/evidence/0/assessmentNote").asText()).isEqualTo("运单号查询不到揽收记录");
        assertThat(a.at("/evidence/0/assessedBy").asText()).isEqualTo("lin.agent");
        assertThat(ids(a.at("/local/flags"), null)).doesNotContain("CONTRADICTS_LOCAL_WORK");
        try (Session s = session(ws())) {
            DisputeCase c = s.cases().find(CASE_A).orElseThrow();
            assertThat(c.assignee()).isEqualTo("lin.agent");
            assertThat(c.evidenceItem("e-1").orElseThrow().assessment()).isEqualTo(Assessment.DISPUTED);
            assertThat(c.evidence()).hasSize(3);
        }
    }

    @Test
    void aWithdrawalWhileARulingAwaitsApprovalIsAppliedAndFlagged() throws Exception {
        ObjectNode tree = base();
        ObjectNode b = caseAt(tree, 1);
        b.put("state", "INTERVENTION_REQUESTED").put("stateSince", "2026-11-19T16:00:00-06:00");
        b.putNull("ruling");
        importBase(tree);
        try (Session s = session(ws())) {
            s.cases().claim(CASE_B, LIN, Seen.version(s.cases(), CASE_B));
            DisputeCase proposed = s.cases().proposeRuling(CASE_B, LIN, Seen.version(s.cases(), CASE_B), new Ruling(null, Responsibility.MERCHANT,
                    Remedy.PARTIAL_REFUND, Money.of(20000, "MXN"), List.of("EVIDENCE_NOT_PROVIDED"), List.of("e-1"),
                    "El comercio no aportó pruebas en plazo; la foto muestra el producto caducado.", true,
                    List.of(new Obligation(Party.MERCHANT, "REFUND", Instant.parse("2026-12-01T16:00:00Z"))),
                    List.of(Measure.WARNING), null, null, null, null, null, null, null));
            assertThat(proposed.state()).isEqualTo(CaseState.PENDING_APPROVAL);
        }
        ObjectNode withdrawn = b.deepCopy();
        withdrawn.put("revision", 3).put("state", "CLOSED").put("closeReason", "WITHDRAWN")
                .put("stateSince", "2026-11-21T08:00:00-06:00");
        arr(withdrawn, "/timeline").addObject().put("eventId", "ev-3").put("at", "2026-11-21T08:00:00-06:00")
                .put("actor", "CONSUMER").put("type", "USER_WITHDRAW_COMPLAINT").put("text", "La clienta retira la queja.");

        Result r = importInto(ws(), writeBundle(dir.resolve("w"), bundleOf("plat-2026-11-21-000004", withdrawn)));

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("updated 1").contains("1 flagged for an agent");
        assertThat(r.messageAt("/cases/0")).as(r.toString()).contains("flagged for an agent");
        JsonNode after = show(home(), ws(), CASE_B);
        assertThat(after.get("state").asText()).isEqualTo("CLOSED");
        assertThat(after.get("closeReason").asText()).isEqualTo("WITHDRAWN");
        assertThat(after.get("revision").asInt()).isEqualTo(3);
        assertThat(ids(after.at("/local/flags"), null)).contains("CONTRADICTS_LOCAL_WORK");
        assertThat(after.at("/ruling/proposedBy").asText()).as("the local draft ruling is kept").isEqualTo("lin.agent");
        assertThat(after.at("/local/assignee").asText()).isEqualTo("lin.agent");
        assertThat(ids(after.get("timeline"), "eventId")).contains("ev-3");
    }

    // ---------------------------------------------------------------- skip-invalid, report

    @Test
    void aCaseRejectedForAnAttachmentLeavesNoneOfItsBytesAlthoughTheyWereWrittenAsTheyWereRead()
            throws IOException {
        ObjectNode tree = base();
        Path in = dir.resolve("in");
        // two and a half parts of 1 MiB, declared with a SHA-256 they do not have
        byte[] big = "evidence of a chat, line after line\n".repeat(75_000).getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(in.resolve("evidence"));
        Files.write(in.resolve("evidence/big.txt"), big);
        arr(caseAt(tree, 1), "/evidence/0/attachments").addObject().put("attachmentId", "a-9")
                .put("fileName", "big.txt").put("mediaType", "text/plain").put("size", big.length)
                .put("sha256", "0".repeat(64)).put("path", "evidence/big.txt");
        Path bundle = writeBundle(in, tree);

        // the report (and so the reject file beside it) in the test's folder, not the working directory
        Result r = importInto(ws(), bundle, "--skip-invalid", "--report", dir.resolve("report.json").toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("new 1, updated 0, unchanged 0, stale 0, conflicts 0, rejected 1");
        assertThat(r.messageAt("/cases/1/evidence/0/attachments/1/sha256")).as(r.toString())
                .contains("does not match the file's bytes");
        long kept = java.util.stream.StreamSupport.stream(caseAt(tree, 0).findValues("sha256").spliterator(), false)
                .map(JsonNode::asText).distinct().count();
        Result check = run(home(), "check", "--workspace", ws().toString());
        assertThat(check.code()).as(check.toString()).isZero();
        assertThat(check.out()).contains("attachments: OK (" + kept + " attachments, every SHA-256 matches)");
    }

    @Test
    void skipInvalidImportsTheValidCasesAndWritesTheInvalidOnesAsTheyArrivedToARejectFile() throws IOException {
        ObjectNode tree = base();
        obj(caseAt(tree, 1), "/order/amount").put("value", -100);
        ObjectNode third = caseAt(tree, 0).deepCopy();
        third.put("caseId", "MP-2026-0000789");
        obj(third, "/consumer").put("phoneMasked", "13812341234");
        ((ArrayNode) tree.get("cases")).add(third);
        Path bundle = writeBundle(dir.resolve("in"), tree);
        Path report = dir.resolve("out/report.json");
        Files.createDirectories(report.getParent());

        Result r = importInto(ws(), bundle, "--skip-invalid", "--report", report.toString());

        Path rejects = dir.resolve("out/plat-bundle.rejected.json");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("new 1, updated 0, unchanged 0, stale 0, conflicts 0, rejected 2")
                .contains("rejected cases written to " + rejects);
        assertThat(r.messageAt("/cases/1/order/amount/value")).as(r.toString()).contains("must be 0 or more");
        assertThat(r.messageAt("/cases/2/consumer/phoneMasked")).as(r.toString()).contains("must be masked");
        assertThat(caseIds(home(), ws())).containsExactly(CASE_A);

        JsonNode rep = read(report);
        assertThat(rep.get("cases").asLong()).isEqualTo(3);
        assertThat(rep.get("added").asLong()).isEqualTo(1);
        assertThat(rep.get("rejected").asLong()).isEqualTo(2);
        assertThat(rep.get("refused").asBoolean()).isFalse();
        assertThat(rep.get("rejectFile").asText()).isEqualTo(rejects.toString());

        assertThat(rejects).isRegularFile();
        JsonNode rejected = read(rejects);
        assertThat(rejected.get("format").asText()).isEqualTo("case-bundle");
        assertThat(rejected.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(rejected.get("bundleId").asText()).isEqualTo(BASE_BUNDLE_ID + ".rejected");
        assertThat(rejected.get("producer").asText()).isEqualTo("platform");
        assertThat(rejected.get("purpose").asText()).isEqualTo("LIVE");
        assertThat(OffsetDateTime.parse(rejected.get("createdAt").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-11-20T02:00:00+08:00").toInstant());
        assertThat(rejected.get("cases")).containsExactly(tree.get("cases").get(1), tree.get("cases").get(2));
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.json", "plat-bundle.rejected.json");
        }
        for (Path written : List.of(report, rejects)) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
                    .as("whole cases, for the owner only: %s", written).isEqualTo("rw-------");
        }

        // the reject file is itself a bundle: validate reads it and finds the same errors, re-indexed
        Result v = run(home(), "validate", rejects.toString());
        assertThat(v.code()).as(v.toString()).isEqualTo(1);
        assertThat(v.messageAt("/cases/0/order/amount/value")).as(v.toString()).contains("must be 0 or more");
        assertThat(v.messageAt("/cases/1/consumer/phoneMasked")).as(v.toString()).contains("must be masked");
    }

    @Test
    void theReportHoldsTheCounts() throws IOException {
        Path report = dir.resolve("report.json");
        Path bundle = writeBundle(dir.resolve("b"), base());

        Result r = importInto(ws(), bundle, "--report", report.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode rep = read(report);
        assertThat(rep.get("bundleId").asText()).isEqualTo(BASE_BUNDLE_ID);
        assertThat(rep.get("refused").asBoolean()).isFalse();
        assertThat(rep.get("alreadyImported").asBoolean()).isFalse();
        assertThat(rep.get("cases").asLong()).isEqualTo(2);
        assertThat(rep.get("added").asLong()).isEqualTo(2);
        for (String zero : List.of("updated", "unchanged", "stale", "conflicts", "rejected", "flagged", "warnings",
                "unknownMembers")) {
            assertThat(rep.get(zero).asLong()).as(zero).isZero();
        }
        assertThat(rep.get("errors")).isEmpty();

        Result again = importInto(ws(), bundle, "--report", report.toString());
        assertThat(again.code()).isZero();
        assertThat(read(report).get("alreadyImported").asBoolean()).isTrue();
    }

    @Test
    void aRefusedImportReportsRefusedInTheReport() throws IOException {
        ObjectNode tree = base();
        obj(caseAt(tree, 1), "/order/amount").put("value", -1);
        Path report = dir.resolve("report.json");

        Result r = importInto(ws(), writeBundle(dir.resolve("b"), tree), "--report", report.toString());

        assertThat(r.code()).isEqualTo(1);
        JsonNode rep = read(report);
        assertThat(rep.get("refused").asBoolean()).isTrue();
        assertThat(rep.get("added").asLong()).as("nothing was written, so nothing was added").isZero();
        assertThat(rep.get("errors").toString()).contains("/cases/1/order/amount/value");
        assertNothingWritten(home(), ws());
    }

    // ---------------------------------------------------------------- ZIP bundles

    /** Writes a zip of the base bundle (attachment under files/) plus any extra entries. */
    Path zip(String name, Map<String, byte[]> extra) throws IOException {
        ObjectNode tree = base();
        obj(caseAt(tree, 0), "/evidence/1/attachments/0").put("path", "files/chat-log.txt");
        Path zip = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("bundle.json"));
            z.write(JSON.writeValueAsBytes(tree));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("files/chat-log.txt"));
            z.write(chatLog());
            z.closeEntry();
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void aValidZipBundleImports() throws IOException {
        Path zip = zip("bundle.zip", Map.of());

        Result r = importInto(ws(), zip);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("new 2,");
        assertThat(show(home(), ws(), CASE_A).at("/evidence/1/attachments/0/sha256").asText())
                .isEqualTo(sha256(chatLog()));
    }

    @ParameterizedTest(name = "entry {0}")
    @ValueSource(strings = {"../../etc/passwd", "files/../../evil.sh", "/etc/passwd", "files\\..\\evil.txt",
        "C:/Windows/evil.txt"})
    void aZipEntryThatEscapesTheArchiveIsRefusedNamingTheEntry(String entry) throws IOException {
        Path zip = zip("evil.zip", Map.of(entry, "root:x:0:0:root:/root:/bin/bash\n".getBytes()));

        Result r = importInto(ws(), zip);

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("archive entry " + entry).contains("refused").contains("Nothing was written");
        assertNothingWritten(home(), ws());
        Result v = run(home(), "validate", zip.toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out()).contains(entry);
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        ObjectNode tree = base();
        obj(caseAt(tree, 0), "/evidence/1/attachments/0").put("path", "files/chat-log.txt");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("bundle.json"));
            z.write(JSON.writeValueAsBytes(tree));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("files/chat-log.txt"));
            z.write(chatLog());
            z.closeEntry();
            z.putNextEntry(new ZipEntry("files/zeros.bin"));
            byte[] mib = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                z.write(mib);
            }
            z.closeEntry();
        }
        assertThat(Files.size(zip)).as("200 MB of zeros compress to a few hundred KB").isLessThan(400_000);

        Result r = importInto(ws(), zip);

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("files/zeros.bin").contains("ZIP bomb").contains("Nothing was written");
        assertNothingWritten(home(), ws());
    }

    @Test
    void aZipHoldingASymbolicLinkIsRefused() throws Exception {
        Path stage = dir.resolve("stage");
        ObjectNode tree = base();
        obj(caseAt(tree, 0), "/evidence/1/attachments/0").put("path", "files/chat-log.txt");
        Files.createDirectories(stage.resolve("files"));
        Files.write(stage.resolve("bundle.json"), JSON.writeValueAsBytes(tree));
        Files.write(stage.resolve("files/chat-log.txt"), chatLog());
        Files.createSymbolicLink(stage.resolve("files/passwd"), Path.of("/etc/passwd"));
        Path zip = dir.resolve("links.zip");
        int exit;
        try {
            Process p = new ProcessBuilder("zip", "-q", "-r", "--symlinks", zip.toString(), "bundle.json", "files")
                    .directory(stage.toFile()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            exit = p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException noZip) {
            exit = -1;
        }
        assumeTrue(exit == 0 && Files.exists(zip), "the zip command is needed to make a ZIP with a link entry");

        Result r = importInto(ws(), zip);

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("files/passwd").contains("is a link").contains("Nothing was written");
        assertNothingWritten(home(), ws());
    }

    // ---------------------------------------------------------------- folder bundles with links

    @ParameterizedTest(name = "link at {0}")
    @ValueSource(strings = {"evidence/chat-log.txt", "evidence"})
    void aFolderBundleWhoseAttachmentPathGoesThroughALinkIsRefused(String link) throws IOException {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Files.write(outside.resolve("chat-log.txt"), chatLog());
        Path folder = dir.resolve("folder");
        Files.createDirectories(folder.resolve("evidence"));
        Files.write(folder.resolve("bundle.json"), JSON.writeValueAsBytes(base()));
        if (link.equals("evidence")) {
            Files.delete(folder.resolve("evidence"));
            Files.createSymbolicLink(folder.resolve("evidence"), outside);
        } else {
            Files.createSymbolicLink(folder.resolve(CHAT_LOG), outside.resolve("chat-log.txt"));
        }

        Result r = importInto(ws(), folder);

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.messageAt("/cases/0/evidence/1/attachments/0/path")).as(r.toString()).contains("is a link");
        assertNothingWritten(home(), ws());
    }

    @Test
    void theSameFolderBundleWithoutLinksImports() throws IOException {
        Path folder = dir.resolve("folder");
        writeBundle(folder, "bundle.json", JSON.writeValueAsString(base()));

        Result r = importInto(ws(), folder);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("new 2,");
    }

    // ---------------------------------------------------------------- hostile JSON

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {1000, 100_000})
    void deeplyNestedJsonIsRefusedWithAMessageNotAStackOverflow(int depth) throws IOException {
        ObjectNode tree = base();
        caseAt(tree, 0).put("deep", "@@DEEP@@");
        String text = JSON.writeValueAsString(tree).replace("\"@@DEEP@@\"", "[".repeat(depth) + "]".repeat(depth));
        Path bundle = writeBundle(dir.resolve("deep"), "plat-bundle.json", text);

        Result r = importInto(ws(), bundle);

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.all()).contains("nesting depth").doesNotContain("StackOverflow").doesNotContain("internal error");
        assertThat(r.messageAt("/")).as(r.toString()).isNotNull();
        assertNothingWritten(home(), ws());
        Result v = run(home(), "validate", bundle.toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out()).contains("nesting depth");
    }

    static List<String> ids(JsonNode array, String member) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> member == null ? n.asText() : n.get(member).asText()).toList();
    }

    /**
     * A bundle of several chunks (the importer writes each in its own thread while it checks the next):
     * every case lands once, and a second bundle's updates, conflicts and unchanged cases are counted
     * and reported with their places whichever chunk they fall in.
     */
    @Test
    void aBundleOfSeveralChunksIsWrittenWholeAndItsMergesReported() throws Exception {
        Path first = dir.resolve("first.json");
        new BenchGenerator(3, false).write(first, 1_234, n -> { });
        ObjectNode again = (ObjectNode) read(first);
        again.put("bundleId", "bench-3-again");
        ObjectNode early = caseAt(again, 7);
        early.put("revision", early.get("revision").asInt() + 1);
        ObjectNode late = caseAt(again, 1_200);
        late.put("revision", late.get("revision").asInt() + 1);
        obj(again, "/cases/640/complaint").put("description", "Changed without a new revision.");
        Path second = writeBundle(dir, again);

        try (Session s = session(ws())) {
            Importer importer = new Importer(s.workspace(), s.clock(), Limits.defaults(), "lin.agent");
            ImportReport added = importer.run(first, Importer.Options.defaults(), (n, t) -> { });
            assertThat(added.added()).isEqualTo(1_234);
            long stored = s.store().transaction(u -> u.cases().count());
            assertThat(stored).isEqualTo(1_234L);

            ImportReport merged = importer.run(second, Importer.Options.defaults(), (n, t) -> { });
            assertThat(merged.refused()).isFalse();
            assertThat(merged.added()).isZero();
            assertThat(merged.updated()).isEqualTo(2);
            assertThat(merged.conflicts()).isEqualTo(1);
            assertThat(merged.unchanged()).isEqualTo(1_231);
            assertThat(merged.warningLines()).anySatisfy(w -> assertThat(w).contains("/cases/640")
                    .contains("conflict"));
            DisputeCase updated = s.store().transaction(u -> u.cases().find(late.get("caseId").asText()))
                    .orElseThrow();
            assertThat(updated.revision()).isEqualTo(late.get("revision").asInt());
        }
    }
}
