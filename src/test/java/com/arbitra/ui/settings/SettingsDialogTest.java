package com.arbitra.ui.settings;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Role;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The settings dialog in a real headless window: a supervisor fixes a bad value and saves. */
@Tag("ui")
class SettingsDialogTest extends FxRobot {

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aSupervisorChangesADeadlineInTheDialog() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir.resolve("ws"))) {
            I18n en = new I18n(Locale.ENGLISH);
            SettingsViewModel vm = new SettingsViewModel(ws.session.settings(), Actor.operator("mei", Role.SUPERVISOR),
                    TaskRunner.fx(), en);
            FxToolkit.registerPrimaryStage();
            FxToolkit.setupStage(stage -> {
                stage.setScene(new Scene(new SettingsDialog(vm, en).createView(stage::close), 640, 620));
                stage.show();
            });
            FxToolkit.setupFixture(vm::load);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> "48".equals(lookup("#setting-deadline-evidenceHours").queryAs(TextField.class).getText()));

            doubleClickOn("#setting-deadline-evidenceHours").eraseText(2).write("0");
            assertThat(lookup("#saveSettings").queryAs(Button.class).isDisabled()).isTrue();
            eraseText(1).write("96");
            clickOn("#saveSettings");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> !lookup("#settingsStatus").queryAs(Label.class).getText().isEmpty());

            assertThat(lookup("#settingsStatus").queryAs(Label.class).getText())
                    .isEqualTo("Saved 1 change(s); new deadlines apply from now on.");
            assertThat(ws.session.settings().current().get(com.arbitra.domain.WorkspaceSettings.Key.EVIDENCE_HOURS))
                    .isEqualTo("96");
        }
    }
}
