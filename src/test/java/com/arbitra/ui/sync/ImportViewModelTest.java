package com.arbitra.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.bench.BenchGenerator;
import com.arbitra.bundle.Importer;
import com.arbitra.bundle.Limits;
import com.arbitra.store.CaseQueries;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing from the console, without the toolkit: progress, outcome, cancel, refusal. */
class ImportViewModelTest {

    @TempDir
    Path dir;
    TestWorkspace ws;
    final List<ImportViewModel.Outcome> outcomes = new ArrayList<>();
    final List<String> progress = new ArrayList<>();
    ImportViewModel vm;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir.resolve("ws"));
        vm = new ImportViewModel(com.arbitra.app.ConsoleServices.ports(ws.session).imports(), "chen",
                TaskRunner.direct(), new I18n(Locale.ENGLISH));
        vm.onDone(outcomes::add);
        vm.progress().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                progress.add(now);
            }
        });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theShippedSampleCasesLoad() {
        List<String> said = new ArrayList<>();
        vm.status().addListener((o, was, now) -> said.add(now));

        vm.loadSamples();

        assertThat(said).first().isEqualTo("Loading the sample cases…");
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).failed()).isFalse();
        assertThat(outcomes.get(0).summary()).startsWith("24 new, 0 updated");
        assertThat(new CaseQueries(ws.session.workspace()).count()).as("20 bundle cases, 4 WeChat Pay complaints")
                .isEqualTo(24);
        assertThat(vm.running().get()).isFalse();
    }

    /** A month after the samples were written, they still arrive with their deadlines ahead. */
    @Test
    void theSampleCasesArriveAsIfExportedNowAndLoadOnlyOnce() {
        ws.clock.advance(java.time.Duration.ofDays(40));
        java.time.Instant now = ws.clock.instant();

        vm.loadSamples();

        assertThat(outcomes.get(0).summary()).startsWith("24 new, 0 updated");
        java.util.function.Function<java.time.Instant, List<String>> dueBy = t -> ws.session.store()
                .transaction(u -> u.cases().idsDueBy(t));
        assertThat(dueBy.apply(now)).as("nothing overdue on arrival").isEmpty();
        assertThat(dueBy.apply(now.plus(java.time.Duration.ofDays(3)))).as("deadlines within days").isNotEmpty();

        vm.loadSamples();
        assertThat(outcomes.get(1).summary())
                .isEqualTo("The sample cases are in the workspace already; nothing changed.");
        assertThat(new CaseQueries(ws.session.workspace()).count()).as("20 bundle cases, 4 WeChat Pay complaints")
                .isEqualTo(24);
    }

    @Test
    void progressIsShownAndCancellingWritesNothing() throws Exception {
        Path bundle = dir.resolve("big.json");
        new BenchGenerator(7, false).write(bundle, 1_200, n -> { });
        vm.progress().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                vm.cancel();
            }
        });

        vm.importBundle(bundle);

        assertThat(progress).first().asString().matches("500 cases read · [\\d,]+ cases/s");
        assertThat(outcomes).extracting(ImportViewModel.Outcome::summary)
                .containsExactly("The import was cancelled; nothing was written.");
        assertThat(new CaseQueries(ws.session.workspace()).count()).isZero();
    }

    @Test
    void aBrokenBundleIsReportedWithWhatIsWrong() throws Exception {
        Path bundle = dir.resolve("broken.json");
        Files.writeString(bundle, "{\"format\": \"case-bundle\", \"formatVersion\": 2}");

        vm.importBundle(bundle);

        assertThat(outcomes).hasSize(1);
        ImportViewModel.Outcome o = outcomes.get(0);
        assertThat(o.failed()).isTrue();
        assertThat(o.summary()).isEqualTo("The bundle broken.json was refused; nothing was written.");
        assertThat(o.problems()).anyMatch(p -> p.startsWith("/formatVersion: is 2, but this version of Arbitra"));
    }
}
