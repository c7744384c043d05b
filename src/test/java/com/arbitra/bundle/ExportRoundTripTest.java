package com.arbitra.bundle;

import com.arbitra.support.Seen;
import static com.arbitra.bundle.BundleTestSupport.CASE_A;
import static com.arbitra.bundle.BundleTestSupport.CASE_B;
import static com.arbitra.bundle.BundleTestSupport.base;
import static com.arbitra.bundle.BundleTestSupport.caseIds;
import static com.arbitra.bundle.BundleTestSupport.chatLog;
import static com.arbitra.bundle.BundleTestSupport.parse;
import static com.arbitra.bundle.BundleTestSupport.read;
import static com.arbitra.bundle.BundleTestSupport.run;
import static com.arbitra.bundle.BundleTestSupport.session;
import static com.arbitra.bundle.BundleTestSupport.sha256;
import static com.arbitra.bundle.BundleTestSupport.writeBundle;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.bundle.BundleTestSupport.Result;
import com.arbitra.domain.Actor;
import com.arbitra.domain.Assessment;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Measure;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Party;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.store.Session;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * case-bundle-v1 "Export": a full export moves cases between workspaces with their local work
 * (importing it gives the same cases), and the actions export carries each operator action once,
 * with a UUID, and never from a training workspace.
 */
class ExportRoundTripTest {

    static final Actor LIN = new Actor("lin.agent", Role.AGENT);
    static final Actor WANG = new Actor("wang.agent", Role.AGENT);
    static final Actor CHEN = new Actor("chen.supervisor", Role.SUPERVISOR);
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @TempDir
    Path dir;

    Path home() {
        return dir.resolve("default");
    }

    Result ok(String... args) {
        Result r = run(home(), args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r).isZero();
        return r;
    }

    /** Workspace {@code a} with the bench cases and the hand-written ones, and local work on three of them. */
    record Worked(Path a, List<String> ids, String waiting) {
    }

    /**
     * Imports 30 bench cases and the hand-written bundle, then: lin claims, notes and assesses
     * MP-2026-0000123; wang claims, notes, assesses and proposes a ruling on a waiting bench case;
     * chen issues the ruling MP-2026-0000456 awaited. Eight operator actions in all.
     */
    Worked worked() throws Exception {
        Path a = dir.resolve("a");
        Path bench = dir.resolve("bench.json");
        ok("bench", "generate", "--cases", "30", "--attachments", "--out", bench.toString());
        Path hand = writeBundle(dir.resolve("hand"), base());
        Result imported = ok("import", "--workspace", a.toString(), bench.toString(), hand.toString());
        assertThat(imported.out()).contains("new 30,").contains("new 2,");
        List<String> ids = caseIds(home(), a);
        assertThat(ids).hasSize(32).contains(CASE_A, CASE_B);

        // local work, through the services
        String waiting = parse(ok("cases", "--json", "--state", "INTERVENTION_REQUESTED", "--workspace",
                a.toString()).out()).findValuesAsText("caseId").stream().filter(id -> id.startsWith("BN-"))
                .findFirst().orElseThrow(() -> new AssertionError("the bench bundle has no waiting case"));
        try (Session s = session(a)) {
            s.cases().claim(CASE_A, LIN, Seen.version(s.cases(), CASE_A));
            s.cases().addNote(CASE_A, LIN, Seen.version(s.cases(), CASE_A), "已电话联系用户，等待商家补充物流凭证。");
            s.cases().assessEvidence(CASE_A, LIN, Seen.version(s.cases(), CASE_A), "e-1", Assessment.ACCEPTED, "运单号可查询");

            s.cases().claim(waiting, WANG, Seen.version(s.cases(), waiting));
            s.cases().addNote(waiting, WANG, Seen.version(s.cases(), waiting), "Merchant did not answer two calls.");
            s.cases().assessEvidence(waiting, WANG, Seen.version(s.cases(), waiting), "e-2", Assessment.DISPUTED, "Photo shows a different item");
            DisputeCase w = s.cases().find(waiting).orElseThrow();
            DisputeCase proposed = s.cases().proposeRuling(waiting, WANG, Seen.version(s.cases(), waiting), new Ruling(null,
                    Responsibility.MERCHANT, Remedy.FULL_REFUND, w.order().amount(), List.of("GOODS_NOT_AS_DESCRIBED"),
                    List.of("e-1"), "The merchant did not prove the goods matched the listing; full refund.", false,
                    List.of(new Obligation(Party.MERCHANT, "REFUND", Instant.parse("2026-12-05T10:00:00Z"))),
                    List.of(Measure.WARNING), null, null, null, null, null, null, null));
            assertThat(proposed.state()).isEqualTo(CaseState.PENDING_APPROVAL);

            DisputeCase issued = s.cases().issueRuling(CASE_B, CHEN, Seen.version(s.cases(), CASE_B), null);
            assertThat(issued.state()).isEqualTo(CaseState.AWAITING_FULFILMENT);
        }
        return new Worked(a, ids, waiting);
    }

    @Test
    void aFullExportAsZipOrJsonGivesTheSameCasesInAnEmptyWorkspace() throws Exception {
        Worked worked = worked();
        Path a = worked.a();
        List<String> ids = worked.ids();
        String waiting = worked.waiting();

        // full exports, imported into empty workspaces
        Path zip = dir.resolve("x.zip");
        Path json = dir.resolve("x.json");
        assertThat(ok("export", "--full", "--out", zip.toString(), "--workspace", a.toString()).out())
                .contains("Exported 32 cases");
        assertThat(ok("export", "--full", "--out", json.toString(), "--workspace", a.toString()).out())
                .contains("Exported 32 cases");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry("bundle.json")).isNotNull();
            assertThat(z.getEntry("files/" + sha256(chatLog()))).isNotNull();
        }
        JsonNode jsonBundle = read(json);
        assertThat(jsonBundle.get("producer").asText()).isEqualTo("console");
        assertThat(jsonBundle.get("cases")).hasSize(32);

        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        assertThat(ok("import", "--workspace", b.toString(), zip.toString()).out()).contains("new 32,");
        assertThat(ok("import", "--workspace", c.toString(), json.toString()).out()).contains("new 32,");

        assertThat(caseIds(home(), b)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(caseIds(home(), c)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(ok("cases", "--json", "--workspace", b.toString()).out())
                .isEqualTo(ok("cases", "--json", "--workspace", a.toString()).out());
        for (String id : ids) {
            String original = ok("case", "show", id, "--json", "--workspace", a.toString()).out();
            assertThat(ok("case", "show", id, "--json", "--workspace", b.toString()).out())
                    .as("case %s through the .zip export", id).isEqualTo(original);
            assertThat(ok("case", "show", id, "--json", "--workspace", c.toString()).out())
                    .as("case %s through the .json export", id).isEqualTo(original);
        }
        JsonNode caseA = parse(ok("case", "show", CASE_A, "--json", "--workspace", c.toString()).out());
        assertThat(caseA.at("/local/assignee").asText()).isEqualTo("lin.agent");
        assertThat(caseA.at("/local/notes/0/text").asText()).isEqualTo("已电话联系用户，等待商家补充物流凭证。");
        assertThat(caseA.at("/evidence/0/assessment").asText()).isEqualTo("ACCEPTED");
        JsonNode caseW = parse(ok("case", "show", waiting, "--json", "--workspace", b.toString()).out());
        assertThat(caseW.get("state").asText()).isEqualTo("PENDING_APPROVAL");
        assertThat(caseW.at("/ruling/proposedBy").asText()).isEqualTo("wang.agent");
        JsonNode caseB = parse(ok("case", "show", CASE_B, "--json", "--workspace", b.toString()).out());
        assertThat(caseB.at("/ruling/issuedBy").asText()).isEqualTo("chen.supervisor");
        // the attachment bytes travelled too: the .json export of workspace c carries them inline
        Path again = dir.resolve("again.json");
        ok("export", "--full", "--case", CASE_A, "--out", again.toString(), "--workspace", c.toString());
        assertThat(java.util.Base64.getDecoder().decode(read(again).at("/cases/0/evidence/1/attachments/0/data")
                .asText())).isEqualTo(chatLog());
    }

    @Test
    void theActionsExportCarriesEachOperatorActionOnceWithAUuid() throws Exception {
        Worked worked = worked();
        Path a = worked.a();
        String waiting = worked.waiting();

        // the actions: each once, with a UUID
        Path first = dir.resolve("a.json");
        assertThat(ok("export", "--out", first.toString(), "--workspace", a.toString()).out())
                .contains("Exported 8 actions of 3 cases");
        JsonNode actions = read(first);
        assertThat(actions.get("format").asText()).isEqualTo("case-bundle");
        assertThat(actions.get("producer").asText()).isEqualTo("console");
        assertThat(actions.get("purpose").asText()).isEqualTo("LIVE");
        List<String> actionIds = new ArrayList<>();
        List<String> types = new ArrayList<>();
        Set<String> exportedCases = new HashSet<>();
        for (JsonNode entry : actions.get("cases")) {
            exportedCases.add(entry.get("caseId").asText());
            assertThat(entry.get("baseRevision").isInt()).as(entry.toString()).isTrue();
            assertThat(entry.get("auditHead").asText()).matches("[0-9a-f]{64}");
            for (JsonNode action : entry.get("actions")) {
                actionIds.add(action.get("actionId").asText());
                types.add(action.get("type").asText());
                assertThat(action.at("/by/operator").asText()).isNotEmpty();
                assertThat(action.has("payload")).isTrue();
            }
        }
        assertThat(exportedCases).containsExactlyInAnyOrder(CASE_A, CASE_B, waiting);
        assertThat(actionIds).hasSize(8).allMatch(id -> UUID.matcher(id).matches(), "is a UUID");
        assertThat(new HashSet<>(actionIds)).hasSize(8);
        Collections.sort(types);
        assertThat(types).containsExactly("CASE_CLAIMED", "CASE_CLAIMED", "EVIDENCE_ASSESSED", "EVIDENCE_ASSESSED",
                "NOTE_ADDED", "NOTE_ADDED", "RULING_ISSUED", "RULING_PROPOSED");

        Path second = dir.resolve("b.json");
        assertThat(ok("export", "--out", second.toString(), "--workspace", a.toString()).out())
                .contains("Exported 0 actions");
        JsonNode none = read(second);
        assertThat(none.get("cases")).isEmpty();
        assertThat(none.findValuesAsText("actionId")).doesNotContainAnyElementsOf(actionIds).isEmpty();
        assertThat(none.get("bundleId").asText()).isNotEqualTo(actions.get("bundleId").asText());
    }

    @Test
    void aTrainingWorkspaceRefusesTheActionsExportAndWritesNoFile() throws Exception {
        Path t = dir.resolve("t");
        assertThat(ok("init", "--training", t.toString()).out()).contains("Created a training workspace");
        Path out = dir.resolve("t-actions.json");

        Result r = run(home(), "export", "--out", out.toString(), "--workspace", t.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("training workspace").contains("Nothing was written");
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("t");
        }
    }
}
