package com.arbitra.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Role;
import com.arbitra.domain.WorkspaceSettings.Key;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings dialog's view model, without a toolkit, on a real workspace. */
class SettingsViewModelTest {

    static final I18n EN = new I18n(Locale.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void aSupervisorSeesEachProblemAsTheyTypeAndSavesOnlyValidChanges() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir.resolve("ws"))) {
            SettingsViewModel vm = new SettingsViewModel(ws.session.settings(), Actor.operator("mei", Role.SUPERVISOR),
                    TaskRunner.direct(), EN);
            vm.load();
            assertThat(vm.value(Key.EVIDENCE_HOURS).get()).isEqualTo("48");
            assertThat(vm.canSave().get()).as("nothing changed yet").isFalse();

            vm.value(Key.EVIDENCE_HOURS).set("two days");
            assertThat(vm.problem(Key.EVIDENCE_HOURS).get()).isEqualTo("deadline.evidenceHours must be a whole number "
                    + "of hours from 1 to 8760 (a year) (was \"two days\").");
            assertThat(vm.canSave().get()).isFalse();

            vm.value(Key.EVIDENCE_HOURS).set("72");
            vm.value(Key.FOUR_EYES).set("true");
            assertThat(vm.problem(Key.EVIDENCE_HOURS).get()).isEmpty();
            assertThat(vm.canSave().get()).isTrue();
            vm.save();

            assertThat(vm.status().get()).isEqualTo("Saved 2 change(s); new deadlines apply from now on.");
            assertThat(vm.error().get()).isEmpty();
            assertThat(ws.session.settings().current().get(Key.EVIDENCE_HOURS)).isEqualTo("72");
            assertThat(ws.session.settings().current().fourEyes()).isTrue();
            assertThat(vm.canSave().get()).as("saved: nothing to save").isFalse();
        }
    }

    @Test
    void anAgentReadsTheSettingsButCannotSave() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir.resolve("ws"))) {
            SettingsViewModel vm = new SettingsViewModel(ws.session.settings(), Actor.operator("lin", Role.AGENT),
                    TaskRunner.direct(), EN);
            vm.load();
            vm.value(Key.THEME).set("dark");

            assertThat(vm.editable()).isFalse();
            assertThat(vm.canSave().get()).isFalse();
            vm.save();
            assertThat(ws.session.settings().current().theme()).isEqualTo("light");
        }
    }
}
