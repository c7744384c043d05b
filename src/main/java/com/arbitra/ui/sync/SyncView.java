package com.arbitra.ui.sync;

import com.arbitra.ui.I18n;
import java.io.File;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Sync page: bring bundles in (file, drop, samples), send the outbox out, or export everything. */
public final class SyncView {

    private final VBox root = new VBox(14);

    public SyncView(ImportPane imports, ExportViewModel exports, I18n i18n, boolean training) {
        Label inTitle = new Label(i18n.t("sync.in"));
        inTitle.getStyleClass().add("title-4");
        Label inHelp = new Label(i18n.t("sync.inHelp"));
        inHelp.setWrapText(true);
        HBox in = new HBox(10, imports.importButton(), imports.samplesButton());

        Label outTitle = new Label(i18n.t("sync.out"));
        outTitle.getStyleClass().add("title-4");
        Label outHelp = new Label(i18n.t(training ? "sync.outTraining" : "sync.outHelp"));
        outHelp.setWrapText(true);
        Button outbox = new Button(i18n.t("sync.exportOutbox"), new FontIcon("mdi2e-export"));
        outbox.setId("exportOutbox");
        outbox.setDisable(training);
        outbox.setOnAction(e -> choose(outbox, i18n, "actions", "*.json", exports::exportOutbox));
        Button full = new Button(i18n.t("sync.exportFull"), new FontIcon("mdi2d-database-export"));
        full.setId("exportFull");
        full.setOnAction(e -> choose(full, i18n, "full", "*.zip", exports::exportFull));
        Button wxpay = new Button(i18n.t("sync.exportWxpay"), new FontIcon("mdi2c-cellphone-message"));
        wxpay.setId("exportWxpay");
        wxpay.setOnAction(e -> choose(wxpay, i18n, "wxpay-requests", "*.jsonl", exports::exportWxpay));
        wxpay.disableProperty().bind(exports.running().or(new javafx.beans.property.SimpleBooleanProperty(training)));
        outbox.disableProperty().bind(exports.running().or(new javafx.beans.property.SimpleBooleanProperty(training)));
        full.disableProperty().bind(exports.running());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(exports.running());
        Label status = new Label();
        status.setId("exportStatus");
        status.setWrapText(true);
        status.textProperty().bind(exports.status());
        javafx.scene.layout.FlowPane out = new javafx.scene.layout.FlowPane(10, 10, outbox, full, wxpay, spinner);
        out.setAlignment(Pos.CENTER_LEFT);
        exports.onDone(o -> {
            if (root.getScene() == null || root.getScene().getWindow() == null) {
                return;
            }
            Notifications n = Notifications.create().title(i18n.t("sync.out")).text(o.summary())
                    .owner(root.getScene().getWindow());
            if (o.failed()) {
                n.showError();
            } else {
                n.showInformation();
            }
        });
        root.getChildren().addAll(inTitle, inHelp, in, outTitle, outHelp, out, status);
        root.setPadding(new Insets(20));
        root.setId("syncView");
    }

    public Parent root() {
        return root;
    }

    private static void choose(Button from, I18n i18n, String kind, String pattern,
                               java.util.function.Consumer<java.nio.file.Path> then) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("sync.chooseTarget"));
        chooser.setInitialFileName("arbitra-" + kind + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + pattern.substring(1));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        File file = chooser.showSaveDialog(from.getScene().getWindow());
        if (file != null) {
            then.accept(file.toPath());
        }
    }
}
