package com.arbitra.domain.ports;

import java.util.List;

/**
 * Each operator's saved queue views: a name and the filter it stands for. The operator part of the
 * filter is not kept; "mine" always means whoever opens the view.
 */
public interface SavedViewStore {

    int NAME_MAX = 80;

    /** A saved view. */
    record View(String name, QueueFilter filter) {
    }

    /** The operator's views, by name. */
    List<View> list(String operator);

    /** Saves the filter under the name (1 to {@link #NAME_MAX} characters), replacing one of that name. */
    void save(String operator, String name, QueueFilter filter);

    void delete(String operator, String name);
}
