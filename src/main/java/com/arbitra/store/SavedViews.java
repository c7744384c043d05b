package com.arbitra.store;

import com.arbitra.domain.ports.QueueFilter;

import static com.arbitra.store.jooq.Tables.SAVED_VIEW;

import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Each operator's saved queue views: a name and the filter it stands for. The operator part of the
 * filter is not kept; "mine" always means whoever opens the view.
 */
public final class SavedViews implements com.arbitra.domain.ports.SavedViewStore {

    private final DSLContext db;
    private final Clock clock;

    public SavedViews(Workspace workspace, Clock clock) {
        this.db = workspace.db();
        this.clock = clock;
    }

    /** The operator's views, by name. */
    public List<View> list(String operator) {
        return db.select(SAVED_VIEW.NAME, SAVED_VIEW.FILTER).from(SAVED_VIEW).where(SAVED_VIEW.OPERATOR.eq(operator))
                .orderBy(SAVED_VIEW.NAME).fetch(r -> new View(r.value1(),
                        Json.read(r.value2(), QueueFilter.class).forOperator(operator)));
    }

    /** Saves the filter under the name, replacing a view of the same name. */
    public void save(String operator, String name, QueueFilter filter) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > NAME_MAX) {
            throw new IllegalArgumentException("A view's name is 1 to " + NAME_MAX + " characters.");
        }
        String json = Json.write(filter.forOperator(null));
        db.mergeInto(SAVED_VIEW).using(db.selectOne())
                .on(SAVED_VIEW.OPERATOR.eq(operator).and(SAVED_VIEW.NAME.eq(clean)))
                .whenMatchedThenUpdate().set(SAVED_VIEW.FILTER, json).set(SAVED_VIEW.SAVED_AT,
                        Times.toDb(clock.instant()))
                .whenNotMatchedThenInsert(SAVED_VIEW.OPERATOR, SAVED_VIEW.NAME, SAVED_VIEW.FILTER, SAVED_VIEW.SAVED_AT)
                .values(operator, clean, json, Times.toDb(clock.instant()))
                .execute();
    }

    public void delete(String operator, String name) {
        db.deleteFrom(SAVED_VIEW).where(SAVED_VIEW.OPERATOR.eq(operator).and(SAVED_VIEW.NAME.eq(name))).execute();
    }
}
