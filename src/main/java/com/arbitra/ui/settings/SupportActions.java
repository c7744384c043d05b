package com.arbitra.ui.settings;

import com.arbitra.domain.Actor;
import com.arbitra.domain.SettingsService;
import com.arbitra.domain.ports.ConsolePorts;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar's "Settings…" and "Copy diagnostics" buttons. The shell adds {@link #buttons()} to its
 * toolbar; everything else lives here.
 */
public final class SupportActions {

    private final SettingsService settings;
    private final ConsolePorts.Diagnostics diagnostics;
    private final Actor actor;
    private final TaskRunner background;
    private final I18n i18n;

    public SupportActions(SettingsService settings, ConsolePorts.Diagnostics diagnostics, Actor actor,
                          TaskRunner background, I18n i18n) {
        this.settings = settings;
        this.diagnostics = diagnostics;
        this.actor = actor;
        this.background = background;
        this.i18n = i18n;
    }

    public List<Node> buttons() {
        Button settings = new Button(null, new FontIcon("mdi2c-cog-outline"));
        settings.setId("openSettings");
        settings.setAccessibleText(i18n.t("settings.open"));
        settings.setTooltip(new javafx.scene.control.Tooltip(i18n.t("settings.open")));
        settings.setOnAction(e -> new SettingsDialog(new SettingsViewModel(this.settings, actor, background, i18n),
                i18n).show(settings.getScene().getWindow()));
        Button diagnostics = new Button(null, new FontIcon("mdi2l-lifebuoy"));
        diagnostics.setId("copyDiagnostics");
        diagnostics.setAccessibleText(i18n.t("diagnostics.copy"));
        diagnostics.setTooltip(new javafx.scene.control.Tooltip(i18n.t("diagnostics.copy")));
        diagnostics.setOnAction(e -> copyDiagnostics(diagnostics));
        return List.of(settings, diagnostics);
    }

    /** Gathers the report in the background, puts it on the clipboard and shows it. */
    void copyDiagnostics(Node from) {
        background.run("SupportActions.copyDiagnostics", diagnostics::report, text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            TextArea area = new TextArea(text);
            area.setEditable(false);
            area.setId("diagnosticsText");
            VBox box = new VBox(8, new Label(i18n.t("diagnostics.copied")), area);
            box.setPadding(new Insets(12));
            Stage stage = new Stage();
            stage.initOwner(from.getScene().getWindow());
            stage.setTitle(i18n.t("diagnostics.copy"));
            stage.setScene(new Scene(box, 720, 420));
            stage.show();
        });
    }
}
