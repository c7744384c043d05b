package com.arbitra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The walk's eyes: they see a cut label, a constant, a key and a control outside its window, and nothing else. */
@Tag("ui")
class ScreenCheckTest extends FxRobot {

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aCutLabelARawConstantAKeyAndAControlOutsideAreFound() throws Exception {
        PaneStage.show(() -> {
            Label cut = new Label("A label far too long for the room it was given");
            cut.setMaxWidth(80);
            Label raw = new Label("matches FULL_REFUND");
            Label key = new Label("casefile.noteTitle");
            Label whole = new Label("Fits: MP-2026-0000106, CNY, M10086");
            Label outside = new Label("Outside");
            outside.setTranslateX(2_000);
            return new VBox(cut, raw, key, whole, outside);
        }, 300, 200);

        assertThat(ScreenCheck.problems("here")).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("here: \"A label far too long for the room it was given\" is cut to"),
                p -> assertThat(p).startsWith("here: a constant \"FULL_REFUND\""),
                p -> assertThat(p).startsWith("here: a message key \"casefile.noteTitle\""),
                p -> assertThat(p).startsWith("here: Label lies outside its window"));
    }
}
