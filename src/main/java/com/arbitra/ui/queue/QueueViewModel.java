package com.arbitra.ui.queue;

import com.arbitra.domain.ports.QueueFilter;
import com.arbitra.domain.ports.QueueRow;
import com.arbitra.domain.ports.QueueAfter;
import com.arbitra.domain.ports.SavedViewStore;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseService;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.ProblemType;

import com.arbitra.domain.ports.QueueReader;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * The case queue: filters, pages loaded from the database as the operator scrolls, counts per state,
 * and claiming. Each load carries a sequence number, so a slow answer to an older filter never
 * replaces a newer one.
 */
public final class QueueViewModel {

    public static final int PAGE = 100;
    private java.util.function.Consumer<Runnable> replacing = Runnable::run;

    private final QueueReader queries;
    private final CaseService cases;
    private final Actor operator;
    private final TaskRunner background;
    private final I18n i18n;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    private final ObservableMap<CaseState, Long> counts = FXCollections.observableHashMap();
    private final ObservableSet<CaseState> states = FXCollections.observableSet();
    private final ObjectProperty<QueueFilter.Scope> scope = new SimpleObjectProperty<>(QueueFilter.Scope.ALL);
    private final ObjectProperty<QueueFilter.Due> due = new SimpleObjectProperty<>(QueueFilter.Due.ANY);
    private final ObjectProperty<ProblemType> problemType = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty merchant = new SimpleStringProperty("");
    private final ObservableList<SavedViewStore.View> views = FXCollections.observableArrayList();
    private SavedViewStore saved;
    private final BooleanProperty hasMore = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private long sequence;
    private boolean loadingMore;
    private final BooleanProperty hold = new SimpleBooleanProperty(false);
    private final javafx.beans.property.IntegerProperty changed = new javafx.beans.property.SimpleIntegerProperty(0);

    public QueueViewModel(QueueReader queries, CaseService cases, Actor operator, TaskRunner background, I18n i18n,
                          Clock clock, ZoneId zone) {
        this.queries = queries;
        this.cases = cases;
        this.operator = operator;
        this.background = background;
        this.i18n = i18n;
        this.clock = clock;
        this.zone = zone;
    }

    public ObservableList<QueueRow> rows() { return rows; }
    public ObservableMap<CaseState, Long> counts() { return counts; }
    public ObservableSet<CaseState> states() { return states; }
    public ObjectProperty<QueueFilter.Scope> scope() { return scope; }
    public ObjectProperty<QueueFilter.Due> due() { return due; }
    public ObjectProperty<ProblemType> problemType() { return problemType; }
    public StringProperty search() { return search; }
    /** One merchant's cases only (by merchant id), or all when blank. */
    public StringProperty merchant() { return merchant; }
    /** The operator's saved views, once {@link #useSavedViews} gave where they are kept. */
    public ObservableList<SavedViewStore.View> views() { return views; }
    public BooleanProperty hasMore() { return hasMore; }
    /**
     * Set while the operator points at the list or has a row selected: changes made elsewhere then
     * update the rows in place and never reorder them ({@link #changed} counts what waits).
     */
    public BooleanProperty hold() { return hold; }
    /** How many cases arrived, left or moved in the list since it was held; 0 when none wait. */
    public javafx.beans.property.IntegerProperty changed() { return changed; }
    public StringProperty error() { return error; }

    public QueueFilter filter() {
        return new QueueFilter(states, scope.get(), operator.name(),
                merchant.get() == null || merchant.get().isBlank() ? null : merchant.get().strip(), problemType.get(),
                due.get(), search.get());
    }

    /** Whether any filter narrows the list (an empty list then means "no match", not "no cases"). */
    public boolean filtered() {
        return !states.isEmpty() || scope.get() != QueueFilter.Scope.ALL || due.get() != QueueFilter.Due.ANY
                || problemType.get() != null || (search.get() != null && !search.get().isBlank())
                || (merchant.get() != null && !merchant.get().isBlank());
    }

    /**
     * How many cases the list holds under its filter, from the counts per state; empty while they are
     * not known (a search of common words only is not counted).
     */
    public java.util.Optional<Long> shownCount() {
        if (counts.isEmpty() && !rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(filter().effectiveStates().stream()
                .mapToLong(s -> counts.getOrDefault(s, 0L)).sum());
    }

    /** Loads the first page and the counts again, for the current filter. */
    public void reload() {
        load("", PAGE, false);
    }

    /**
     * Reads the rows on screen again after a change elsewhere: as many as are loaded (up to
     * {@link #REFRESH_MAX}), so that an operator scrolled far down stays where they are.
     */
    public void refresh() {
        load(error.get(), onScreen(), true);
    }

    /** Shows the list in its order now: what {@link #changed} counted comes into place. */
    public void showChanges() {
        load(error.get(), onScreen(), false);
    }

    private int onScreen() {
        return Math.min(REFRESH_MAX, Math.max(PAGE, rows.size()));
    }

    /** The most rows a refresh reads again; further down, the list is cut back to this. */
    static final int REFRESH_MAX = 2_000;

    /**
     * How the list's rows are replaced: the view wraps the replacement to keep its selection, focus
     * and scroll position by case id.
     */
    public void onReplace(java.util.function.Consumer<Runnable> around) {
        replacing = around;
    }

    /**
     * Reloads {@code size} rows, then shows a message (or clears it, given ""). With {@code keepOrder}
     * (a change made elsewhere, or a command on the selected case) a held list updates its rows where
     * they are; a new filter always shows the list in its order.
     */
    private void load(String message, int size, boolean keepOrder) {
        long mine = ++sequence;
        QueueFilter f = filter();
        Instant now = clock.instant();
        Instant endOfDay = endOfDay(now);
        // the rows first, the counts after them: counting a large queue by state takes longer than
        // reading its first page, and the rows are what the operator waits for
        background.run("QueueViewModel.load", () -> queries.page(f, null, size, now, endOfDay), page -> {
            if (mine != sequence) {
                return;
            }
            if (keepOrder && hold.get() && !rows.isEmpty()) {
                InPlace kept = InPlace.of(rows, page);
                replacing.accept(() -> rows.setAll(kept.rows()));
                changed.set(kept.changed());
            } else {
                replacing.accept(() -> rows.setAll(page));
                changed.set(0);
            }
            if (!page.isEmpty()) {
                com.arbitra.ui.ConsoleProbe.current().firstRows();
            }
            hasMore.set(page.size() == size);
            loadingMore = false;
            error.set(message);
            background.run("QueueViewModel.load", () -> queries.countsByState(f, now, endOfDay), loaded -> {
                if (mine == sequence) {
                    counts.clear();
                    counts.putAll(loaded);
                }
            }, t -> fail(mine, t));
        }, t -> fail(mine, t));
    }

    /**
     * The shown rows in their order with what is known of them now, and how many cases arrived, left
     * or moved in the fresh list (those not in the longest run that kept its order).
     */
    record InPlace(List<QueueRow> rows, int changed) {

        static InPlace of(List<QueueRow> shown, List<QueueRow> fresh) {
            java.util.Map<String, Integer> at = new java.util.HashMap<>();
            for (int i = 0; i < fresh.size(); i++) {
                at.put(fresh.get(i).caseId(), i);
            }
            List<QueueRow> out = new java.util.ArrayList<>(shown.size());
            // the fresh positions of the shown cases still there, in the shown order
            int[] positions = new int[shown.size()];
            int common = 0;
            for (QueueRow r : shown) {
                Integer i = at.get(r.caseId());
                out.add(i == null ? r : fresh.get(i));
                if (i != null) {
                    positions[common++] = i;
                }
            }
            int gone = shown.size() - common;
            int arrived = fresh.size() - common;
            return new InPlace(out, gone + arrived + common - increasingRun(positions, common));
        }

        /** The length of the longest increasing subsequence of the first n values (patience sorting). */
        private static int increasingRun(int[] values, int n) {
            int[] tails = new int[n];
            int length = 0;
            for (int k = 0; k < n; k++) {
                int slot = java.util.Arrays.binarySearch(tails, 0, length, values[k]);
                slot = slot < 0 ? -slot - 1 : slot;
                tails[slot] = values[k];
                length = Math.max(length, slot + 1);
            }
            return length;
        }
    }

    /** Appends the next page, when there is one and none is on its way. */
    public void loadMore() {
        if (!hasMore.get() || loadingMore || rows.isEmpty()) {
            return;
        }
        loadingMore = true;
        long mine = sequence;
        QueueFilter f = filter();
        QueueAfter after = QueueAfter.row(rows.get(rows.size() - 1));
        Instant now = clock.instant();
        Instant endOfDay = endOfDay(now);
        background.run("QueueViewModel.loadMore", () -> queries.page(f, after, PAGE, now, endOfDay), page -> {
            if (mine != sequence) {
                return;
            }
            rows.addAll(page);
            hasMore.set(page.size() == PAGE);
            loadingMore = false;
        }, t -> fail(mine, t));
    }

    /**
     * Claims a case for the signed-in operator. When someone else changed it first, the queue reloads
     * (showing who holds it now) and says so.
     */
    public void claim(QueueRow row) {
        if (row == null) {
            return;
        }
        background.run("QueueViewModel.claim", () -> cases.claim(row.caseId(), operator, row.version()), c -> load("", onScreen(), true),
                t -> load(Messages.of(t, i18n), onScreen(), true));
    }

    /**
     * Assigns each of the rows to an operator (supervisors), one after the other; the queue reloads and
     * says how many were assigned and why any were not.
     */
    public void assign(List<QueueRow> chosen, String assignee) {
        if (chosen.isEmpty() || assignee == null) {
            return;
        }
        List<QueueRow> rowsToAssign = List.copyOf(chosen);
        background.run("QueueViewModel.assign", () -> {
            List<String> refused = new java.util.ArrayList<>();
            for (QueueRow row : rowsToAssign) {
                try {
                    cases.assign(row.caseId(), operator, row.version(), assignee);
                } catch (RuntimeException e) {
                    refused.add(row.caseId() + ": " + Messages.of(e, i18n));
                }
            }
            return refused;
        }, refused -> load(refused.isEmpty() ? i18n.t("queue.assigned", rowsToAssign.size(), assignee)
                : i18n.t("queue.assignedSome", rowsToAssign.size() - refused.size(), rowsToAssign.size(), assignee,
                        String.join("; ", refused)), onScreen(), true), t -> load(Messages.of(t, i18n), onScreen(), true));
    }

    /** The people cases may be assigned to, fetched in the background for the assign dialog. */
    public void assignees(java.util.function.Supplier<List<String>> source,
                          java.util.function.Consumer<List<String>> then) {
        background.run("QueueViewModel.assignees", source::get, then, t -> error.set(Messages.of(t, i18n)));
    }

    /** Where this operator's views are kept; loads them. */
    public void useSavedViews(SavedViewStore where) {
        saved = where;
        background.run("QueueViewModel.useSavedViews", () -> where.list(operator.name()), views::setAll, t -> error.set(Messages.of(t, i18n)));
    }

    /** Saves the current filter under a name (replacing a view of that name). */
    public void saveView(String name) {
        if (saved == null || name == null || name.isBlank()) {
            return;
        }
        QueueFilter f = filter();
        background.run("QueueViewModel.saveView", () -> {
            saved.save(operator.name(), name, f);
            return saved.list(operator.name());
        }, views::setAll, t -> error.set(t instanceof IllegalArgumentException ? i18n.t("queue.viewName",
                SavedViewStore.NAME_MAX) : Messages.of(t, i18n)));
    }

    public void deleteView(String name) {
        if (saved == null) {
            return;
        }
        background.run("QueueViewModel.deleteView", () -> {
            saved.delete(operator.name(), name);
            return saved.list(operator.name());
        }, views::setAll, t -> error.set(Messages.of(t, i18n)));
    }

    /** Shows a saved view: its filter replaces the current one. */
    public void apply(SavedViewStore.View view) {
        use(view.filter());
    }

    /** Shows the queue under this filter (its operator aside: the list is always the signed-in one's). */
    public void use(QueueFilter f) {
        states.clear();
        states.addAll(f.states());
        scope.set(f.scope());
        due.set(f.due());
        problemType.set(f.problemType());
        merchant.set(f.merchantId() == null ? "" : f.merchantId());
        search.set(f.search() == null ? "" : f.search());
        reload();
    }

    /** The end of the operator's day, for the "due today" filter. */
    private Instant endOfDay(Instant now) {
        return LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    }

    private void fail(long mine, Throwable t) {
        if (mine == sequence) {
            loadingMore = false;
            error.set(Messages.of(t, i18n));
        }
    }
}
