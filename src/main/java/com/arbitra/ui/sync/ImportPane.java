package com.arbitra.ui.sync;

import com.arbitra.ui.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The import controls: a strip showing progress with a cancel button while an import runs, the file
 * chooser, drag and drop onto any node, and the dialog that reports the outcome.
 */
public final class ImportPane {

    private final ImportViewModel vm;
    private final I18n i18n;
    private final HBox strip;

    public ImportPane(ImportViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label status = new Label();
        status.setId("importStatus");
        status.textProperty().bind(vm.status());
        Label progress = new Label();
        progress.setId("importProgress");
        progress.textProperty().bind(vm.progress());
        Button cancel = new Button(i18n.t("import.cancel"));
        cancel.setId("importCancel");
        cancel.setOnAction(e -> vm.cancel());
        strip = new HBox(10, spinner, status, progress, cancel);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("import-strip");
        strip.visibleProperty().bind(vm.running());
        strip.managedProperty().bind(vm.running());
        vm.onDone(outcome -> report(outcome, strip.getScene() == null ? null : strip.getScene().getWindow()));
    }

    /** The progress strip, shown while an import runs. */
    public Node strip() {
        return strip;
    }

    public Button importButton() {
        Button b = new Button(i18n.t("queue.importBundle"), new org.kordamp.ikonli.javafx.FontIcon("mdi2i-import"));
        b.setId("importBundle");
        b.disableProperty().bind(vm.running());
        b.setOnAction(e -> choose(b.getScene().getWindow()));
        return b;
    }

    public Button samplesButton() {
        Button b = new Button(i18n.t("queue.loadSamples"), new org.kordamp.ikonli.javafx.FontIcon("mdi2b-book-open-variant"));
        b.setId("loadSamples");
        b.disableProperty().bind(vm.running());
        b.setOnAction(e -> vm.loadSamples());
        return b;
    }

    /** Lets bundles be dropped onto the node: files ending in .json or .zip, or folders. */
    public void acceptDrops(Node target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !vm.running().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!files.isEmpty());
            if (!files.isEmpty()) {
                vm.importBundle(files.get(0).toPath());
            }
            e.consume();
        });
    }

    private void choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("import.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("import.filter"), "*.json", "*.zip"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            vm.importBundle(Path.of(file.getPath()));
        }
    }

    private void report(ImportViewModel.Outcome outcome, Window owner) {
        Alert alert = new Alert(outcome.failed() ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION);
        alert.setTitle(i18n.t("import.title"));
        alert.setHeaderText(i18n.t("import.notification"));
        alert.setContentText(outcome.summary());
        if (!outcome.problems().isEmpty()) {
            TextArea details = new TextArea(String.join("\n", outcome.problems()));
            details.setEditable(false);
            details.setWrapText(true);
            details.setId("importProblems");
            alert.getDialogPane().setExpandableContent(details);
            alert.getDialogPane().setExpanded(outcome.failed());
        }
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
