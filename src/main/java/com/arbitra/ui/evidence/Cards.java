package com.arbitra.ui.evidence;

import com.arbitra.ui.I18n;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The layout the small evidence cards share: a title, then named values; numbers can be copied. */
final class Cards {

    /** One line of a card; a line without a value is left out. */
    record Row(String id, String label, String value, boolean copyable) {
    }

    private Cards() {
    }

    static Parent card(String id, String icon, String title, I18n i18n, Row... rows) {
        Label heading = new Label(title, new FontIcon(icon));
        heading.getStyleClass().add("evidence-card-title");
        // each line's name above its value: the card sits in a narrow pane, where a name and a long
        // number side by side cut both ("Refund …", "5030020261120…")
        VBox lines = new VBox(6);
        int line = 0;
        for (Row row : rows) {
            if (row.value() == null || row.value().isBlank()) {
                continue;
            }
            Label name = new Label(row.label());
            name.getStyleClass().add("evidence-card-label");
            name.setWrapText(true);
            Label value = new Label(row.value());
            value.setId(row.id());
            value.getStyleClass().add("evidence-card-value");
            value.setWrapText(true);
            value.setMinHeight(Region.USE_PREF_SIZE);
            HBox valueLine = new HBox(8, value);
            valueLine.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(value, Priority.ALWAYS);
            if (row.copyable()) {
                value.getStyleClass().add("evidence-card-number");
                valueLine.getChildren().add(Controls.iconButton(row.id() + "Copy", "mdi2c-content-copy",
                        i18n.t("evidence.copy"), () -> copy(row.value())));
            }
            lines.getChildren().add(new VBox(1, name, valueLine));
            line++;
        }
        VBox card = new VBox(8, heading);
        if (line == 0) {
            Label none = new Label(i18n.t("evidence.card.none"));
            none.getStyleClass().add("evidence-card-label");
            card.getChildren().add(none);
        } else {
            card.getChildren().add(lines);
        }
        Controls.styled(card, "evidence-card");
        card.setId(id);
        return card;
    }

    private static void copy(String value) {
        ClipboardContent content = new ClipboardContent();
        content.putString(value);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
