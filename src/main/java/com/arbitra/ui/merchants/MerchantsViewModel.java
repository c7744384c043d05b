package com.arbitra.ui.merchants;

import com.arbitra.domain.ports.QueueFilter;
import com.arbitra.domain.ports.QueueRow;
import com.arbitra.domain.ports.MerchantStats;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseService;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.MerchantWatch;
import com.arbitra.domain.WorkspaceSettings;
import com.arbitra.domain.Role;
import com.arbitra.domain.ports.MerchantReader;

import com.arbitra.domain.ports.QueueReader;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Merchants view: open complaints per merchant in a sliding window, with the merchants at or
 * above the threshold marked; a merchant's open cases to choose from; and a supervisor's proactive
 * intervention for the chosen ones (dispute-rules §1.3), all of them in one step. The window and the
 * threshold are the workspace's settings, read again at each reload, until the operator picks others
 * in the view.
 */
public final class MerchantsViewModel {

    /** The windows offered. */
    public static final List<Duration> WINDOWS = List.of(Duration.ofHours(24), Duration.ofDays(7), Duration.ofDays(30));
    /** At most this many of a merchant's open cases are listed (most urgent first). */
    public static final int CASES_SHOWN = 500;

    /** One open case of the selected merchant, and whether it is chosen for the intervention. */
    public static final class CaseChoice {
        private final QueueRow row;
        private final BooleanProperty chosen = new SimpleBooleanProperty(false);

        CaseChoice(QueueRow row) {
            this.row = row;
        }

        public QueueRow row() { return row; }
        public BooleanProperty chosen() { return chosen; }

        /** A case already waiting for intervention cannot be moved there again. */
        public boolean movable() {
            return row.state() != com.arbitra.domain.CaseState.INTERVENTION_REQUESTED;
        }
    }

    private final MerchantReader merchants;
    private final QueueReader queue;
    private final CaseService cases;
    private final Actor operator;
    private final TaskRunner background;
    private final I18n i18n;
    private final Clock clock;
    private final ObservableList<MerchantStats> rows = FXCollections.observableArrayList();
    private final ObservableList<CaseChoice> openCases = FXCollections.observableArrayList(
            c -> new javafx.beans.Observable[] {c.chosen()});
    private final java.util.function.Supplier<WorkspaceSettings> settings;
    private final ObjectProperty<Duration> window = new SimpleObjectProperty<>(
            MerchantWatch.of(WorkspaceSettings.defaults()).window());
    private final IntegerProperty threshold = new SimpleIntegerProperty(
            MerchantWatch.of(WorkspaceSettings.defaults()).threshold());
    private final StringProperty suggestion = new SimpleStringProperty("");
    private boolean ownChoice;
    private final ObjectProperty<MerchantStats> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringBinding missing;
    private long sequence;
    private long casesSequence;

    /** @param settings the workspace's settings as stored now (read in the background) */
    public MerchantsViewModel(MerchantReader merchants, QueueReader queue, CaseService cases, Actor operator,
                              TaskRunner background, I18n i18n, Clock clock,
                              java.util.function.Supplier<WorkspaceSettings> settings) {
        this.merchants = merchants;
        this.settings = settings;
        this.queue = queue;
        this.cases = cases;
        this.operator = operator;
        this.background = background;
        this.i18n = i18n;
        this.clock = clock;
        missing = Bindings.createStringBinding(() -> {
            if (!isSupervisor()) {
                return i18n.t("merchants.supervisorsOnly");
            }
            if (chosenIds().isEmpty()) {
                return i18n.t("merchants.missing.cases");
            }
            if (reason.get() == null || reason.get().isBlank()) {
                return i18n.t("merchants.missing.reason");
            }
            return "";
        }, openCases, reason);
        selected.addListener((o, was, now) -> loadCases(now));
        openCases.addListener((javafx.collections.ListChangeListener<CaseChoice>) c -> suggest());
    }

    public ObservableList<MerchantStats> rows() { return rows; }
    public ObservableList<CaseChoice> openCases() { return openCases; }
    public ObjectProperty<Duration> window() { return window; }
    public IntegerProperty threshold() { return threshold; }
    public ObjectProperty<MerchantStats> selected() { return selected; }
    public StringProperty reason() { return reason; }
    public StringProperty error() { return error; }
    public StringProperty status() { return status; }
    public BooleanProperty busy() { return busy; }

    /** The invitation to open a proactive intervention for the selected merchant; empty when none. */
    public StringProperty suggestion() { return suggestion; }

    /**
     * The operator's own window and threshold: from now on the view no longer follows the workspace's
     * settings. The same values as shown change nothing.
     */
    public void choose(Duration w, int t) {
        if (w == null || (w.equals(window.get()) && t == threshold.get())) {
            return;
        }
        ownChoice = true;
        window.set(w);
        threshold.set(t);
        reload();
    }

    /** What is still missing before the intervention can be opened; empty when it can. */
    public ObservableStringValue missing() { return missing; }

    public boolean isSupervisor() {
        return operator.role() == Role.SUPERVISOR;
    }

    /** Loads the merchants again for the window and threshold; keeps the selected merchant when still there. */
    public void reload() {
        long mine = ++sequence;
        Instant now = clock.instant();
        MerchantWatch chosen = ownChoice ? new MerchantWatch(threshold.get(), window.get()) : null;
        background.run("MerchantsViewModel.reload", () -> {
            MerchantWatch watch = chosen != null ? chosen : MerchantWatch.of(settings.get());
            return java.util.Map.entry(watch, merchants.stats(now, watch));
        }, found -> {
            if (mine != sequence) {
                return;
            }
            MerchantWatch watch = found.getKey();
            List<MerchantStats> list = found.getValue();
            window.set(watch.window());
            threshold.set(watch.threshold());
            String keep = selected.get() == null ? null : selected.get().merchantId();
            rows.setAll(list);
            error.set("");
            selected.set(list.stream().filter(m -> m.merchantId().equals(keep)).findFirst().orElse(null));
        }, e -> {
            if (mine == sequence) {
                error.set(Messages.of(e, i18n));
            }
        });
    }

    private void suggest() {
        MerchantStats m = selected.get();
        long movable = openCases.stream().filter(CaseChoice::movable).count();
        MerchantWatch watch = new MerchantWatch(Math.max(1, threshold.get()), window.get());
        suggestion.set(m != null && isSupervisor() && watch.suggestsIntervention(m.openInWindow(), movable)
                ? i18n.t("merchants.suggest", m.merchantName(), m.openInWindow(), windowText(watch.window()),
                        watch.threshold(), movable)
                : "");
    }

    /** A window as the view names it: "24 hours", "7 days", or a number of hours. */
    public String windowText(Duration w) {
        String key = "merchants.window." + w;
        return i18n.has(key) ? i18n.t(key) : i18n.t("merchants.window.hours", w.toHours());
    }

    public void chooseAll(boolean chosen) {
        openCases.stream().filter(CaseChoice::movable).forEach(c -> c.chosen().set(chosen));
    }

    public List<String> chosenIds() {
        return openCases.stream().filter(c -> c.chosen().get() && c.movable()).map(c -> c.row().caseId()).toList();
    }

    /** The question the confirmation asks, with the number of cases and the merchant. */
    public String confirmation() {
        MerchantStats m = selected.get();
        return i18n.t("merchants.confirm.text", chosenIds().size(), m == null ? "" : m.merchantName());
    }

    /** Opens the intervention for the chosen cases (after the view's confirmation). */
    public void intervene() {
        MerchantStats m = selected.get();
        if (m == null || !missing.get().isEmpty()) {
            error.set(missing.get());
            return;
        }
        // each case with the version the list showed: one changed since is refused, and nothing moves
        java.util.Map<String, Long> seen = new java.util.LinkedHashMap<>();
        openCases.stream().filter(c -> c.chosen().get() && c.movable())
                .forEach(c -> seen.put(c.row().caseId(), c.row().version()));
        String why = reason.get().strip();
        busy.set(true);
        background.run("MerchantsViewModel.intervene", () -> cases.openProactiveIntervention(m.merchantId(), seen, operator, why), (List<DisputeCase> moved) -> {
            busy.set(false);
            error.set("");
            reason.set("");
            status.set(i18n.t("merchants.done", moved.size()));
            reload();
            loadCases(selected.get());
        }, e -> {
            busy.set(false);
            error.set(Messages.of(e, i18n));
            loadCases(selected.get());
        });
    }

    private void loadCases(MerchantStats m) {
        long mine = ++casesSequence;
        if (m == null) {
            openCases.clear();
            return;
        }
        Instant now = clock.instant();
        QueueFilter f = new QueueFilter(Set.of(), QueueFilter.Scope.ALL, operator.name(), m.merchantId(), null,
                QueueFilter.Due.ANY, null);
        background.run("MerchantsViewModel.loadCases", () -> queue.page(f, null, CASES_SHOWN, now, now), page -> {
            if (mine == casesSequence) {
                openCases.setAll(page.stream().map(CaseChoice::new).toList());
            }
        }, e -> {
            if (mine == casesSequence) {
                error.set(Messages.of(e, i18n));
            }
        });
    }
}
