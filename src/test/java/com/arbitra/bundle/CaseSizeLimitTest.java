package com.arbitra.bundle;

import com.arbitra.bench.BenchGenerator;
import com.arbitra.domain.ports.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One case larger than the limit is refused while it is being read, naming it. */
class CaseSizeLimitTest {

    @TempDir
    Path dir;

    @Test
    void anOversizedCaseIsRefusedByPointer() throws Exception {
        Path bundle = dir.resolve("big.json");
        new BenchGenerator(3, false).write(bundle, 3, n -> { });
        String json = Files.readString(bundle);
        // the second case gets a long description inside an unknown member
        String padded = json.replaceFirst("\"caseId\":\"BN-3-000000001\"",
                "\"caseId\":\"BN-3-000000001\",\"padding\":\"" + "x".repeat(200_000) + "\"");
        Files.writeString(bundle, padded);

        ImportReport small = Importer.validate(bundle, Limits.defaults().withMaxCaseChars(100_000));
        ImportReport roomy = Importer.validate(bundle, Limits.defaults());

        assertThat(small.errors()).hasSize(1).first().asString()
                .startsWith("/cases/1: is larger than 100000 bytes, the most one case may hold");
        assertThat(roomy.errors()).isEmpty();
        assertThat(roomy.unknownMembers()).isEqualTo(1);
    }
}
