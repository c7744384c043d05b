package com.arbitra.ui.dashboard;

import com.arbitra.domain.ports.Dashboard;

import com.arbitra.domain.CaseState;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The supervisor's dashboard: every figure loaded in the background in one go, for a period of whole
 * weeks ending now; each chart's data also as a table, for its CSV export. A load carries a sequence
 * number, so a slow answer for an older period never replaces a newer one.
 */
public final class DashboardViewModel {

    /** The periods offered, in weeks. */
    public static final List<Integer> PERIODS = List.of(4, 12, 26);
    public static final int TOP_MERCHANTS = 8;

    /** The charts, each with its CSV export. */
    public enum Chart { BACKLOG, DEADLINES, BY_RESPONSIBILITY, BY_REMEDY, AGENTS, TOP_MERCHANTS }

    /** A chart's data as a table: what its CSV holds. */
    public record Table(List<String> header, List<List<String>> rows) {
    }

    private final Dashboard queries;
    private final TaskRunner background;
    private final I18n i18n;
    private final Clock clock;
    private final ZoneId zone;
    private final IntegerProperty weeks = new SimpleIntegerProperty(12);
    private final ObservableMap<CaseState, Long> backlog = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableList<Dashboard.Deadlines> deadlines = FXCollections.observableArrayList();
    private final ObservableList<Dashboard.WeeklyOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<Dashboard.AgentThroughput> agents = FXCollections.observableArrayList();
    private final ObservableList<Dashboard.MerchantCount> topMerchants = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private long sequence;

    public DashboardViewModel(Dashboard queries, TaskRunner background, I18n i18n, Clock clock, ZoneId zone) {
        this.queries = queries;
        this.background = background;
        this.i18n = i18n;
        this.clock = clock;
        this.zone = zone;
    }

    public IntegerProperty weeks() { return weeks; }
    public ObservableMap<CaseState, Long> backlog() { return backlog; }
    public ObservableList<Dashboard.Deadlines> deadlines() { return deadlines; }
    public ObservableList<Dashboard.WeeklyOutcome> outcomes() { return outcomes; }
    public ObservableList<Dashboard.AgentThroughput> agents() { return agents; }
    public ObservableList<Dashboard.MerchantCount> topMerchants() { return topMerchants; }
    public BooleanProperty loading() { return loading; }
    public StringProperty error() { return error; }
    public StringProperty status() { return status; }

    public void reload() {
        long mine = ++sequence;
        Instant now = clock.instant();
        // whole weeks: from the Monday that starts the first week of the period
        Instant from = Dashboard.weekOf(now, zone).minusWeeks(weeks.get() - 1L).atStartOfDay(zone).toInstant();
        Instant to = now.plusSeconds(1);
        loading.set(true);
        background.run("DashboardViewModel.reload", () -> new Loaded(queries.backlog(), queries.deadlines(now), queries.outcomesByWeek(from, to, zone),
                queries.agents(from, to), queries.topMerchants(from, to, TOP_MERCHANTS)), l -> {
            if (mine != sequence) {
                return;
            }
            backlog.clear();
            backlog.putAll(l.backlog());
            deadlines.setAll(l.deadlines());
            outcomes.setAll(l.outcomes());
            agents.setAll(l.agents());
            topMerchants.setAll(l.top());
            loading.set(false);
            error.set("");
        }, t -> {
            if (mine == sequence) {
                loading.set(false);
                error.set(Messages.of(t, i18n));
            }
        });
    }

    /**
     * Rulings per week and per responsibility (or remedy): series name to week to count, every week
     * of the data present in each series (a stacked chart needs them aligned).
     */
    public Map<String, Map<LocalDate, Long>> outcomesBy(boolean byResponsibility) {
        Map<String, Map<LocalDate, Long>> out = new LinkedHashMap<>();
        List<LocalDate> weeksSeen = outcomes.stream().map(Dashboard.WeeklyOutcome::week).distinct().sorted()
                .toList();
        for (Dashboard.WeeklyOutcome o : outcomes) {
            String key = byResponsibility ? i18n.t("dashboard.responsibility." + o.responsibility().name())
                    : i18n.t("dashboard.remedy." + o.remedy().name());
            out.computeIfAbsent(key, k -> {
                Map<LocalDate, Long> m = new TreeMap<>();
                weeksSeen.forEach(w -> m.put(w, 0L));
                return m;
            }).merge(o.week(), o.count(), Long::sum);
        }
        return out;
    }

    /** The week's label on the charts and in the CSV: its Monday, ISO (sortable in a spreadsheet). */
    public static String weekLabel(LocalDate week) {
        return week.toString();
    }

    public Table table(Chart chart) {
        List<List<String>> rows = new ArrayList<>();
        return switch (chart) {
            case BACKLOG -> {
                backlog.forEach((s, n) -> rows.add(List.of(i18n.t("state." + s.name()), String.valueOf(n))));
                yield new Table(List.of(i18n.t("dashboard.col.state"), i18n.t("dashboard.col.cases")), rows);
            }
            case DEADLINES -> {
                deadlines.forEach(d -> rows.add(List.of(i18n.t("state." + d.state().name()),
                        String.valueOf(d.overdue()), String.valueOf(d.dueSoon()))));
                yield new Table(List.of(i18n.t("dashboard.col.state"), i18n.t("dashboard.overdue"),
                        i18n.t("dashboard.dueSoon")), rows);
            }
            case BY_RESPONSIBILITY, BY_REMEDY -> {
                outcomesBy(chart == Chart.BY_RESPONSIBILITY).forEach((series, byWeek) -> byWeek.forEach((w, n) ->
                        rows.add(List.of(weekLabel(w), series, String.valueOf(n)))));
                rows.sort((a, b) -> a.get(0).compareTo(b.get(0)));
                yield new Table(List.of(i18n.t("dashboard.col.week"), i18n.t("dashboard.col.outcome"),
                        i18n.t("dashboard.col.cases")), rows);
            }
            case AGENTS -> {
                agents.forEach(a -> rows.add(List.of(a.operator(), String.valueOf(a.proposed()),
                        String.valueOf(a.issued()), hours(a.medianTimeToRuling()))));
                yield new Table(List.of(i18n.t("dashboard.col.operator"), i18n.t("dashboard.col.proposed"),
                        i18n.t("dashboard.col.issued"), i18n.t("dashboard.col.median")), rows);
            }
            case TOP_MERCHANTS -> {
                topMerchants.forEach(m -> rows.add(List.of(m.merchantId(), m.merchantName(),
                        String.valueOf(m.complaints()), String.valueOf(m.open()))));
                yield new Table(List.of("merchantId", i18n.t("dashboard.col.merchant"),
                        i18n.t("dashboard.col.complaints"), i18n.t("dashboard.col.open")), rows);
            }
        };
    }

    /** Hours with one decimal, in a form every spreadsheet reads (a dot, whatever the locale). */
    public static String hours(Duration d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f", d.toMinutes() / 60.0);
    }

    /** A file name to suggest: the chart and today's date. */
    public String suggestedFileName(Chart chart) {
        return "arbitra-" + chart.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + LocalDate.ofInstant(clock.instant(), zone) + ".csv";
    }

    /** Writes the chart's table as CSV in the background; says where when done. */
    public void exportCsv(Chart chart, Path file) {
        Table t = table(chart);
        background.run("DashboardViewModel.exportCsv", () -> {
            try {
                Csv.write(file, t.header(), t.rows());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return file;
        }, f -> status.set(i18n.t("dashboard.exported", f.getFileName())), e -> error.set(Messages.of(e, i18n)));
    }

    /** A label for each state, for the charts. */
    public Function<CaseState, String> stateLabel() {
        return s -> i18n.t("state." + s.name());
    }

    private record Loaded(Map<CaseState, Long> backlog, List<Dashboard.Deadlines> deadlines,
                          List<Dashboard.WeeklyOutcome> outcomes, List<Dashboard.AgentThroughput> agents,
                          List<Dashboard.MerchantCount> top) {
    }
}
