package com.arbitra.ui.casefile;

import com.arbitra.ui.ConsoleSteps;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.app.Main;
import com.arbitra.cli.Cli;
import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseAction;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Draft;
import com.arbitra.domain.Money;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Party;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.support.TestWorkspace;
import com.arbitra.support.TestWorkspaces;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A decision is taken on what its operator saw, in the real window: the case changes under an open
 * form (from another process, through the command line, or from another workstation's session), the
 * submit is refused, the conflict dialog lists what changed, and what the operator entered is kept
 * to review and send again.
 */
@Tag("ui")
class ConflictFlowTest extends FxRobot {

    static final String CASE = "MP-2026-0000123";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Actor LIN = new Actor("lin", Role.AGENT);
    static final Actor WANG = new Actor("wang", Role.SUPERVISOR);

    @TempDir
    Path dir;
    TestWorkspace ws;
    javafx.application.Application app;
    final ConsoleSteps steps = new ConsoleSteps(this);

    @BeforeEach
    void workspace() throws Exception {
        ws = TestWorkspace.create(dir.resolve("ws"));
        ws.addOperator("lin", Role.AGENT);
        ws.addOperator("chen", Role.SUPERVISOR);
        ws.addOperator("wang", Role.SUPERVISOR);
        importHere(bundle("plat-conflict-1", revision(3)));
        ws.session.cases().claim(CASE, LIN, version());
        app = ConsoleSteps.launch(ws.dir, ws.clock);
    }

    @AfterEach
    void close() throws Exception {
        ConsoleSteps.close(app);
        ws.close();
    }

    @Test
    void newEvidenceImportedByTheCommandLineUnderAnOpenRulingFormRefusesTheProposalAndKeepsIt() throws Exception {
        steps.signIn("lin");
        steps.open(CASE);
        type(KeyCode.P);
        steps.waitUntilShown("#rationale");
        steps.pick("#responsibility", "Merchant");
        steps.pick("#remedy", "Full refund");
        clickOn("#rationale").write("The waybill shows no pickup.");
        clickOn("#cite-e-1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#submitRuling").query().isDisabled());

        // meanwhile the platform's next revision arrives with the merchant's chat record, imported by
        // the command line in a process of its own
        Path next = write(dir.resolve("r4"), bundle("plat-conflict-2", withNewEvidence(revision(4))));
        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "import", "--workspace",
                ws.dir.toString(), next.toString()).redirectErrorStream(true).start();
        String said = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(said).isZero();
        assertThat(said).contains("updated 1");

        clickOn("#submitRuling");
        steps.waitUntilShown("#conflictDialog");
        assertThat(current().state()).as("nothing was proposed").isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(current().ruling()).isNull();
        assertThat(changes()).anySatisfy(line -> assertThat(line).startsWith("New evidence: Communication record"))
                .anySatisfy(line -> assertThat(line).contains("商家上传沟通记录"));
        Draft kept = ws.session.drafts().of(LIN, CASE).stream()
                .filter(d -> d.action() == CaseAction.PROPOSE_RULING).findFirst().orElseThrow();
        assertThat(((Draft.RulingContent) kept.content()).ruling().rationale()).isEqualTo("The waybill shows no pickup.");

        // review: the form opens again on the case as it is now, with what was typed
        clickOn("#conflictReview");
        steps.waitUntilShown("#rationale");
        assertThat(lookup("#rationale").queryAs(TextArea.class).getText()).isEqualTo("The waybill shows no pickup.");
        assertThat(lookup("#cite-e-3").tryQuery()).as("the new evidence can be cited").isPresent();
        clickOn("#cite-e-3");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#submitRuling").query().isDisabled());
        clickOn("#submitRuling");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> current().state() == CaseState.PENDING_APPROVAL);
        assertThat(current().ruling().citedEvidence()).contains("e-1", "e-3");
        assertThat(ws.session.drafts().of(LIN, CASE)).as("sent: no draft left").isEmpty();
    }

    @Test
    void aSupervisorConfirmingAProposalThatWasReproposedMeanwhileSeesBothAmountsAndIssuesOnlyTheNewOne()
            throws Exception {
        ws.session.cases().proposeRuling(CASE, LIN, version(), partialRefund(5000));
        steps.signIn("chen");
        clickOn("#nav-approvals");
        steps.open(CASE);
        type(KeyCode.I);
        steps.waitUntilShown("#confirmRuling");
        assertThat(lookup("#confirmRulingText").queryAs(Label.class).getText()).contains("CN¥50.00");

        // while the confirmation is open, another supervisor returns the proposal and the agent proposes
        // a larger amount
        ws.session.cases().returnRuling(CASE, WANG, version(), "The amount leaves the shipping out.");
        ws.session.cases().proposeRuling(CASE, LIN, version(), partialRefund(8000));

        clickOn(lookup("#confirmRuling .button").match(LabeledMatchers.hasText("OK")).queryAs(Node.class));
        steps.waitUntilShown("#conflictDialog");
        assertThat(current().state()).as("nothing was issued").isEqualTo(CaseState.PENDING_APPROVAL);
        assertThat(changes()).anySatisfy(line -> assertThat(line)
                .contains("you saw: Merchant, Partial refund, CN¥50.00; now: Merchant, Partial refund, CN¥80.00")
                .contains("proposed by lin"));
        clickOn("#conflictReview");

        // the confirmation now shows the amounts that are issued
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#conflictDialog").tryQuery().isEmpty());
        type(KeyCode.I);
        steps.waitUntilShown("#confirmRuling");
        assertThat(lookup("#confirmRulingText").queryAs(Label.class).getText()).contains("CN¥80.00")
                .doesNotContain("CN¥50.00");
        clickOn(lookup("#confirmRuling .button").match(LabeledMatchers.hasText("OK")).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> current().ruling().isIssued());
        assertThat(current().ruling().amount()).isEqualTo(Money.of(8000, "CNY"));
    }

    // ---------------------------------------------------------------- the platform's bundles

    /** The base bundle's first case, waiting for an agent, at the given revision. */
    private static ObjectNode revision(int revision) throws Exception {
        ObjectNode c;
        try (InputStream in = ConflictFlowTest.class.getResourceAsStream("/bundles/base/plat-bundle.json")) {
            c = (ObjectNode) JSON.readTree(in).get("cases").get(0);
        }
        c.put("revision", revision).put("state", "INTERVENTION_REQUESTED");
        ((ObjectNode) c.get("evidenceRequests").get(0)).put("status", "ANSWERED");
        // the consumer's chat log as text only: no file beside the bundle
        ((ObjectNode) c.get("evidence").get(1)).putArray("attachments");
        return c;
    }

    private static ObjectNode withNewEvidence(ObjectNode c) {
        ((ArrayNode) c.get("timeline")).addObject().put("eventId", "ev-4").put("at", "2026-11-20T09:50:00+08:00")
                .put("actor", "MERCHANT").put("type", "MERCHANT_UPLOAD_EVIDENCE").put("text", "商家上传沟通记录");
        ((ArrayNode) c.get("evidence")).addObject().put("evidenceId", "e-3").put("requestId", "rq-1")
                .put("party", "MERCHANT").put("category", "COMMUNICATION_RECORD")
                .put("submittedAt", "2026-11-20T09:50:00+08:00").put("text", "与用户的沟通记录").putArray("attachments");
        return c;
    }

    private static ObjectNode bundle(String bundleId, ObjectNode c) throws Exception {
        ObjectNode b;
        try (InputStream in = ConflictFlowTest.class.getResourceAsStream("/bundles/base/plat-bundle.json")) {
            b = (ObjectNode) JSON.readTree(in);
        }
        b.put("bundleId", bundleId);
        b.putArray("cases").add(c);
        return b;
    }

    private static Path write(Path folder, ObjectNode bundle) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("plat-bundle.json");
        Files.writeString(file, JSON.writeValueAsString(bundle), StandardCharsets.UTF_8);
        return file;
    }

    private void importHere(ObjectNode bundle) throws Exception {
        Path file = write(dir.resolve("r3"), bundle);
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"import", "--workspace", ws.dir.toString(), file.toString()},
                new TestWorkspaces(dir.resolve("default")), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(out), false);
        assertThat(code).as(out.toString()).isZero();
    }

    private static Ruling partialRefund(long cents) {
        Money amount = Money.of(cents, "CNY");
        return new Ruling(null, Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, amount, List.of("GOODS_DAMAGED"),
                List.of("e-1"), "The waybill shows no pickup.", false,
                List.of(new Obligation(Party.MERCHANT, "REFUND", null)), List.of(), null, null, null, null, null,
                null, null);
    }

    // ---------------------------------------------------------------- the window

    private DisputeCase current() {
        return ws.session.cases().find(CASE).orElseThrow();
    }

    private long version() {
        return current().version();
    }

    private List<String> changes() {
        return lookup("#conflictChanges").queryListView().getItems().stream().map(String::valueOf).toList();
    }
}
