package com.arbitra.cli;

import com.arbitra.domain.WorkspaceSettings;
import com.arbitra.store.Session;
import com.arbitra.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "settings", description = "Show the workspace's settings (id=value, one a line), or get or set one. "
        + "Every change is audited.", subcommands = {SettingsCommand.Get.class, SettingsCommand.Set.class})
final class SettingsCommand extends CliCommand {

    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Override
    public Integer call() throws WorkspaceException {
        try (Session s = open(workspace)) {
            WorkspaceSettings current = s.settings().current();
            for (WorkspaceSettings.Key k : WorkspaceSettings.Key.values()) {
                out().println(k.id() + "=" + current.get(k));
            }
        }
        return Exit.DONE;
    }

    @Command(name = "get", description = "Print one setting's value.")
    static final class Get extends CliCommand {

        @Mixin
        WorkspaceOption workspace = new WorkspaceOption();

        @Parameters(index = "0", paramLabel = "KEY", description = "A setting id, e.g. deadline.evidenceHours.")
        String key;

        @Override
        public Integer call() throws WorkspaceException {
            WorkspaceSettings.Key k = WorkspaceSettings.key(key);
            try (Session s = open(workspace)) {
                out().println(s.settings().current().get(k));
            }
            return Exit.DONE;
        }
    }

    @Command(name = "set", description = "Change one setting (audited with who signed in, the OS user and the "
            + "host). Once the workspace has a supervisor, one must sign in (--operator). Deadlines apply to "
            + "deadlines set from now on.")
    static final class Set extends CliCommand {

        @Mixin
        WorkspaceOption workspace = new WorkspaceOption();

        @Mixin
        SupervisorSignIn signIn = new SupervisorSignIn();

        @Parameters(index = "0", paramLabel = "KEY", description = "A setting id, e.g. ruling.fourEyes.")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE", description = "The new value.")
        String value;

        @Override
        public Integer call() throws WorkspaceException {
            WorkspaceSettings.Key k = WorkspaceSettings.key(key);
            WorkspaceSettings.problem(k, value).ifPresent(p -> {
                throw new InputRefusedException(p + " Nothing was changed.");
            });
            try (Session s = open(workspace)) {
                WorkspaceSettings after = s.settings().set(signIn.actor(this, s, "change settings"), key,
                        value);
                out().println(k.id() + "=" + after.get(k));
            }
            return Exit.DONE;
        }
    }
}
