package com.arbitra.samples;

import com.arbitra.domain.ports.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.bundle.Exporter;

import com.arbitra.bundle.Importer;
import com.arbitra.bundle.Limits;
import com.arbitra.domain.Difficulty;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.support.TestWorkspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training set in {@code assets/samples/training}: a valid TRAINING bundle of graded cases in the
 * three languages, each with a reference ruling and trainer notes, that a training workspace takes and a
 * live one refuses; and the other way round for the live samples, and no export from a training workspace.
 */
class TrainingSamplesTest {

    static final Path TRAINING = Path.of("assets/samples/training");
    static final Path LIVE = Path.of("assets/samples/live");

    @TempDir
    Path dir;

    static List<JsonNode> cases() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper().readTree(TRAINING.resolve("bundle.json").toFile()).path("cases").forEach(out::add);
        return out;
    }

    @Test
    void twelveGradedCasesInThreeLanguagesEachWithAReferenceAndNotes() throws Exception {
        List<JsonNode> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(12);
        Map<String, Long> byDifficulty = cases.stream().collect(Collectors.groupingBy(
                c -> c.path("training").path("difficulty").asText(), Collectors.counting()));
        assertThat(byDifficulty).containsOnlyKeys("EASY", "MEDIUM", "HARD");
        assertThat(byDifficulty.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        Map<String, Long> byLanguage = cases.stream().collect(Collectors.groupingBy(
                c -> language(c.path("complaint").path("description").asText()), Collectors.counting()));
        assertThat(byLanguage).containsOnlyKeys("zh", "en", "es");
        assertThat(byLanguage.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(4));
        for (JsonNode c : cases) {
            JsonNode t = c.path("training");
            assertThat(t.path("referenceRuling").path("rationale").asText()).as(c.path("caseId").asText())
                    .hasSizeGreaterThan(40);
            assertThat(t.path("notes").asText()).as(c.path("caseId").asText()).hasSizeGreaterThan(40);
            assertThat(c.path("ruling").isNull()).as("the trainee decides: no ruling yet").isTrue();
            assertThat(c.path("state").asText()).isEqualTo("INTERVENTION_REQUESTED");
        }
    }

    /** Chinese when it has Han characters, Spanish when it has Spanish letters or words, else English. */
    static String language(String text) {
        if (text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return "zh";
        }
        return text.matches("(?s).*([áéíóúñ¿¡]|\\b(el|la|los|mi|que|y)\\b).*") ? "es" : "en";
    }

    @Test
    void itValidatesAndImportsIntoATrainingWorkspaceOnly() throws Exception {
        ImportReport valid = Importer.validate(TRAINING, Limits.defaults());
        assertThat(valid.refused()).as(String.valueOf(valid.errors())).isFalse();
        assertThat(valid.cases()).isEqualTo(cases().size());

        try (TestWorkspace training = TestWorkspace.create(dir.resolve("training"), WorkspaceKind.TRAINING)) {
            ImportReport r = new Importer(training.session.workspace(), training.clock, Limits.defaults(), "tess")
                    .run(TRAINING, Importer.Options.defaults(), (n, t) -> { });
            assertThat(r.refused()).as(String.valueOf(r.errors())).isFalse();
            assertThat(r.added()).isEqualTo(cases().size());
            DisputeCase hard = training.session.cases().find("TR-2026-0011").orElseThrow();
            assertThat(hard.training().difficulty()).isEqualTo(Difficulty.HARD);
            assertThat(hard.training().referenceRuling().basis()).contains("FORCE_MAJEURE_PROVEN");

            ImportReport live = new Importer(training.session.workspace(), training.clock, Limits.defaults(), "tess")
                    .run(LIVE, Importer.Options.defaults(), (n, t) -> { });
            assertThat(live.refused()).isTrue();
            assertThat(String.join("\n", live.errors())).contains("/purpose", "training workspace");

            Exporter exporter = new Exporter(training.session.workspace(), training.clock);
            Path out = dir.resolve("export.json");
            assertThatThrownBy(() -> exporter.actions(out, List.of()))
                    .isInstanceOf(Exporter.ExportRefusedException.class)
                    .hasMessageContaining("training workspace");
            assertThat(out).doesNotExist();
        }
        try (TestWorkspace live = TestWorkspace.create(dir.resolve("live"))) {
            ImportReport r = new Importer(live.session.workspace(), live.clock, Limits.defaults(), "lin")
                    .run(TRAINING, Importer.Options.defaults(), (n, t) -> { });
            assertThat(r.refused()).isTrue();
            assertThat(String.join("\n", r.errors())).contains("/purpose", "live workspace");
            assertThat(live.session.cases().find("TR-2026-0001")).isEmpty();
        }
    }

    @Test
    void theJarCarriesTheTrainingSet() throws Exception {
        Path copy = com.arbitra.bundle.SampleBundle.materializeTraining();
        try {
            ImportReport r = Importer.validate(copy, Limits.defaults());
            assertThat(r.refused()).isFalse();
            assertThat(r.cases()).isEqualTo(cases().size());
        } finally {
            com.arbitra.bundle.SampleBundle.removeCopy(copy);
        }
    }
}
