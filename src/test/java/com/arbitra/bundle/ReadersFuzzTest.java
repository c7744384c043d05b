package com.arbitra.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Issue 20: the readers of outside input, fuzzed (Jazzer). In {@code ./mvnw verify} each target
 * replays its corpus (the files under {@code ReadersFuzzTestInputs/<target>/} in the test resources);
 * {@code ./mvnw -Pfuzz verify} fuzzes each for a set time and keeps what it finds there. No input may
 * cause anything but a refusal: no other exception, no hang, no file written.
 */
class ReadersFuzzTest {

    /** A bundle file, as JSON or as a ZIP: a report or a refusal (BundleException), nothing else. */
    @FuzzTest(maxDuration = "60s")
    void bundleFile(byte[] input) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-bundle");
        try {
            boolean zip = input.length >= 2 && input[0] == 'P' && input[1] == 'K';
            Path file = Files.write(dir.resolve(zip ? "bundle.zip" : "bundle.json"), input);
            validate(file);
            assertThat(list(dir)).as("validate writes nothing").containsExactly(file.getFileName().toString());
        } finally {
            delete(dir);
        }
    }

    /** A bundle folder with files of fuzzed names and contents beside (and maybe instead of) bundle.json. */
    @FuzzTest(maxDuration = "60s")
    void bundleFolder(FuzzedDataProvider data) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-folder");
        try {
            Path folder = Files.createDirectories(dir.resolve("bundle"));
            int files = data.consumeInt(0, 4);
            for (int i = 0; i < files; i++) {
                String name = data.consumeString(40);
                byte[] bytes = data.consumeBytes(2_000);
                try {
                    Path target = folder.resolve(name).normalize();
                    if (!target.startsWith(folder) || target.equals(folder) || name.isBlank()) {
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                } catch (InvalidPathException | IOException e) {
                    // a name this file system cannot hold: not an input the reader can meet
                }
            }
            Files.write(folder.resolve(BundleSource.BUNDLE_JSON), data.consumeRemainingAsBytes());
            long before;
            try (Stream<Path> all = Files.walk(dir)) {
                before = all.count();
            }
            validate(folder);
            try (Stream<Path> all = Files.walk(dir)) {
                assertThat(all.count()).as("validate writes nothing").isEqualTo(before);
            }
        } finally {
            delete(dir);
        }
    }

    /** Where a fuzzed WeChat Pay response lands among the sample responses, by its first byte. */
    private static final String[] WXPAY_FILES = {"complaints-page-1.json", "detail-200201820261118080076610002.json",
        "negotiation-200201820261118080076610002.json", "notification-200201820261118080076610003.json",
        "media/earphone-left-silent"};

    /**
     * Saved WeChat Pay complaints 2.0 responses: the sample folder with one file replaced by fuzzed
     * bytes (which file: the input's first byte). A report or a refusal (BundleException), nothing else.
     */
    @FuzzTest(maxDuration = "60s")
    void wxpayFolder(byte[] input) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-wxpay");
        try {
            Path folder = dir.resolve("saved");
            Path samples = Path.of("assets/samples/wxpay");
            try (Stream<Path> all = Files.walk(samples)) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    Path target = folder.resolve(samples.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
            String replaced = WXPAY_FILES[input.length == 0 ? 0 : Math.floorMod(input[0], WXPAY_FILES.length)];
            Files.write(folder.resolve(replaced), input.length == 0 ? input
                    : java.util.Arrays.copyOfRange(input, 1, input.length));
            long before;
            try (Stream<Path> all = Files.walk(dir)) {
                before = all.count();
            }
            try {
                Importer.validate(folder, Limits.defaults(), Importer.Format.WXPAY_COMPLAINTS_V2);
            } catch (BundleException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
            try (Stream<Path> all = Files.walk(dir)) {
                assertThat(all.count()).as("validate writes nothing").isEqualTo(before);
            }
        } finally {
            delete(dir);
        }
    }

    /** A timestamp: null, or the instant the JDK's own ISO parser reads from it. */
    @FuzzTest(maxDuration = "30s")
    void timestamp(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        java.time.Instant parsed = Rfc3339.parse(text);
        if (parsed == null) {
            return;
        }
        try {
            OffsetDateTime jdk = OffsetDateTime.parse(text.toUpperCase(Locale.ROOT),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            assertThat(parsed).as(text).isEqualTo(jdk.toInstant());
        } catch (DateTimeParseException e) {
            // the JDK is stricter in places RFC 3339 is not (a leap second, a year beyond its range)
            assertThat(text).as("read as a timestamp though the JDK refuses it").matches(
                    "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");
        }
    }

    /** A witness file (an export's envelope, a saved head, a backup): the witness or a refusal. */
    @FuzzTest(maxDuration = "30s")
    void witness(byte[] input) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-witness");
        try {
            Path file = Files.write(dir.resolve("witness"), input);
            try {
                com.arbitra.domain.AuditChain.Witness w = Witnesses.read(file);
                assertThat(w.seq()).isNotNegative();
            } catch (Witnesses.NotAWitnessException refused) {
                assertThat(refused.getMessage()).startsWith(file.toString());
            }
        } finally {
            delete(dir);
        }
    }

    private static void validate(Path bundle) throws IOException {
        try {
            Importer.validate(bundle, Limits.defaults());
        } catch (BundleException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    private static java.util.List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
