package com.arbitra.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --workspace DIR}, which every command takes. */
public final class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "The workspace folder (default: $ARBITRA_WORKSPACE, else the platform's data folder).")
    Path dir;

    Path resolve(Workspaces workspaces) {
        return dir != null ? dir : workspaces.defaultDirectory();
    }
}
