package com.arbitra.ui.dashboard;

import com.arbitra.support.Seen;
import static com.arbitra.ui.PaneStage.waitUntil;

import com.arbitra.bundle.Importer;
import com.arbitra.bundle.Limits;
import com.arbitra.domain.Actor;
import com.arbitra.domain.Role;
import com.arbitra.store.DashboardQueries;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.PaneStage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The dashboard on the sample cases, for the README: {@code -Ddashboard.shot=assets/screenshots}.
 * Not run otherwise.
 */
@EnabledIfSystemProperty(named = "dashboard.shot", matches = ".+")
class DashboardScreenshot extends FxRobot {

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void dashboardInEnglish() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir)) {
            ws.clock.advance(Duration.ofDays(6).plusHours(2));
            new Importer(ws.session.workspace(), ws.clock, Limits.defaults(), "chen")
                    .run(Path.of("assets/samples/live"), Importer.Options.defaults(), (n, t) -> { });
            Actor wang = ws.addOperator("wang.supervisor", Role.SUPERVISOR).asActor();
            // the two rulings waiting for approval are issued, so that this week has outcomes too
            for (String id : new String[] {"MP-2026-0000105", "MP-2026-0000118"}) {
                ws.session.cases().issueRuling(id, wang, Seen.version(ws.session.cases(), id), null);
            }
            I18n english = new I18n(Locale.ENGLISH);
            DashboardViewModel vm = new DashboardViewModel(new DashboardQueries(ws.session.workspace()),
                    TaskRunner.fx(), english, ws.clock, ZoneId.of("Asia/Shanghai"));
            DashboardView[] view = new DashboardView[1];
            Scene scene = PaneStage.show(() -> {
                view[0] = new DashboardView(vm, english);
                return view[0].root();
            }, 1366, 1000);
            view[0].start();
            BarChart<?, ?> backlog = lookup("#dashboardBacklog").queryAs(BarChart.class);
            waitUntil(() -> !vm.loading().get() && !backlog.getData().get(0).getData().isEmpty());
            Thread.sleep(500); // let the charts lay out their axes once more
            Path out = Path.of(System.getProperty("dashboard.shot"));
            Files.createDirectories(out);
            WritableImage[] shot = new WritableImage[1];
            interact(() -> shot[0] = scene.snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", out.resolve("dashboard-en.png").toFile());
        }
    }
}
