package com.arbitra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.ui.I18n;
import com.arbitra.ui.PaneStage;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: a console started without a terminal asks for the team database's password in a dialog
 * (when neither ARBITRA_DB_PASSWORD nor ~/.pgpass gives it), from the thread that opens the workspace.
 */
@Tag("ui")
class DatabasePasswordDialogTest extends FxRobot {

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private CompletableFuture<char[]> askFromAnotherThread() throws Exception {
        PaneStage.show(Pane::new, 600, 400);
        Window owner = listWindows().get(0);
        CompletableFuture<char[]> answer = CompletableFuture.supplyAsync(() -> DatabasePasswordDialog.fromBackground(
                owner, new I18n(Locale.ENGLISH), "ana", "jdbc:postgresql://db.example:5432/arbitra"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#databasePassword").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void thePasswordTypedIsWhatTheOpeningThreadGets() throws Exception {
        CompletableFuture<char[]> answer = askFromAnotherThread();
        assertThat(lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Password for the database user ana at jdbc:postgresql://db.example:5432/arbitra");

        clickOn("#databasePassword").write("s3cret-db").type(KeyCode.ENTER);

        assertThat(answer.get(10, TimeUnit.SECONDS)).containsExactly("s3cret-db".toCharArray());
    }

    @Test
    void cancellingAnswersNothing() throws Exception {
        CompletableFuture<char[]> answer = askFromAnotherThread();

        type(KeyCode.ESCAPE);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isNull();
    }
}
