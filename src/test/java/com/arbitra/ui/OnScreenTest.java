package com.arbitra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class OnScreenTest {

    @Test
    void aViewIsOnScreenWhileItIsInASceneAndVisible() throws Exception {
        StackPane holder = new StackPane();
        PaneStage.show(() -> holder, 200, 100);
        Label view = new Label("a view");
        List<String> seen = new CopyOnWriteArrayList<>();
        fx(() -> OnScreen.watch(view, scene -> seen.add("shown"), scene -> seen.add("hidden")));

        fx(() -> holder.getChildren().add(view));
        fx(() -> view.setVisible(false));
        fx(() -> view.setVisible(true));
        fx(() -> holder.getChildren().clear());
        fx(() -> view.setVisible(false));
        fx(() -> holder.getChildren().add(view));

        assertThat(seen).containsExactly("shown", "hidden", "shown", "hidden");
        fx(() -> view.setVisible(true));
        assertThat(seen).containsExactly("shown", "hidden", "shown", "hidden", "shown");
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
    }
}
