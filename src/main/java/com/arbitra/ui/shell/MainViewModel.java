package com.arbitra.ui.shell;

import com.arbitra.domain.CaseService;
import com.arbitra.store.CaseQueries;
import com.arbitra.store.CaseSummary;
import com.arbitra.ui.Background;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the first page of cases, and whether the database answers. {@link #poll()}
 * reloads when anything changed, also in another process; {@link #applyDueTimeouts()} moves cases
 * whose deadline passed.
 */
public final class MainViewModel {

    static final int PAGE = 200;

    private final CaseQueries queries;
    private final CaseService cases;
    private final Background background;
    private final ObservableList<CaseSummary> rows = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty();
    private final BooleanProperty connected = new SimpleBooleanProperty(true);
    private long seenMark = -1;
    private boolean polling;

    public MainViewModel(CaseQueries queries, CaseService cases, Background background) {
        this.queries = queries;
        this.cases = cases;
        this.background = background;
    }

    public ObservableList<CaseSummary> rows() { return rows; }
    public LongProperty total() { return total; }
    public BooleanProperty connected() { return connected; }

    /** Checks for changes and reloads the list when there were any. */
    public void poll() {
        if (polling) {
            return;
        }
        polling = true;
        background.run(() -> {
            long mark = queries.changeMark();
            return mark == seenMark ? null : new Snapshot(mark, queries.byDeadline(PAGE), queries.count());
        }, snapshot -> {
            polling = false;
            connected.set(true);
            if (snapshot != null) {
                seenMark = snapshot.mark();
                rows.setAll(snapshot.rows());
                total.set(snapshot.count());
            }
        }, t -> {
            polling = false;
            connected.set(false);
        });
    }

    /**
     * Applies the deadlines that have passed (evidence, return, fulfilment), as the rules say, without
     * anyone clicking; the next {@link #poll()} shows the result.
     */
    public void applyDueTimeouts() {
        background.run(cases::applyDueTimeouts, moved -> { }, t -> connected.set(false));
    }

    private record Snapshot(long mark, List<CaseSummary> rows, long count) {
    }
}
