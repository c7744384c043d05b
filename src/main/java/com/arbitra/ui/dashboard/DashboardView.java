package com.arbitra.ui.dashboard;

import com.arbitra.domain.ports.Dashboard;

import com.arbitra.domain.CaseState;
import com.arbitra.ui.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The supervisor's dashboard: six cards in two columns (backlog, deadlines, outcomes by
 * responsibility and by remedy per week, operators, merchants), each with its CSV export. The charts
 * redraw from the view model's lists; the view holds no figures of its own.
 */
public final class DashboardView {

    private final DashboardViewModel vm;
    private final I18n i18n;
    private final VBox root;
    private Function<String, Optional<Path>> chooseFile;

    public DashboardView(DashboardViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.chooseFile = this::showFileChooser;

        GridPane cards = new GridPane();
        cards.setHgap(12);
        cards.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        cards.getColumnConstraints().addAll(half, half);
        cards.add(card(DashboardViewModel.Chart.BACKLOG, "dashboard.backlog", backlogChart()), 0, 0);
        cards.add(card(DashboardViewModel.Chart.DEADLINES, "dashboard.deadlines", deadlinesChart()), 1, 0);
        cards.add(card(DashboardViewModel.Chart.BY_RESPONSIBILITY, "dashboard.byResponsibility",
                outcomesChart(true, "dashboardByResponsibility")), 0, 1);
        cards.add(card(DashboardViewModel.Chart.BY_REMEDY, "dashboard.byRemedy",
                outcomesChart(false, "dashboardByRemedy")), 1, 1);
        // the agents' figures across the whole width: in half of it their headers did not fit
        cards.add(card(DashboardViewModel.Chart.AGENTS, "dashboard.agents", agentsTable()), 0, 2, 2, 1);
        cards.add(card(DashboardViewModel.Chart.TOP_MERCHANTS, "dashboard.topMerchants", merchantsChart()), 0, 3, 2, 1);

        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("dashboard-scroll");
        Label error = new Label();
        error.setId("dashboardError");
        error.textProperty().bind(vm.error());
        error.getStyleClass().add("form-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root = new VBox(10, toolbar(), error, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.setId("dashboard");
        root.getStyleClass().add("dashboard");
        root.getStylesheets().add(java.util.Objects.requireNonNull(
                getClass().getResource("/com/arbitra/ui/merchants-dashboard.css")).toExternalForm());
    }

    public Parent root() {
        return root;
    }

    /** Loads the figures (call when the view is shown, and on changes in the workspace). */
    public void start() {
        vm.reload();
    }

    /** Replaces the file dialog, for tests. */
    public void setFileChooser(Function<String, Optional<Path>> chooser) {
        this.chooseFile = chooser;
    }

    private HBox toolbar() {
        Label title = new Label(i18n.t("dashboard.title"));
        title.getStyleClass().add("title-3");
        ComboBox<Integer> period = new ComboBox<>();
        period.setId("dashboardPeriod");
        period.getItems().setAll(DashboardViewModel.PERIODS);
        period.setValue(vm.weeks().get());
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer w) {
                return w == null ? "" : i18n.t("dashboard.period." + w);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        period.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.weeks().set(now);
                vm.reload();
            }
        });
        Button refresh = new Button(i18n.t("dashboard.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("dashboardRefresh");
        refresh.setOnAction(e -> vm.reload());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loading());
        Label status = new Label();
        status.setId("dashboardStatus");
        status.textProperty().bind(vm.status());
        status.getStyleClass().add("dashboard-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, spacer, status, busy, new Label(i18n.t("dashboard.period")), period, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox card(DashboardViewModel.Chart chart, String titleKey, Node content) {
        Label title = new Label(i18n.t(titleKey));
        title.getStyleClass().add("dashboard-card-title");
        Button export = new Button(i18n.t("dashboard.exportCsv"), new FontIcon("mdi2f-file-delimited-outline"));
        export.setId("export-" + chart.name());
        export.getStyleClass().add("dashboard-export");
        export.setOnAction(e -> chooseFile.apply(vm.suggestedFileName(chart)).ifPresent(f -> vm.exportCsv(chart, f)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, export);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, head, content);
        card.getStyleClass().add("dashboard-card");
        VBox.setVgrow(content, Priority.ALWAYS);
        return card;
    }

    /** States down the side, bars across: ten state names read better than upright under the bars. */
    private BarChart<Number, String> backlogChart() {
        NumberAxis count = countAxis();
        CategoryAxis states = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(count, states);
        chart.setId("dashboardBacklog");
        chart.setAnimated(false);
        // JavaFX's default gap of 10 px between categories leaves bars a few pixels thick at this height
        chart.setCategoryGap(4);
        chart.setLegendVisible(false);
        chart.setPrefHeight(235);
        chart.setMinHeight(200);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        chart.getData().add(series);
        vm.backlog().addListener((MapChangeListener<CaseState, Long>) c -> {
            // the first state of the table on top: a category axis draws its first category at the bottom
            List<String> names = new ArrayList<>();
            vm.backlog().keySet().forEach(s -> names.add(0, i18n.t("state." + s.name())));
            states.getCategories().setAll(names);
            series.getData().clear();
            vm.backlog().forEach((s, n) -> series.getData().add(new XYChart.Data<>(n, i18n.t("state." + s.name()))));
            fit(count, vm.backlog().values().stream().mapToLong(Long::longValue).max().orElse(0));
        });
        return chart;
    }

    private BarChart<String, Number> deadlinesChart() {
        BarChart<String, Number> chart = barChart("dashboardDeadlines");
        XYChart.Series<String, Number> overdue = new XYChart.Series<>();
        overdue.setName(i18n.t("dashboard.overdue"));
        XYChart.Series<String, Number> soon = new XYChart.Series<>();
        soon.setName(i18n.t("dashboard.dueSoon"));
        chart.getData().add(overdue);
        chart.getData().add(soon);
        vm.deadlines().addListener((ListChangeListener<Dashboard.Deadlines>) c -> {
            overdue.getData().clear();
            soon.getData().clear();
            for (Dashboard.Deadlines d : vm.deadlines()) {
                String s = i18n.t("state." + d.state().name());
                overdue.getData().add(new XYChart.Data<>(s, d.overdue()));
                soon.getData().add(new XYChart.Data<>(s, d.dueSoon()));
            }
            fit((NumberAxis) chart.getYAxis(), vm.deadlines().stream()
                    .mapToLong(d -> Math.max(d.overdue(), d.dueSoon())).max().orElse(0));
        });
        return chart;
    }

    private StackedBarChart<String, Number> outcomesChart(boolean byResponsibility, String id) {
        CategoryAxis weeks = new CategoryAxis();
        NumberAxis count = countAxis();
        StackedBarChart<String, Number> chart = new StackedBarChart<>(weeks, count);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setPrefHeight(235);
        chart.setMinHeight(200);
        vm.outcomes().addListener((ListChangeListener<Dashboard.WeeklyOutcome>) c -> {
            chart.getData().clear();
            Map<String, Map<LocalDate, Long>> bySeries = vm.outcomesBy(byResponsibility);
            weeks.getCategories().setAll(bySeries.values().stream().flatMap(m -> m.keySet().stream()).distinct()
                    .sorted().map(DashboardViewModel::weekLabel).toList());
            bySeries.forEach((name, byWeek) -> {
                XYChart.Series<String, Number> s = new XYChart.Series<>();
                s.setName(name);
                byWeek.forEach((w, n) -> s.getData().add(new XYChart.Data<>(DashboardViewModel.weekLabel(w), n)));
                chart.getData().add(s);
            });
            fit(count, bySeries.values().stream().flatMap(m -> m.keySet().stream()).distinct()
                    .mapToLong(w -> bySeries.values().stream().mapToLong(m -> m.getOrDefault(w, 0L)).sum())
                    .max().orElse(0));
        });
        return chart;
    }

    private TableView<Dashboard.AgentThroughput> agentsTable() {
        TableView<Dashboard.AgentThroughput> table = new TableView<>(vm.agents());
        table.setId("dashboardAgents");
        table.setPlaceholder(new Label(i18n.t("dashboard.noData")));
        column(table, "dashboard.col.operator", Dashboard.AgentThroughput::operator);
        column(table, "dashboard.col.proposed", a -> String.valueOf(a.proposed()));
        column(table, "dashboard.col.issued", a -> String.valueOf(a.issued()));
        column(table, "dashboard.col.median", a -> DashboardViewModel.hours(a.medianTimeToRuling()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPrefHeight(235);
        return table;
    }

    private BarChart<Number, String> merchantsChart() {
        NumberAxis count = countAxis();
        CategoryAxis names = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(count, names);
        chart.setId("dashboardTopMerchants");
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setLegendVisible(false);
        chart.setPrefHeight(235);
        chart.setMinHeight(200);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        chart.getData().add(series);
        vm.topMerchants().addListener((ListChangeListener<Dashboard.MerchantCount>) c -> {
            series.getData().clear();
            // the busiest merchant on top: a category axis draws its first category at the bottom
            var list = new ArrayList<>(vm.topMerchants());
            java.util.Collections.reverse(list);
            names.getCategories().setAll(list.stream().map(m -> com.arbitra.ui.Formats.shown(m.merchantName()))
                    .toList());
            list.forEach(m -> series.getData().add(new XYChart.Data<>(m.complaints(),
                    com.arbitra.ui.Formats.shown(m.merchantName()))));
            fit(count, list.stream().mapToLong(Dashboard.MerchantCount::complaints).max().orElse(0));
        });
        return chart;
    }

    private BarChart<String, Number> barChart(String id) {
        CategoryAxis states = new CategoryAxis();
        // state names are long: slanted, they stay readable where upright ones would overlap
        states.setTickLabelRotation(-30);
        NumberAxis count = countAxis();
        BarChart<String, Number> chart = new BarChart<>(states, count);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setPrefHeight(235);
        chart.setMinHeight(200);
        return chart;
    }

    /** A count axis from 0 to a little above the largest figure, ticking in whole numbers. */
    private static void fit(NumberAxis axis, long max) {
        long top = Math.max(1, max);
        long unit = Math.max(1, (long) Math.ceil(top / 5.0));
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(((top + unit - 1) / unit) * unit + (top % unit == 0 ? unit : 0));
        axis.setTickUnit(unit);
    }

    /** Counts are whole numbers: no 0.5 ticks when the figures are small. */
    private static NumberAxis countAxis() {
        NumberAxis count = new NumberAxis();
        count.setMinorTickVisible(false);
        count.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() % 1 == 0 ? String.valueOf(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        return count;
    }

    /** A column of the table, never narrower than its header and its values. */
    private <T> void column(TableView<T> table, String key, Function<T, String> value) {
        com.arbitra.ui.Columns.text(table, i18n.t(key), value);
    }

    private Optional<Path> showFileChooser(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return Optional.ofNullable(chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow()))
                .map(java.io.File::toPath);
    }
}
