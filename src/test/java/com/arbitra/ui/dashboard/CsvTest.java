package com.arbitra.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 4180 quoting, formula-looking cells defused, and files that spreadsheets open in UTF-8. */
class CsvTest {

    @TempDir
    Path dir;

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuoted() {
        String csv = Csv.write(List.of("merchant", "complaints"), List.of(
                List.of("Plain", "3"),
                List.of("Lanting Tea House, Ltd.", "2"),
                List.of("The \"Best\" Shop", "1"),
                List.of("two\nlines", "0"),
                List.of(" padded ", "-5")));

        assertThat(csv).isEqualTo("merchant,complaints\r\n"
                + "Plain,3\r\n"
                + "\"Lanting Tea House, Ltd.\",2\r\n"
                + "\"The \"\"Best\"\" Shop\",1\r\n"
                + "\"two\nlines\",0\r\n"
                + "\" padded \",-5\r\n");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("-12.5")).isEqualTo("-12.5");
        assertThat(Csv.field(null)).isEmpty();
    }

    @Test
    void aFileStartsWithAByteOrderMarkAndKeepsChinese() throws Exception {
        Path f = dir.resolve("top.csv");
        Csv.write(f, List.of("商家", "投诉"), List.of(List.of("广州某某商贸有限公司", "3")));

        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF商家,投诉\r\n广州某某商贸有限公司,3\r\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }
}
