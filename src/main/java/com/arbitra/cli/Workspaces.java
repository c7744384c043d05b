package com.arbitra.cli;

import com.arbitra.domain.WorkspaceKind;
import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import java.nio.file.Path;

/** How commands open workspaces; the application's composition root supplies it. */
public interface Workspaces {

    /** The workspace used when a command names none. */
    Path defaultDirectory();

    /** Opens a workspace, creating a live one where the folder holds none. */
    Session open(Path dir) throws WorkspaceException;

    /** Creates a new workspace; refused when the folder already holds one. */
    Session create(Path dir, WorkspaceKind kind) throws WorkspaceException;

    /**
     * Makes the folder a team workspace on the server's database: a new one, or the one it already
     * holds (joined: that is how a second workstation is set up).
     */
    Session createTeam(Path dir, com.arbitra.store.TeamDescriptor server, WorkspaceKind kindIfNew)
            throws WorkspaceException;

    /** Starts the console on a workspace and returns when its window closes. */
    int startConsole(Path dir);
}
