package com.arbitra.domain;

import java.util.function.Function;

/** Where the workspace keeps its data; services run their work in its transactions. */
public interface Store {

    /** Runs the work in one transaction, committed when it returns and rolled back when it throws. */
    <T> T transaction(Function<UnitOfWork, T> work);

    /**
     * An operator signed in with this password: where the store's server knows operators (a team
     * workspace) it works as theirs from now on, or throws a {@link RefusedException} when the server
     * refuses them. Nothing on a single workstation.
     */
    default void signedIn(String username, char[] password) {
    }

    WorkspaceKind kind();
}
