package com.arbitra.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "console", description = "Start the console (the same as running arbitra with no arguments).")
final class ConsoleCommand extends CliCommand {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Override
    public Integer call() {
        return root.workspaces.startConsole(dir(workspace));
    }
}
