package com.arbitra.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A real (headless) window holding one view, themed and styled as in the console. */
public final class PaneStage {

    private PaneStage() {
    }

    public static Scene show(Supplier<Parent> root, double width, double height) throws Exception {
        FxToolkit.registerPrimaryStage();
        Scene[] scene = new Scene[1];
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            scene[0] = new Scene(root.get(), width, height);
            scene[0].getStylesheets().add(Objects.requireNonNull(
                    PaneStage.class.getResource("/com/arbitra/ui/arbitra.css")).toExternalForm());
            stage.setScene(scene[0]);
            // Monocle's screen is 1600 x 1000 here: a window reaching past it fails to paint
            stage.setX(0);
            stage.setY(0);
            stage.sizeToScene();
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return scene[0];
    }

    /** Waits for background work to show up, then for the FX thread to finish laying it out. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
