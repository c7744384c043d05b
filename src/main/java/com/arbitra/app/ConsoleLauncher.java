package com.arbitra.app;

import com.arbitra.cli.Exit;
import com.arbitra.cli.Workspaces;
import com.arbitra.ui.shell.ConsoleApp;
import java.nio.file.Path;

/** Hands the workspace to the JavaFX application and waits for its window to close. */
final class ConsoleLauncher {

    private ConsoleLauncher() {
    }

    static int launch(Workspaces workspaces, Path dir) {
        if (Boolean.getBoolean("arbitra.stallLog")) {
            // the stall monitor is loaded only when asked for
            com.arbitra.bench.StallMonitor.installIfAsked();
        }
        ConsoleApp.prepare(dir, new ConsoleServices(workspaces::open));
        javafx.application.Application.launch(ConsoleApp.class);
        return switch (ConsoleApp.outcome().orElse(ConsoleApp.Outcome.CLOSED)) {
            case CLOSED -> Exit.DONE;
            case WORKSPACE_REFUSED -> Exit.WORKSPACE;
            case FAILED -> Exit.INTERNAL;
        };
    }
}
