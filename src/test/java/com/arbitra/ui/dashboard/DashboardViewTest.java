package com.arbitra.ui.dashboard;

import org.junit.jupiter.api.Tag;
import com.arbitra.support.Seen;
import static com.arbitra.ui.PaneStage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Role;
import com.arbitra.store.DashboardQueries;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.PaneStage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The dashboard in a real window: the charts fill in from the background, and a chart exports its CSV. */
@Tag("ui")
class DashboardViewTest extends FxRobot {

    @TempDir
    Path dir;
    TestWorkspace ws;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir.resolve("ws"));
        Actor lin = ws.addOperator("lin", Role.AGENT).asActor();
        for (int i = 1; i <= 4; i++) {
            ws.insert(SampleCases.waiting("MP-" + i));
        }
        ws.session.cases().claim("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        ws.close();
    }

    @Test
    void theBacklogChartShowsTheOpenCasesAndExportsThemAsCsv() throws Exception {
        DashboardViewModel vm = new DashboardViewModel(new DashboardQueries(ws.session.workspace()), TaskRunner.fx(),
                new I18n(Locale.ENGLISH), ws.clock, ZoneOffset.UTC);
        DashboardView[] view = new DashboardView[1];
        Path csv = dir.resolve("backlog.csv");
        PaneStage.show(() -> {
            view[0] = new DashboardView(vm, new I18n(Locale.ENGLISH));
            view[0].setFileChooser(suggested -> Optional.of(csv));
            return view[0].root();
        }, 1366, 760);
        view[0].start();

        BarChart<?, ?> backlog = lookup("#dashboardBacklog").queryAs(BarChart.class);
        waitUntil(() -> !backlog.getData().isEmpty() && !backlog.getData().get(0).getData().isEmpty());
        assertThat(backlog.getData().get(0).getData()).anySatisfy(d -> {
            assertThat(d.getYValue()).isEqualTo("Intervention requested");
            assertThat(d.getXValue()).isEqualTo(3L);
        });

        clickOn("#export-BACKLOG");
        waitUntil(() -> lookup("#dashboardStatus").queryAs(Label.class).getText().equals("Saved backlog.csv"));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFState,Cases\r\n")
                .contains("Intervention requested,3\r\n").contains("Under review,1\r\n");
    }
}
