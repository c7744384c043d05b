package com.arbitra.ui;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Whether a view is on screen: in a scene and visible. The main window keeps a view it switches away
 * from in its scene, hidden (taking it out and putting it back costs the style of every node), so a
 * view that acts only while it is seen watches both.
 */
public final class OnScreen {

    private OnScreen() {
    }

    /** Calls {@code shown} with the scene when the node comes on screen, {@code hidden} with it when it goes. */
    public static void watch(Node node, Consumer<Scene> shown, Consumer<Scene> hidden) {
        Scene[] current = {null};
        Runnable update = () -> {
            Scene now = node.isVisible() ? node.getScene() : null;
            if (now != current[0]) {
                Scene was = current[0];
                current[0] = now;
                if (was != null) {
                    hidden.accept(was);
                }
                if (now != null) {
                    shown.accept(now);
                }
            }
        };
        node.sceneProperty().addListener((o, was, now) -> update.run());
        node.visibleProperty().addListener((o, was, now) -> update.run());
        update.run();
    }
}
