package com.arbitra.ui;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Passwords;
import com.arbitra.domain.Role;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.store.Session;
import com.arbitra.store.Workspace;
import com.arbitra.support.SampleCases;
import com.arbitra.ui.shell.ConsoleApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real console in a process of its own, driven as an agent drives it: signs in as {@code lin},
 * opens the case, starts a ruling and types half a rationale, then says "typed" once the draft is in
 * the workspace and waits to be killed. Run by {@link DraftAfterKillTest}.
 */
public final class TypingConsole {

    public static final String RATIONALE = "Half written when the power went: the waybill shows";

    private TypingConsole() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String caseId = args[1];
        Clock clock = Clock.fixed(SampleCases.T0, ZoneOffset.UTC);
        FxToolkit.registerPrimaryStage();
        ConsoleApp.prepare(dir, new com.arbitra.app.ConsoleServices(d -> new Session(Workspace.open(d), clock, WorkflowSettings.defaults(),
                new Passwords(1_000))));
        FxToolkit.setupApplication(ConsoleApp.class);
        FxRobot robot = new FxRobot();
        ConsoleSteps steps = new ConsoleSteps(robot);
        steps.signIn("lin");
        steps.open(caseId);
        robot.type(KeyCode.P);
        steps.waitUntilShown("#rationale");
        robot.clickOn("#rationale").write(RATIONALE);
        // what the console wrote, read as another workstation would
        try (Session other = new Session(Workspace.open(dir), clock, WorkflowSettings.defaults(),
                new Passwords(1_000))) {
            Actor lin = new Actor("lin", Role.AGENT);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> other.drafts().of(lin, caseId).stream()
                    .anyMatch(d -> d.content().toString().contains(RATIONALE)));
        }
        System.out.println("typed");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
