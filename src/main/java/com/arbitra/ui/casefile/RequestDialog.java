package com.arbitra.ui.casefile;

import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Draft;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.EvidenceTemplates;
import com.arbitra.domain.NotificationChannel;
import com.arbitra.domain.Party;
import com.arbitra.ui.I18n;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.collections.ObservableSet;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** The evidence request dialog: the form of {@link RequestFormModel}, sent only when complete. */
public final class RequestDialog {

    private final I18n i18n;
    private final Clock clock;
    private final Duration defaultDue;
    private final java.util.function.Function<DisputeCase, java.util.Locale> partiesLanguage;

    /** {@code partiesLanguage}: the language a case's parties read (their instructions are written in it). */
    public RequestDialog(I18n i18n, Clock clock, Duration defaultDue,
                         java.util.function.Function<DisputeCase, java.util.Locale> partiesLanguage) {
        this.i18n = i18n;
        this.clock = clock;
        this.defaultDue = defaultDue;
        this.partiesLanguage = partiesLanguage;
    }

    /**
     * Asks for a request to the case's parties, starting from {@code start} (a kept draft) when given;
     * what is typed goes to {@code drafting}.
     */
    public Optional<RequestFormModel.Request> ask(Window owner, DisputeCase c, Draft.RequestContent start,
                                                  Drafting<Draft.RequestContent> drafting) {
        java.util.Locale theirs = partiesLanguage.apply(c);
        BiFunction<List<EvidenceCategory>, Party, String> templates = (categories, party) ->
                EvidenceTemplates.defaultInstructions(categories, party, theirs);
        RequestFormModel model = new RequestFormModel(i18n, clock.instant(), defaultDue, templates);
        if (start != null) {
            model.restore(start);
        }
        Drafting.Watch<Draft.RequestContent> watch = new Drafting.Watch<>(model::content, drafting);
        model.onEdit(watch::edited);
        Dialog<RequestFormModel.Request> dialog = new Dialog<>();
        dialog.setTitle(i18n.t("request.title", c.caseId()));
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType send = new ButtonType(i18n.t("request.send"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(send, ButtonType.CANCEL);
        dialog.getDialogPane().setId("requestDialog");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        // the labels keep their words; the fields take the rest and wrap
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.setPadding(new Insets(8));
        ToggleGroup who = new ToggleGroup();
        HBox whoRow = new HBox(12);
        for (RequestFormModel.Addressee a : RequestFormModel.Addressee.values()) {
            RadioButton r = new RadioButton(i18n.t("request.to." + a.name()));
            r.setId("to-" + a.name());
            r.setToggleGroup(who);
            r.setSelected(model.addressee().get() == a);
            r.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    model.addressee().set(a);
                }
            });
            whoRow.getChildren().add(r);
        }
        int row = 0;
        grid.addRow(row++, new Label(i18n.t("request.to")), whoRow);
        grid.addRow(row++, new Label(i18n.t("request.categories")),
                checks(EvidenceCategory.values(), model.categories(), "category.", "category-"));
        TextArea instructions = new TextArea();
        instructions.setId("instructions");
        instructions.setWrapText(true);
        instructions.setPrefRowCount(6);
        instructions.textProperty().bindBidirectional(model.instructions());
        grid.addRow(row++, new Label(i18n.t("request.instructions")), instructions);
        if (!theirs.getLanguage().equals(i18n.locale().getLanguage())) {
            // the parties read their language; the operator sees what the template says in theirs
            Label yours = new Label();
            yours.setId("instructionsYours");
            yours.setWrapText(true);
            // a wrapping label must not ask for its text's full width
            yours.setPrefWidth(0);
            yours.setMaxWidth(Double.MAX_VALUE);
            yours.getStyleClass().add("text-muted");
            yours.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            Runnable translate = () -> {
                yours.setText(i18n.t("request.inYourLanguage", theirs.getDisplayLanguage(i18n.locale()),
                        EvidenceTemplates.defaultInstructions(new java.util.ArrayList<>(model.categories()),
                                model.addressee().get().parties.get(0), i18n.locale())));
                // the dialog grows with the text rather than cutting its last lines
                javafx.application.Platform.runLater(() -> {
                    if (dialog.getDialogPane().getScene() != null
                            && dialog.getDialogPane().getScene().getWindow() != null) {
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    }
                });
            };
            model.categories().addListener((javafx.collections.SetChangeListener<EvidenceCategory>) ch -> translate.run());
            model.addressee().addListener((o, was, now) -> translate.run());
            translate.run();
            grid.addRow(row++, new Label(), yours);
        }
        Spinner<Integer> hours = new Spinner<>(1, 24 * 14, model.dueHours().get());
        hours.setId("dueHours");
        hours.setEditable(true);
        hours.valueProperty().addListener((o, a, b) -> model.dueHours().set(b == null ? 0 : b));
        grid.addRow(row++, new Label(i18n.t("request.due")), new HBox(6, hours, new Label(i18n.t("ruling.hours"))));
        grid.addRow(row++, new Label(i18n.t("request.channels")),
                checks(NotificationChannel.values(), model.channels(), "channel.", "channel-"));
        Label problem = new Label();
        problem.getStyleClass().add("form-error");
        problem.textProperty().bind(model.problem());
        grid.add(problem, 1, row);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(760);
        Button ok = (Button) dialog.getDialogPane().lookupButton(send);
        ok.setId("sendRequest");
        ok.disableProperty().bind(model.valid().not());
        dialog.setResultConverter(b -> b == send ? model.request() : null);
        Optional<RequestFormModel.Request> result = dialog.showAndWait();
        watch.closed(result.isPresent());
        return result;
    }

    private <E extends Enum<E>> Node checks(E[] values, ObservableSet<E> into, String keyPrefix, String idPrefix) {
        FlowPane pane = new FlowPane(10, 6);
        for (E value : values) {
            CheckBox box = new CheckBox(i18n.t(keyPrefix + value.name()));
            box.setId(idPrefix + value.name());
            box.setSelected(into.contains(value));
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    into.add(value);
                } else {
                    into.remove(value);
                }
            });
            pane.getChildren().add(box);
        }
        return pane;
    }
}
