package com.arbitra.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Small layout helpers shared by the shell's forms. */
final class Forms {

    private Forms() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(200);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    static void row(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMnemonicParsing(true);
        // the label keeps its words ("Confirmar contraseña"); the field gives way
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(row, l, field);
    }

    /** A card centred in the window. */
    static StackPane centred(Node... content) {
        VBox card = new VBox(16, content);
        card.getStyleClass().add("form-card");
        card.setMaxWidth(460);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setPadding(new Insets(28));
        card.setAlignment(Pos.TOP_LEFT);
        StackPane root = new StackPane(card);
        root.getStyleClass().add("centered-pane");
        return root;
    }

    static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-2");
        return l;
    }

    static Label error(javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add("form-error");
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }
}
