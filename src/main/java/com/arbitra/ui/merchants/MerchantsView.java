package com.arbitra.ui.merchants;

import com.arbitra.domain.ports.QueueRow;
import com.arbitra.domain.ports.MerchantStats;

import com.arbitra.ui.Formats;
import com.arbitra.ui.I18n;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Merchants with their open complaints in the window (those at or above the threshold highlighted),
 * and below, the selected merchant's open cases with a check box each, a reason, and the
 * supervisor's "open proactive intervention" with a confirmation.
 */
public final class MerchantsView {

    private final MerchantsViewModel vm;
    private final I18n i18n;
    private final VBox root;
    private final TableView<MerchantStats> merchants = new TableView<>();
    private final TableView<MerchantsViewModel.CaseChoice> cases = new TableView<>();

    public MerchantsView(MerchantsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        merchants.setId("merchantTable");
        merchants.setItems(vm.rows());
        merchants.setPlaceholder(new Label(i18n.t("merchants.empty")));
        NumberFormat percent = NumberFormat.getPercentInstance(i18n.locale());
        TableColumn<MerchantStats, String> name = column("merchants.column.merchant", MerchantStats::merchantName, 260);
        com.arbitra.ui.Columns.wrap(name);
        merchants.getColumns().add(name);
        merchants.getColumns().add(column("merchants.column.inWindow", m -> String.valueOf(m.openInWindow()), 160));
        merchants.getColumns().add(column("merchants.column.open", m -> String.valueOf(m.openCases()), 100));
        merchants.getColumns().add(column("merchants.column.overdueRate", m -> percent.format(m.overdueRate()), 100));
        merchants.getColumns().add(column("merchants.column.repeatRate", m -> percent.format(m.repeatRate()), 130));
        merchants.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        merchants.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MerchantStats m, boolean empty) {
                super.updateItem(m, empty);
                getStyleClass().remove("above-threshold");
                setTooltip(null);
                if (!empty && m != null && m.aboveThreshold()) {
                    getStyleClass().add("above-threshold");
                    setTooltip(new Tooltip(i18n.t("merchants.aboveThreshold")));
                }
            }
        });
        merchants.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selected().set(now);
            }
        });
        vm.selected().addListener((o, was, now) -> {
            if (now != merchants.getSelectionModel().getSelectedItem()) {
                merchants.getSelectionModel().select(now);
            }
        });

        SplitPane split = new SplitPane(merchants, casesPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        Label error = new Label();
        error.setId("merchantsError");
        error.textProperty().bind(vm.error());
        error.getStyleClass().add("form-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root = new VBox(8, toolbar(), error, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.setId("merchants");
        root.getStylesheets().add(java.util.Objects.requireNonNull(
                getClass().getResource("/com/arbitra/ui/merchants-dashboard.css")).toExternalForm());
    }

    public Parent root() {
        return root;
    }

    /** Loads the merchants (call when the view is shown, and on changes in the workspace). */
    public void start() {
        vm.reload();
    }

    private HBox toolbar() {
        Label title = new Label(i18n.t("merchants.title"));
        title.getStyleClass().add("title-3");
        ComboBox<Duration> window = new ComboBox<>();
        window.setId("merchantWindow");
        window.getItems().setAll(MerchantsViewModel.WINDOWS);
        window.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration d) {
                return d == null ? "" : vm.windowText(d);
            }

            @Override
            public Duration fromString(String s) {
                return null;
            }
        });
        // the workspace's window (a setting) is offered beside the usual ones
        java.util.function.Consumer<Duration> offer = d -> {
            if (d != null && !window.getItems().contains(d)) {
                window.getItems().add(d);
                window.getItems().sort(null);
            }
            window.setValue(d);
        };
        offer.accept(vm.window().get());
        vm.window().addListener((o, was, now) -> offer.accept(now));
        Spinner<Integer> threshold = new Spinner<>(1, 100_000, vm.threshold().get());
        threshold.setId("merchantThreshold");
        threshold.setEditable(true);
        threshold.setPrefWidth(90);
        vm.threshold().addListener((o, was, now) -> threshold.getValueFactory().setValue(now.intValue()));
        window.setOnAction(e -> vm.choose(window.getValue(), threshold.getValue()));
        threshold.valueProperty().addListener((o, was, now) -> vm.choose(window.getValue(), now));
        Button refresh = new Button(i18n.t("merchants.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("merchantsRefresh");
        refresh.setOnAction(e -> vm.reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, spacer, new Label(i18n.t("merchants.window")), window,
                new Label(i18n.t("merchants.threshold")), threshold, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox casesPane() {
        Label heading = new Label();
        heading.setId("merchantCasesTitle");
        heading.getStyleClass().add("merchant-cases-title");
        heading.textProperty().bind(vm.selected().map(m -> i18n.t("merchants.casesOf", m.merchantName()))
                .orElse(i18n.t("merchants.chooseMerchant")));

        cases.setId("merchantCases");
        cases.setItems(vm.openCases());
        cases.setPlaceholder(new Label(i18n.t("merchants.chooseMerchant")));
        TableColumn<MerchantsViewModel.CaseChoice, MerchantsViewModel.CaseChoice> pick = new TableColumn<>();
        CheckBox all = new CheckBox();
        all.setId("chooseAllCases");
        all.setTooltip(new Tooltip(i18n.t("merchants.selectAll")));
        all.setOnAction(e -> vm.chooseAll(all.isSelected()));
        pick.setGraphic(all);
        pick.setSortable(false);
        pick.setPrefWidth(44);
        pick.setMaxWidth(44);
        pick.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        pick.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();
            private MerchantsViewModel.CaseChoice bound;

            {
                box.getStyleClass().add("choose-case");
            }

            @Override
            protected void updateItem(MerchantsViewModel.CaseChoice item, boolean empty) {
                super.updateItem(item, empty);
                if (bound != null) {
                    box.selectedProperty().unbindBidirectional(bound.chosen());
                    bound = null;
                }
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                bound = item;
                box.selectedProperty().bindBidirectional(item.chosen());
                box.setDisable(!item.movable() || !vm.isSupervisor());
                setGraphic(box);
            }
        });
        cases.getColumns().add(pick);
        cases.getColumns().add(caseColumn("column.caseId", QueueRow::caseId, 150, false));
        // names wrap (a column as wide as the longest name would push the others out)
        cases.getColumns().add(caseColumn("column.product", QueueRow::productName, 200, true));
        cases.getColumns().add(caseColumn("column.amount", r -> Formats.money(r.amount(), i18n.locale()), 110, false));
        cases.getColumns().add(caseColumn("column.state", r -> i18n.t("state." + r.state().name()), 160, false));
        cases.getColumns().add(caseColumn("column.assignee", r -> r.assignee() == null ? "" : r.assignee(), 100,
                false));
        cases.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TextField reason = new TextField();
        reason.setId("interventionReason");
        reason.setPromptText(i18n.t("merchants.reasonPrompt"));
        reason.textProperty().bindBidirectional(vm.reason());
        reason.setDisable(!vm.isSupervisor());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button intervene = new Button(i18n.t("merchants.intervene"), new FontIcon("mdi2s-shield-alert"));
        intervene.setId("openIntervention");
        intervene.disableProperty().bind(vm.busy().or(javafx.beans.binding.Bindings.isNotEmpty(vm.missing())));
        intervene.setOnAction(e -> confirmAndIntervene());
        Label missing = new Label();
        missing.setId("interventionMissing");
        missing.textProperty().bind(vm.missing());
        missing.getStyleClass().add("intervention-missing");
        Label status = new Label();
        status.setId("merchantsStatus");
        status.textProperty().bind(vm.status());
        HBox actions = new HBox(10, reason, intervene);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox notes = new HBox(16, missing, status);
        Label suggestion = new Label();
        suggestion.setId("merchantSuggestion");
        suggestion.setWrapText(true);
        suggestion.textProperty().bind(vm.suggestion());
        HBox.setHgrow(suggestion, Priority.ALWAYS);
        Button chooseSuggested = new Button(i18n.t("merchants.suggest.choose"), new FontIcon("mdi2c-checkbox-multiple-marked"));
        chooseSuggested.setId("chooseSuggested");
        chooseSuggested.setMinWidth(Region.USE_PREF_SIZE);
        chooseSuggested.setOnAction(e -> vm.chooseAll(true));
        HBox suggest = new HBox(10, new FontIcon("mdi2l-lightbulb-on-outline"), suggestion, chooseSuggested);
        suggest.setAlignment(Pos.CENTER_LEFT);
        suggest.getStyleClass().add("merchant-suggestion");
        suggest.visibleProperty().bind(vm.suggestion().isNotEmpty());
        suggest.managedProperty().bind(suggest.visibleProperty());
        VBox box = new VBox(6, heading, suggest, cases, actions, notes);
        VBox.setVgrow(cases, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void confirmAndIntervene() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, vm.confirmation(), ButtonType.OK, ButtonType.CANCEL);
        confirm.setTitle(i18n.t("merchants.confirm.title"));
        confirm.setHeaderText(i18n.t("merchants.confirm.title"));
        if (root.getScene() != null) {
            confirm.initOwner(root.getScene().getWindow());
        }
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.intervene());
    }

    private TableColumn<MerchantStats, String> column(String key, Function<MerchantStats, String> value, double w) {
        TableColumn<MerchantStats, String> col = new TableColumn<>(i18n.t(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(com.arbitra.ui.Formats.shown(value.apply(c.getValue()))));
        col.setPrefWidth(w);
        col.setSortable(false);
        com.arbitra.ui.Columns.fit(col, java.util.List.of());
        return col;
    }

    private TableColumn<MerchantsViewModel.CaseChoice, String> caseColumn(String key, Function<QueueRow, String> value,
                                                                           double w, boolean wraps) {
        TableColumn<MerchantsViewModel.CaseChoice, String> col = new TableColumn<>(i18n.t(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(com.arbitra.ui.Formats.shown(
                value.apply(c.getValue().row()))));
        col.setPrefWidth(w);
        col.setSortable(false);
        if (wraps) {
            com.arbitra.ui.Columns.fit(col, java.util.List.of());
            com.arbitra.ui.Columns.wrap(col);
        } else {
            com.arbitra.ui.Columns.fitRows(cases, col, r -> com.arbitra.ui.Formats.shown(value.apply(r.row())));
        }
        return col;
    }
}
