package com.arbitra.domain;

import java.util.function.Function;

/** Where the workspace keeps its data; services run their work in its transactions. */
public interface Store {

    /** Runs the work in one transaction, committed when it returns and rolled back when it throws. */
    <T> T transaction(Function<UnitOfWork, T> work);

    WorkspaceKind kind();
}
