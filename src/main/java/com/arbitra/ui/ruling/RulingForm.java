package com.arbitra.ui.ruling;

import com.arbitra.domain.Attachment;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.Measure;
import com.arbitra.domain.Party;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Ruling;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.Formats;
import com.arbitra.ui.I18n;
import com.arbitra.ui.evidence.AttachmentLoader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The ruling form as a dialog: responsibility and remedy, the amount in the case's currency, the rule
 * clauses, the evidence cited (with thumbnails), the rationale, obligations and measures; live
 * validation on the submit button, a preview of each party's notice, and — when it issues — a
 * confirmation with the exact amounts.
 */
public final class RulingForm {

    /** What the form's submit does: propose (agents), issue (supervisors) or replace on appeal. */
    public enum Purpose { PROPOSE, ISSUE, REPLACE }

    private static final double THUMB = 48;

    private final RulingFormModel model;
    private final List<String> clauses;
    private final I18n i18n;
    private final TaskRunner background;
    private final AttachmentLoader attachments;
    private final Purpose purpose;

    public RulingForm(RulingFormModel model, List<String> clauses, Purpose purpose, I18n i18n,
                      TaskRunner background, AttachmentLoader attachments) {
        this.model = model;
        this.clauses = clauses;
        this.purpose = purpose;
        this.i18n = i18n;
        this.background = background;
        this.attachments = attachments;
    }

    /**
     * Shows the form; the ruling entered (with the amount as typed) when the operator submitted (and,
     * to issue, confirmed). What is typed goes to {@code drafting} as it is typed.
     */
    public Optional<com.arbitra.domain.Draft.RulingContent> ask(Window owner,
                                                              com.arbitra.ui.casefile.Drafting<
                                                                      com.arbitra.domain.Draft.RulingContent> drafting) {
        Dialog<com.arbitra.domain.Draft.RulingContent> dialog = new Dialog<>();
        dialog.getDialogPane().setId("rulingForm");
        var watch = new com.arbitra.ui.casefile.Drafting.Watch<>(model::content, drafting);
        model.onEdit(watch::edited);
        dialog.setTitle(i18n.t("ruling.title." + purpose.name(), model.caseFile().caseId()));
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType submit = new ButtonType(i18n.t("ruling.submit." + purpose.name()), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(submit, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        // as large as the form wants, within the screen: a laptop gets the whole height
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1080, screen.getWidth() - 40);
        double height = Math.min(760, screen.getHeight() - 40);
        dialog.getDialogPane().setPrefSize(width, height);
        dialog.getDialogPane().setMinSize(width, Math.min(560, height));
        dialog.getDialogPane().getStyleClass().add("ruling-form");
        Button ok = (Button) dialog.getDialogPane().lookupButton(submit);
        ok.setId("submitRuling");
        ok.disableProperty().bind(model.valid().not());
        Label status = new Label();
        status.setId("rulingStatus");
        status.textProperty().bind(model.status());
        status.getStyleClass().add("ruling-status");
        ok.setTooltip(new javafx.scene.control.Tooltip());
        ok.getTooltip().textProperty().bind(model.status());
        dialog.getDialogPane().setHeader(header(status));
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (purpose != Purpose.PROPOSE && !confirmed(dialog.getDialogPane().getScene().getWindow())) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == submit ? model.content() : null);
        Optional<com.arbitra.domain.Draft.RulingContent> result = dialog.showAndWait();
        watch.closed(result.isPresent());
        return result;
    }

    /** Asks the issuer to confirm the ruling's exact figures; true when confirmed. */
    public boolean confirmed(Window owner) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) {
            confirm.initOwner(owner);
        }
        // the whole proposal: a long rationale scrolls instead of pushing the buttons off the screen
        Label whole = new Label(com.arbitra.ui.Formats.shown(model.confirmation()));
        whole.setId("confirmRulingText");
        whole.setWrapText(true);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(whole);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(560);
        scroll.setPrefViewportHeight(380);
        confirm.getDialogPane().setContent(scroll);
        confirm.setResizable(true);
        confirm.setHeaderText(i18n.t("ruling.confirmTitle"));
        confirm.getDialogPane().setId("confirmRuling");
        return confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private Node header(Label status) {
        var c = model.caseFile();
        Label what = new Label(i18n.t("ruling.header", c.caseId(), c.merchant().name(),
                c.order() == null ? "—" : Formats.money(c.order().amount(), i18n.locale())));
        what.getStyleClass().add("title-4");
        VBox box = new VBox(4, what, status);
        box.setPadding(new Insets(12, 16, 8, 16));
        box.getStyleClass().add("ruling-header");
        return box;
    }

    private Node content() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("ruling.responsibility"), choice("responsibility", Responsibility.values(),
                model.responsibility(), "responsibility."));
        grid.addRow(row++, label("ruling.remedy"), choice("remedy", Remedy.values(), model.remedy(), "remedy."));
        TextField amount = new TextField();
        amount.setId("amount");
        amount.textProperty().bindBidirectional(model.amount());
        // an amount is a few digits: room for "in CNY (paid …)" beside it in every language
        amount.setPrefColumnCount(8);
        var paid = model.caseFile().order().amount();
        Label currency = new Label(i18n.t("ruling.amountOf", paid.currency(), Formats.money(paid, i18n.locale())));
        currency.setMinWidth(Region.USE_PREF_SIZE);
        HBox amountRow = new HBox(8, amount, currency);
        amountRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, label("ruling.amount"), amountRow);
        TextArea rationale = new TextArea();
        rationale.setId("rationale");
        rationale.setWrapText(true);
        rationale.setPrefRowCount(5);
        rationale.textProperty().bindBidirectional(model.rationale());
        Label count = new Label();
        count.textProperty().bind(rationale.textProperty().map(t -> i18n.t("ruling.rationaleCount",
                t == null ? 0 : t.strip().length(), com.arbitra.domain.RulingRules.RATIONALE_MIN,
                com.arbitra.domain.RulingRules.RATIONALE_MAX)));
        count.getStyleClass().add("text-muted");
        grid.addRow(row++, label("ruling.rationale"), new VBox(2, rationale, count));
        GridPane.setHgrow(rationale, Priority.ALWAYS);
        grid.addRow(row++, label("ruling.basis"), clauses());
        grid.addRow(row++, label("ruling.measures"), measures());
        CheckBox collected = new CheckBox(i18n.t("ruling.onCollectedEvidence"));
        collected.setId("onCollectedEvidence");
        collected.setWrapText(true);
        collected.selectedProperty().bindBidirectional(model.onCollectedEvidence());
        grid.add(collected, 1, row++);
        grid.addRow(row++, label("ruling.obligations"), obligations());
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("rulingProblems");
        problems.setPrefHeight(90);
        problems.getStyleClass().add("ruling-problems");
        grid.addRow(row, label("ruling.problems"), problems);
        ScrollPane form = new ScrollPane(grid);
        form.setFitToWidth(true);
        grid.setPadding(new Insets(8));

        TabPane side = new TabPane(new Tab(i18n.t("ruling.cited"), evidence()),
                new Tab(i18n.t("ruling.preview.CONSUMER"), preview(Party.CONSUMER)),
                new Tab(i18n.t("ruling.preview.MERCHANT"), preview(Party.MERCHANT)));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // wide enough for its three tabs in each language at 1366 pixels (no tab behind the tab menu)
        side.setPrefWidth(470);
        side.setMinWidth(430);
        HBox both = new HBox(12, form, side);
        HBox.setHgrow(form, Priority.ALWAYS);
        return both;
    }

    private Label label(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("form-label");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private <E extends Enum<E>> ComboBox<E> choice(String id, E[] values,
                                                   javafx.beans.property.ObjectProperty<E> into, String prefix) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : i18n.t(prefix + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(into);
        // as wide as its widest choice from the start: an empty box was a sliver, and grew under the
        // pointer when a choice was made
        double widest = 0;
        for (E e : values) {
            widest = Math.max(widest, com.arbitra.ui.Columns.width(i18n.t(prefix + e.name()),
                    javafx.scene.text.FontWeight.NORMAL));
        }
        box.setPrefWidth(Math.ceil(widest) + 56);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    /** The rule clauses as one compact list to tick; a basis the platform sent but we do not list stays. */
    private Node clauses() {
        org.controlsfx.control.CheckComboBox<String> box = new org.controlsfx.control.CheckComboBox<>();
        box.setId("basis");
        java.util.List<String> codes = new java.util.ArrayList<>(clauses);
        model.basis().stream().filter(b -> !codes.contains(b)).forEach(codes::add);
        box.getItems().setAll(codes);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : com.arbitra.domain.RuleClause.describe(code, i18n.locale());
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.setTitle(i18n.t("ruling.basisNone"));
        model.basis().forEach(b -> box.getCheckModel().check(b));
        Runnable title = () -> box.setTitle(model.basis().isEmpty() ? i18n.t("ruling.basisNone")
                : model.basis().stream().map(b -> com.arbitra.domain.RuleClause.describe(b, i18n.locale()))
                        .collect(java.util.stream.Collectors.joining("; ")));
        box.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c -> {
            model.basis().retainAll(box.getCheckModel().getCheckedItems());
            model.basis().addAll(box.getCheckModel().getCheckedItems());
            title.run();
        });
        title.run();
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private Node measures() {
        FlowPane pane = new FlowPane(10, 6);
        for (Measure m : Measure.values()) {
            CheckBox box = new CheckBox(i18n.t("measure." + m.name()));
            box.setId("measure-" + m.name());
            box.setSelected(model.measures().contains(m));
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    model.measures().add(m);
                } else {
                    model.measures().remove(m);
                }
            });
            model.measures().addListener((SetChangeListener<Measure>) ch -> box.setSelected(model.measures().contains(m)));
            pane.getChildren().add(box);
        }
        return pane;
    }

    /** The obligations: a row each with party, action and hours, which the operator may change. */
    private Node obligations() {
        VBox rows = new VBox(4);
        rows.setId("obligations");
        Runnable redraw = () -> {
            rows.getChildren().clear();
            List<RulingFormModel.ObligationRow> current = new ArrayList<>(model.obligations());
            for (int i = 0; i < current.size(); i++) {
                rows.getChildren().add(obligationRow(current, i));
            }
            Button add = new Button(i18n.t("ruling.addObligation"), new FontIcon("mdi2p-plus"));
            add.setId("addObligation");
            add.setOnAction(e -> {
                List<RulingFormModel.ObligationRow> more = new ArrayList<>(model.obligations());
                more.add(new RulingFormModel.ObligationRow(Party.MERCHANT, model.remedy().get() == null ? "REFUND"
                        : com.arbitra.domain.RulingRules.merchantAction(model.remedy().get()), 48));
                model.setObligations(more);
            });
            rows.getChildren().add(add);
        };
        model.obligations().addListener((javafx.collections.ListChangeListener<RulingFormModel.ObligationRow>) ch -> {
            // typing in a row changes the list too: redraw only when rows come or go
            if (rows.getChildren().size() - 1 != model.obligations().size()) {
                redraw.run();
            }
        });
        redraw.run();
        return rows;
    }

    private Node obligationRow(List<RulingFormModel.ObligationRow> all, int index) {
        RulingFormModel.ObligationRow o = all.get(index);
        ComboBox<Party> party = new ComboBox<>();
        party.getItems().setAll(Party.values());
        party.setValue(o.party());
        party.setConverter(new StringConverter<>() {
            @Override
            public String toString(Party p) {
                return p == null ? "" : i18n.t("party." + p.name());
            }

            @Override
            public Party fromString(String s) {
                return null;
            }
        });
        ComboBox<String> action = new ComboBox<>();
        action.getItems().setAll(com.arbitra.domain.RulingRules.OBLIGATION_ACTIONS);
        action.setValue(o.action());
        action.setConverter(new StringConverter<>() {
            @Override
            public String toString(String a) {
                return a == null ? "" : i18n.has("obligation." + a) ? i18n.t("obligation." + a) : a;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        Spinner<Integer> hours = new Spinner<>(1, 24 * 30, (int) o.dueHours());
        hours.setEditable(true);
        hours.setPrefWidth(90);
        Label unit = new Label(i18n.t("ruling.hours"));
        Button remove = new Button(null, new FontIcon("mdi2d-delete-outline"));
        remove.setAccessibleText(i18n.t("ruling.removeObligation"));
        Runnable save = () -> {
            List<RulingFormModel.ObligationRow> next = new ArrayList<>(model.obligations());
            if (index < next.size()) {
                next.set(index, new RulingFormModel.ObligationRow(party.getValue(), action.getValue(),
                        hours.getValue()));
                model.setObligations(next);
            }
        };
        party.valueProperty().addListener((x, a, b) -> save.run());
        action.valueProperty().addListener((x, a, b) -> save.run());
        hours.valueProperty().addListener((x, a, b) -> save.run());
        remove.setOnAction(e -> {
            List<RulingFormModel.ObligationRow> next = new ArrayList<>(model.obligations());
            next.remove(index);
            model.setObligations(next);
        });
        HBox row = new HBox(6, party, action, hours, unit, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The case's evidence to cite, each with a thumbnail of its first picture. */
    private Node evidence() {
        ListView<EvidenceItem> list = new ListView<>();
        list.setId("citedEvidence");
        list.getItems().setAll(model.caseFile().evidence());
        list.setCellFactory(v -> new ListCell<>() {
            private final CheckBox box = new CheckBox();
            private final ImageView thumb = new ImageView();
            private final VBox text = new VBox(2);
            private final HBox row = new HBox(8, box, thumb, text);
            private String shown;

            {
                thumb.setFitWidth(THUMB);
                thumb.setFitHeight(THUMB);
                thumb.setPreserveRatio(true);
                row.setAlignment(Pos.CENTER_LEFT);
                row.setMinHeight(THUMB + 8);
                // the words take the room right of the box and the thumbnail, and as many lines as they need
                text.prefWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset()
                        + THUMB + 48));
                text.setMinWidth(0);
                setPrefWidth(0);
                box.selectedProperty().addListener((o, was, on) -> {
                    EvidenceItem item = getItem();
                    if (item != null) {
                        if (on) {
                            model.cited().add(item.evidenceId());
                        } else {
                            model.cited().remove(item.evidenceId());
                        }
                    }
                });
            }

            @Override
            protected void updateItem(EvidenceItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    shown = null;
                    return;
                }
                box.setSelected(model.cited().contains(item.evidenceId()));
                box.setId("cite-" + item.evidenceId());
                Label title = new Label(item.evidenceId() + " · " + i18n.t("party." + item.party().name()) + " · "
                        + i18n.t("category." + item.category().name()));
                Label body = new Label(item.text() == null ? "" : com.arbitra.ui.Formats.shown(item.text()));
                body.setWrapText(true);
                // the title wraps too: "e-1 · Consumer · Product condition" is wider than the list
                title.setWrapText(true);
                body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                body.getStyleClass().add("text-muted");
                text.getChildren().setAll(title, body);
                if (!item.evidenceId().equals(shown)) {
                    shown = item.evidenceId();
                    thumb.setImage(null);
                    loadThumbnail(item, thumb, item.evidenceId());
                }
                setGraphic(row);
            }

            private void loadThumbnail(EvidenceItem item, ImageView into, String id) {
                Optional<Attachment> picture = item.attachments().stream()
                        .filter(a -> !a.isReference() && a.mediaType() != null && a.mediaType().startsWith("image/"))
                        .findFirst();
                if (picture.isEmpty()) {
                    return;
                }
                // a thumbnail that cannot be read stays empty: the runner logs why, the viewer says it
                background.run("RulingForm.loadThumbnail", () -> {
                    byte[] bytes = attachments.load(picture.get()).bytes();
                    return new Image(new ByteArrayInputStream(bytes), THUMB * 2, THUMB * 2, true, true);
                }, img -> {
                    if (id.equals(shown)) {
                        into.setImage(img);
                    }
                }, t -> { });
            }
        });
        return list;
    }

    private Node preview(Party party) {
        TextArea text = new TextArea();
        text.setId("preview-" + party.name());
        text.setEditable(false);
        text.setWrapText(true);
        Runnable update = () -> text.setText(model.notice(party));
        model.status().addListener((o, a, b) -> update.run());
        model.obligations().addListener((javafx.collections.ListChangeListener<RulingFormModel.ObligationRow>) c ->
                update.run());
        model.measures().addListener((SetChangeListener<Measure>) c -> update.run());
        model.remedy().addListener((o, a, b) -> update.run());
        model.amount().addListener((o, a, b) -> update.run());
        model.responsibility().addListener((o, a, b) -> update.run());
        update.run();
        return text;
    }
}
