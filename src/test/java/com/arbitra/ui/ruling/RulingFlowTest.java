package com.arbitra.ui.ruling;

import com.arbitra.ui.I18n;
import com.arbitra.ui.ConsoleSteps;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.AuditEntry;
import com.arbitra.domain.CaseAction;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.FulfilmentProof;
import com.arbitra.domain.Money;
import com.arbitra.domain.ProofType;
import com.arbitra.domain.Role;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A case from complaint to closing in the real window: an agent requests evidence and proposes a
 * ruling; a supervisor returns it, the agent proposes again, the supervisor issues it; the merchant's
 * proof arrives and the agent verifies it, which closes the case. Every step by keyboard shortcut.
 */
@Tag("ui")
@Tag("slow")
class RulingFlowTest extends FxRobot {

    static final String CASE = "MP-FLOW-1";

    @TempDir
    Path dir;
    TestWorkspace ws;
    javafx.application.Application app;
    final ConsoleSteps steps = new ConsoleSteps(this);

    @BeforeEach
    void workspace() throws Exception {
        ws = TestWorkspace.create(dir);
        ws.addOperator("lin", Role.AGENT);
        ws.addOperator("chen", Role.SUPERVISOR);
        ws.insert(SampleCases.waiting(CASE));
        app = ConsoleSteps.launch(dir, ws.clock);
    }

    @AfterEach
    void close() throws Exception {
        ConsoleSteps.close(app);
        ws.close();
    }

    @Test
    void requestProposeReturnIssueVerifyClose() throws Exception {
        steps.signIn("lin");
        steps.open(CASE);
        type(KeyCode.C);
        waitForState(null, "lin");

        // evidence from the consumer, with the template's instructions
        type(KeyCode.R);
        steps.waitUntilShown("#requestDialog");
        clickOn("#to-CONSUMER");
        clickOn("#category-PRODUCT_CONDITION");
        // a case paid in CNY: the consumer reads Chinese; the operator sees the template in English too
        assertThat(lookup("#instructions").queryAs(javafx.scene.control.TextArea.class).getText())
                .matches("(?s).*[\\u4e00-\\u9fff].*");
        assertThat(lookup("#instructionsYours").queryAs(Label.class).getText())
                .startsWith("The parties read it in Chinese. The template in your language:");
        clickOn("#sendRequest");
        waitForState(CaseState.AWAITING_EVIDENCE, null);

        // nobody answers: the deadline passes and the case moves on by itself
        ws.clock.advance(Duration.ofHours(49));
        ws.session.cases().applyDueTimeouts();
        // the open case file says that the case changed (F5 looks now rather than at the poller's
        // next tick), and shows the new version when asked
        type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#newerBanner").query().isVisible());
        assertThat(lookup("#newerText").queryAs(Label.class).getText()).startsWith("Changed by system at");
        clickOn("#showNewer");
        waitForState(CaseState.UNDER_REVIEW, null);

        propose("The consumer's photos show the bottle broken on arrival.");
        waitForState(CaseState.PENDING_APPROVAL, null);

        // the supervisor returns it with a comment
        signOutAndIn("chen");
        clickOn("#nav-approvals");
        steps.open(CASE);
        type(KeyCode.T);
        steps.waitUntilShown("#returnRulingText");
        clickOn("#returnRulingText").write("Cite the evidence and add a warning.");
        type(KeyCode.ENTER);
        waitForState(CaseState.UNDER_REVIEW, null);
        assertThat(current().ruling().returnComment()).isEqualTo("Cite the evidence and add a warning.");

        // the agent proposes again: the form starts from the returned proposal
        signOutAndIn("lin");
        clickOn("#nav-myCases");
        steps.open(CASE);
        type(KeyCode.P);
        steps.waitUntilShown("#rationale");
        assertThat(lookup("#rationale").queryAs(javafx.scene.control.TextArea.class).getText())
                .startsWith("The consumer's photos");
        clickOn("#measure-WARNING");
        clickOn("#submitRuling");
        waitForState(CaseState.PENDING_APPROVAL, null);

        // the supervisor issues it after seeing the proposal whole: figures, measures, rationale, proposer
        signOutAndIn("chen");
        clickOn("#nav-approvals");
        steps.open(CASE);
        type(KeyCode.I);
        steps.waitUntilShown("#confirmRuling");
        assertThat(lookup("#confirmRulingText").queryAs(Label.class).getText())
                .contains("Full refund", "CN¥129.00", "Platform measures:\n  • Warning", "The consumer's photos",
                        "Proposed by lin at ");
        clickOn(lookup("#confirmRuling .button").match(LabeledMatchers.hasText("OK")).queryAs(Node.class));
        waitForState(CaseState.AWAITING_FULFILMENT, null);

        // the merchant's refund receipt arrives from the platform; the agent verifies it
        proofFromThePlatform();
        signOutAndIn("lin");
        clickOn("#nav-myCases");
        steps.open(CASE);
        waitForState(CaseState.VERIFYING_FULFILMENT, null);
        type(KeyCode.V);
        steps.waitUntilShown("#verifyProofText");
        type(KeyCode.ENTER);
        waitForState(CaseState.CLOSED, null);

        // the case file shows the ruling as issued, whole
        clickOn(lookup(".tab-pane .tab .tab-label").match(LabeledMatchers.hasText("Ruling")).queryAs(Node.class));
        assertThat(lookup("#caseRuling").queryAs(Label.class).getText())
                .contains("Full refund", "CN¥129.00", "  • Warning", "Rationale:\nThe consumer's photos",
                        "Proposed by lin at ",
                        "Issued by chen at ");

        // the timeline tells the case in words: the platform's event beside every action taken here
        clickOn(lookup(".tab-pane .tab .tab-label").match(LabeledMatchers.hasText("Timeline")).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline().stream()
                .anyMatch(t -> t.contains("lin (Agent) · Verify fulfilment proof")));
        List<String> lines = timeline();
        assertThat(lines.get(0)).contains("Consumer · The consumer filed the complaint\n申请退款");
        assertThat(lines).anyMatch(t -> t.contains("lin (Agent) · Propose a ruling · Under review → "))
                .anyMatch(t -> t.contains("chen (Supervisor) · Return a proposed ruling"))
                .anyMatch(t -> t.contains("chen (Supervisor) · Issue a ruling"))
                .noneMatch(t -> t.matches("(?s).*[A-Z][A-Z0-9]+_[A-Z0-9_]+.*"));

        assertThat(ws.session.audit().verify().ok()).as("the audit chain holds").isTrue();
    }

    private List<String> timeline() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup("#timeline .list-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t != null).toList()).get(5, TimeUnit.SECONDS);
    }

    private void propose(String rationale) throws Exception {
        type(KeyCode.P);
        steps.waitUntilShown("#rationale");
        steps.pick("#responsibility", "Merchant");
        steps.pick("#remedy", "Full refund");
        clickOn("#rationale").write(rationale);
        clickOn("#cite-e-1");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#submitRuling").query().isDisabled());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The form says: " + lookup("#rulingProblems").queryListView().getItems(), e);
        }
        clickOn("#submitRuling");
    }

    private void proofFromThePlatform() {
        ws.session.store().transaction(u -> {
            DisputeCase c = u.cases().find(CASE).orElseThrow();
            FulfilmentProof receipt = new FulfilmentProof("p-1", ProofType.PAYMENT_REFUND, ws.clock.instant(),
                    "RF20261122000123", null, null, null, null, Money.of(12900, "CNY"), List.of());
            DisputeCase withProof = c.toBuilder().fulfilment(c.fulfilment() == null
                    ? new com.arbitra.domain.Fulfilment(null, List.of(receipt), null)
                    : new com.arbitra.domain.Fulfilment(c.fulfilment().dueAt(), List.of(receipt), null)).build();
            DisputeCase after = u.cases().update(ws.session.cases().workflow().platformAction(withProof,
                    CaseAction.PROOF_SUBMITTED), c.version());
            u.audit().append(new AuditEntry(CASE, Actor.PLATFORM.name(), Role.PLATFORM, ws.clock.instant(),
                    CaseAction.PROOF_SUBMITTED.name(), c.state(), after.state(), "refund receipt"));
            return null;
        });
    }

    private DisputeCase current() {
        return ws.session.cases().find(CASE).orElseThrow();
    }

    /** Waits until the stored case is in the state (or held by the assignee) and the window shows it. */
    private void waitForState(CaseState state, String assignee) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                DisputeCase c = current();
                return (state == null || c.state() == state) && (assignee == null || assignee.equals(c.assignee()));
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The case is " + current().state() + "; the window says: "
                    + lookup(".form-error").queryAll().stream().map(n -> ((Label) n).getText()).toList(), e);
        }
        if (state != null && lookup("#caseStatus").tryQuery().isPresent()) {
            String word = new I18n(java.util.Locale.ENGLISH).t("state." + state.name());
            try {
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                        () -> lookup("#caseStatus").queryAs(Label.class).getText().startsWith(word));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("The window shows " + lookup("#caseStatus").queryAll().stream()
                        .map(n -> ((Label) n).getText() + " visible=" + n.isVisible()).toList(), e);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void signOutAndIn(String name) throws Exception {
        clickOn("#signOut");
        steps.signIn(name);
    }

}
