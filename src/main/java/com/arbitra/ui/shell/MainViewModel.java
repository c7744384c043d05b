package com.arbitra.ui.shell;

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
 * reloads when anything changed, also in another process.
 */
public final class MainViewModel {

    static final int PAGE = 200;

    private final CaseQueries queries;
    private final Background background;
    private final ObservableList<CaseSummary> cases = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty();
    private final BooleanProperty connected = new SimpleBooleanProperty(true);
    private long seenMark = -1;
    private boolean polling;

    public MainViewModel(CaseQueries queries, Background background) {
        this.queries = queries;
        this.background = background;
    }

    public ObservableList<CaseSummary> cases() { return cases; }
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
                cases.setAll(snapshot.rows());
                total.set(snapshot.count());
            }
        }, t -> {
            polling = false;
            connected.set(false);
        });
    }

    private record Snapshot(long mark, List<CaseSummary> rows, long count) {
    }
}
