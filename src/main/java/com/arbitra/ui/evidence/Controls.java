package com.arbitra.ui.evidence;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders shared by the evidence views. */
final class Controls {

    private static final String STYLESHEET = Objects.requireNonNull(
            Controls.class.getResource("/com/arbitra/ui/evidence.css")).toExternalForm();

    private Controls() {
    }

    /** Each evidence view brings its own stylesheet, so that it looks right wherever it is placed. */
    static void styled(Parent root, String styleClass) {
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add(styleClass);
    }

    /** A flat icon button; its tooltip doubles as the text screen readers announce. */
    static Button iconButton(String id, String icon, String tooltip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setAccessibleText(tooltip);
        return withAction(b, id, tooltip, action);
    }

    static Button textButton(String id, String icon, String text, String tooltip, Runnable action) {
        Button b = withAction(new Button(text, new FontIcon(icon)), id, tooltip, action);
        // its words whole: the row around it wraps or grows instead
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    private static Button withAction(Button b, String id, String tooltip, Runnable action) {
        b.setId(id);
        tip(b, tooltip);
        b.setOnAction(e -> action.run());
        return b;
    }

    static <T extends Control> T tip(T control, String text) {
        control.setTooltip(tooltip(text));
        return control;
    }

    static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        return tooltip;
    }

    /** Shown and taking room only while {@code condition} holds. */
    static <T extends Node> T visibleWhen(T node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }
}
