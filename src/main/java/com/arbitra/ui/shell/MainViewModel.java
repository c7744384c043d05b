package com.arbitra.ui.shell;

import com.arbitra.domain.CaseService;
import com.arbitra.domain.ports.ChangeWatch;
import com.arbitra.ui.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The main window's watch on the workspace: {@link #poll()} notices any change, also one made by
 * another process, and tells the views to reload; {@link #applyDueTimeouts()} moves cases whose
 * deadline passed; {@link #connected()} says whether the database answers.
 */
public final class MainViewModel {

    private final ChangeWatch queries;
    private final CaseService cases;
    private final TaskRunner background;
    private final BooleanProperty connected = new SimpleBooleanProperty(true);
    private Runnable onChange = () -> { };
    private long seenMark = -1;
    private boolean polling;
    private boolean sweeping;

    public MainViewModel(ChangeWatch queries, CaseService cases, TaskRunner background) {
        this.queries = queries;
        this.cases = cases;
        this.background = background;
    }

    public BooleanProperty connected() { return connected; }

    /**
     * Looks at once when the workspace says it changed (a team's server tells every console within a
     * second); the two-second poll goes on beside it. Closing the handle stops it.
     */
    public AutoCloseable listen() {
        return queries.subscribe(() -> background.onUi(this::poll));
    }

    public void onChange(Runnable action) {
        onChange = action;
    }

    /** Checks the workspace's change mark; calls the change action when it moved. */
    public void poll() {
        if (polling) {
            return;
        }
        polling = true;
        background.run("change poll", queries::changeMark, mark -> {
            polling = false;
            connected.set(true);
            if (mark != seenMark) {
                seenMark = mark;
                onChange.run();
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
        // one sweep at a time: after a long absence a sweep can take minutes, and a second one started
        // by the minute's timer would only race it for the same cases
        if (sweeping) {
            return;
        }
        sweeping = true;
        // a failed sweep is shown as a notification (the poll says whether the database answers)
        background.run("deadline sweep", cases::applyDueTimeouts, moved -> sweeping = false, t -> {
            sweeping = false;
            background.notify("deadline sweep", t);
        });
    }
}
