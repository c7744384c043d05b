package com.arbitra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.Role;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.domain.ports.QueueRow;
import com.arbitra.store.TeamDescriptor;
import com.arbitra.store.Workspace;
import com.arbitra.support.SampleCases;
import com.arbitra.support.Seen;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.ConsoleSteps;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two workstations on one team database, each with its own console window and workspace folder: an
 * agent proposes a ruling in one, and the supervisor's approvals list in the other shows it as soon as
 * the server tells that console of the commit (LISTEN/NOTIFY), without anyone pressing a key there.
 */
@Tag("ui")
@Tag("slow")
class TwoConsolesTest extends FxRobot {

    static final String CASE = "MP-TEAM-1";

    @TempDir
    Path dir;
    TestWorkspace ws;
    javafx.application.Application agentConsole;
    ConsoleApp supervisorConsole;
    Stage supervisorStage;
    final ConsoleSteps steps = new ConsoleSteps(this);

    @BeforeEach
    void team() throws Exception {
        ws = TestWorkspace.create(dir.resolve("desk-1"), WorkspaceKind.LIVE, Workspace.Engine.POSTGRES);
        var lin = ws.addOperator("lin", Role.AGENT).asActor();
        ws.addOperator("chen", Role.SUPERVISOR);
        ws.insert(SampleCases.waiting(CASE));
        ws.session.cases().claim(CASE, lin, Seen.version(ws.session.cases(), CASE));
        // the second workstation joins the same database from its own folder
        Workspace.createTeam(dir.resolve("desk-2"), TeamDescriptor.read(dir.resolve("desk-1")), WorkspaceKind.LIVE)
                .close();
        agentConsole = ConsoleSteps.launch(dir.resolve("desk-1"), ws.clock);
    }

    @AfterEach
    void close() throws Exception {
        if (supervisorConsole != null) {
            interact(() -> {
                supervisorConsole.stop();
                supervisorStage.close();
            });
        }
        ConsoleSteps.close(agentConsole);
        ws.close();
    }

    @Test
    void aProposalInOneConsoleShowsInTheOthersApprovalsList() throws Exception {
        steps.signIn("lin");
        steps.open(CASE);
        Stage agentStage = (Stage) lookup("#caseTitle").query().getScene().getWindow();
        interact(() -> place(agentStage, 0));

        // the supervisor's console, on the other workstation's folder, beside the agent's
        ConsoleApp.prepare(dir.resolve("desk-2"), new com.arbitra.app.ConsoleServices(d -> new com.arbitra.store.Session(
                Workspace.open(d), ws.clock, com.arbitra.domain.WorkflowSettings.defaults(),
                new com.arbitra.domain.Passwords(1_000))));
        interact(() -> {
            supervisorStage = new Stage();
            supervisorConsole = new ConsoleApp();
            supervisorConsole.start(supervisorStage);
        });
        steps.signIn("chen");
        interact(() -> place(supervisorStage, 1));
        clickOn("#nav-approvals");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> approvals() != null);
        assertThat(approvals().getItems()).isEmpty();

        // the agent proposes in the first window
        clickOn("#do-PROPOSE_RULING");
        steps.waitUntilShown("#rationale");
        steps.pick("#responsibility", "Merchant");
        steps.pick("#remedy", "Full refund");
        clickOn("#rationale").write("The photos show the bottle broken on arrival.");
        clickOn("#cite-e-1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#submitRuling").query().isDisabled());
        clickOn("#submitRuling");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> ws.session.cases().find(CASE).orElseThrow().state() == CaseState.PENDING_APPROVAL);
        long committed = System.nanoTime();

        // the other console shows it, told by the server (its two-second poll is only the fallback)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> approvals().getItems().stream()
                .anyMatch(r -> CASE.equals(((QueueRow) r).caseId())));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - committed);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(approvals().getColumns()).extracting(c -> c.getText()).as("who proposed, beside who holds it")
                .containsSubsequence("Proposed by", "Assignee");
        assertThat(approvals().getColumns().stream().filter(c -> c.getText().equals("Proposed by")).findFirst()
                .orElseThrow().getCellData(0)).isEqualTo("lin");
        System.out.println("two consoles: the proposal reached the other console's approvals " + ms + " ms after commit");
        assertThat(supervisorStage.isShowing()).isTrue();
    }

    /** Two windows side by side on the test screen, so that nothing one shows hides the other. */
    private static void place(Stage stage, int column) {
        stage.setX(column * 800);
        stage.setY(0);
        stage.setWidth(790);
        stage.setHeight(900);
    }

    /** The approvals list on the supervisor's window. */
    private TableView<?> approvals() {
        if (supervisorStage.getScene() == null) {
            return null;
        }
        return from(supervisorStage.getScene().getRoot()).lookup("#caseQueue").queryAllAs(TableView.class).stream()
                .filter(javafx.scene.Node::isVisible).findFirst().orElse(null);
    }
}
