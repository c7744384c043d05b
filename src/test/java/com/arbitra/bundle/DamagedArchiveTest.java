package com.arbitra.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.ports.ImportReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Found by fuzzing: an archive whose entry is damaged is a refusal in a sentence, not an internal error. */
class DamagedArchiveTest {

    @TempDir
    Path dir;

    @Test
    void anEntryWithADamagedLocalHeaderIsRefused() throws Exception {
        Path zip = dir.resolve("b.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry(BundleSource.BUNDLE_JSON));
            z.write(Files.readAllBytes(Path.of("src/test/resources/schema-fixtures/minimal-bundle.json")));
            z.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zip);
        bytes[2] = 0; // the entry's local header no longer starts with PK\3\4; the central directory still names it
        Files.write(zip, bytes);

        ImportReport r = Importer.validate(zip, Limits.defaults());

        assertThat(r.errors()).singleElement().asString().contains("cannot be read: ")
                .endsWith("cannot be read: the archive is damaged where bundle.json is stored");
    }
}
