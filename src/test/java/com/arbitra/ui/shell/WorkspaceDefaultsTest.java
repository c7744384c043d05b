package com.arbitra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Role;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.I18n;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `ui.language` and `ui.theme` are the workspace's defaults: they decide the console's language and
 * theme for an operator who has not chosen their own, and an operator's own choice overrides them.
 */
class WorkspaceDefaultsTest {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;

    @Test
    void theStoredLanguageIsTheConsolesUnlessTheOperatorChoseOne() {
        try (TestWorkspace ws = TestWorkspace.create(dir)) {
            var chen = ws.addOperator("chen", Role.SUPERVISOR).asActor();
            String stored = ws.session.settings().current().language();
            assertThat(stored).isEqualTo("system");
            assertThat(I18n.resolve(Optional.empty(), stored, Locale.forLanguageTag("es-MX")))
                    .as("system: the system's language").isEqualTo(Locale.forLanguageTag("es"));

            stored = ws.session.settings().set(chen, "ui.language", "zh-CN").language();

            assertThat(I18n.resolve(Optional.empty(), stored, Locale.ENGLISH)).isEqualTo(CHINESE);
            assertThat(I18n.resolve(Optional.of("es"), stored, Locale.ENGLISH)).as("the operator's own")
                    .isEqualTo(Locale.forLanguageTag("es"));
            assertThat(I18n.resolve(Optional.empty(), stored, Locale.ENGLISH)).isEqualTo(CHINESE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aLanguageTheConsoleDoesNotHaveIsEnglish() {
        assertThat(I18n.resolve(Optional.empty(), "system", Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.resolve(Optional.of("fr"), "es", Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theStoredThemeIsTheConsolesUnlessTheOperatorChoseOne() {
        try (TestWorkspace ws = TestWorkspace.create(dir)) {
            var chen = ws.addOperator("chen", Role.SUPERVISOR).asActor();
            assertThat(ConsoleApp.Theme.resolve(Optional.empty(), ws.session.settings().current().theme()))
                    .isEqualTo(ConsoleApp.Theme.LIGHT);

            String stored = ws.session.settings().set(chen, "ui.theme", "dark").theme();

            assertThat(ConsoleApp.Theme.resolve(Optional.empty(), stored)).isEqualTo(ConsoleApp.Theme.DARK);
            assertThat(ConsoleApp.Theme.resolve(Optional.of("LIGHT"), stored)).as("the operator's own")
                    .isEqualTo(ConsoleApp.Theme.LIGHT);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
