package com.arbitra.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.bundle.Importer;
import com.arbitra.bundle.Limits;
import com.arbitra.domain.Actor;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.NotificationChannel;
import com.arbitra.domain.Party;
import com.arbitra.domain.Role;
import com.arbitra.support.Seen;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.I18n;
import com.arbitra.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting WeChat Pay's requests from the console, without the toolkit (issue 18). */
class ExportViewModelTest {

    static final String C4 = "WXP-200201820261118080076610004";

    @TempDir
    Path dir;
    TestWorkspace ws;
    final List<ExportViewModel.Outcome> outcomes = new ArrayList<>();
    ExportViewModel vm;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir.resolve("ws"));
        new Importer(ws.session.workspace(), ws.clock, Limits.defaults(), "chen").run(Path.of("assets/samples/wxpay"),
                Importer.Options.defaults(), (n, t) -> { });
        vm = new ExportViewModel(com.arbitra.app.ConsoleServices.ports(ws.session).exports(), TaskRunner.direct(),
                new I18n(Locale.ENGLISH));
        vm.onDone(outcomes::add);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theRequestsAreWrittenAndWhatTheApiCannotSayIsNamed() throws Exception {
        Actor lin = new Actor("lin", Role.AGENT);
        var cases = ws.session.cases();
        cases.claim(C4, lin, Seen.version(cases, C4));
        cases.requestEvidence(C4, lin, Seen.version(cases, C4), Party.CONSUMER,
                List.of(EvidenceCategory.COMMUNICATION_RECORD), "请上传聊天记录。", ws.clock.instant().plus(Duration.ofHours(48)),
                List.of(NotificationChannel.IN_APP));
        Path out = dir.resolve("requests.jsonl");

        vm.exportWxpay(out);

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.failed()).isFalse();
            assertThat(o.summary()).startsWith("Wrote 1 request(s) for 2 action(s) to " + out)
                    .contains("1 action(s) have no request in WeChat Pay’s API:\n" + C4 + " CASE_CLAIMED");
        });
        assertThat(Files.readAllLines(out)).singleElement().asString()
                .contains("\"path\":\"/v3/merchant-service/complaints-v2/200201820261118080076610004/response\"");
        assertThat(vm.running().get()).isFalse();
    }
}
