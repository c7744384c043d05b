package com.arbitra.ui.settings;

import com.arbitra.domain.WorkspaceSettings.Key;
import com.arbitra.domain.WorkspaceSettings.Kind;
import com.arbitra.ui.I18n;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The workspace's settings, one row per setting; supervisors edit and save, others read. */
public final class SettingsDialog {

    private final SettingsViewModel vm;
    private final I18n i18n;

    public SettingsDialog(SettingsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    /** Opens the dialog over {@code owner} and loads the settings. */
    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("settings.title"));
        stage.setScene(new javafx.scene.Scene(createView(stage::close), 640, 620));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        vm.load();
        stage.show();
        return stage;
    }

    public BorderPane createView(Runnable close) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(16));
        int row = 0;
        for (Key k : Key.values()) {
            Label name = new Label(i18n.t("settings." + k.id()));
            Node field = field(k);
            field.setDisable(!vm.editable());
            Label problem = new Label();
            problem.getStyleClass().add("field-problem");
            problem.textProperty().bind(vm.problem(k));
            problem.setWrapText(true);
            grid.add(name, 0, row);
            grid.add(field, 1, row);
            grid.add(problem, 1, row + 1);
            row += 2;
        }
        Label readOnly = new Label(vm.editable() ? "" : i18n.t("settings.readOnly"));
        Label error = new Label();
        error.setId("settingsError");
        error.getStyleClass().add("form-error");
        error.textProperty().bind(vm.error());
        error.setWrapText(true);
        Label status = new Label();
        status.setId("settingsStatus");
        status.textProperty().bind(vm.status());

        Button save = new Button(i18n.t("settings.save"));
        save.setId("saveSettings");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.canSave().not());
        save.setOnAction(e -> vm.save());
        Button closeButton = new Button(i18n.t("settings.close"));
        closeButton.setId("closeSettings");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(closeButton, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(save, closeButton);

        BorderPane root = new BorderPane(new ScrollPane(grid));
        root.setId("settingsDialog");
        VBox bottom = new VBox(6, readOnly, error, status, buttons);
        bottom.setPadding(new Insets(8, 16, 16, 16));
        root.setBottom(bottom);
        return root;
    }

    private Node field(Key k) {
        String id = "setting-" + k.id().replace('.', '-');
        if (k.kind() == Kind.BOOLEAN) {
            CheckBox box = new CheckBox();
            box.setId(id);
            box.setSelected(Boolean.parseBoolean(vm.value(k).get()));
            box.selectedProperty().addListener((o, was, now) -> vm.value(k).set(Boolean.toString(now)));
            vm.value(k).addListener((o, was, now) -> box.setSelected(Boolean.parseBoolean(now)));
            return box;
        }
        if (k.kind() == Kind.LANGUAGE || k.kind() == Kind.THEME) {
            ComboBox<String> combo = new ComboBox<>();
            combo.setId(id);
            combo.getItems().setAll(k.kind() == Kind.LANGUAGE ? java.util.List.of("system", "en", "es", "zh-CN")
                    : java.util.List.of("light", "dark"));
            combo.valueProperty().bindBidirectional(vm.value(k));
            return combo;
        }
        TextField text = new TextField();
        text.setId(id);
        text.setPrefColumnCount(12);
        text.textProperty().bindBidirectional(vm.value(k));
        return text;
    }
}
