package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Assessment;
import com.arbitra.domain.CaseService;
import com.arbitra.domain.ConcurrentChangeException;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.Measure;
import com.arbitra.domain.Money;
import com.arbitra.domain.NotificationChannel;
import com.arbitra.domain.Party;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operator command carries the version its operator saw, and a command decided on an older
 * version than the stored one is refused before anything is decided or written, naming who changed
 * the case, when, and what it is now.
 */
class StaleVersionTest {

    /** A command as an operator sends it, with the version they saw. */
    interface Command {
        void send(CaseService cases, Actor operator, long seen);
    }

    private static final Ruling RULING = new Ruling(null, Responsibility.MERCHANT, Remedy.FULL_REFUND,
            Money.of(12900, "CNY"), List.of("GOODS_DAMAGED"), List.of("e-1"),
            "The photos show the item broken on arrival; the merchant offered nothing.", false, List.of(),
            List.of(), null, null, null, null, null, null, null);

    @TempDir
    Path dir;
    TestWorkspace ws;
    Actor chen;
    Actor wang;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
        chen = ws.addOperator("chen", Role.SUPERVISOR).asActor();
        wang = ws.addOperator("wang", Role.AGENT).asActor();
        ws.insert(SampleCases.waiting("MP-1"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static Stream<Arguments> commands() {
        Instant due = Instant.parse("2030-01-01T00:00:00Z");
        return Stream.of(
                command("claim", (s, a, v) -> s.claim("MP-1", a, v)),
                command("assign", (s, a, v) -> s.assign("MP-1", a, v, "wang")),
                command("request evidence", (s, a, v) -> s.requestEvidence("MP-1", a, v, Party.MERCHANT,
                        List.of(EvidenceCategory.LOGISTICS), "Send the waybill.", due, List.of(NotificationChannel.SMS))),
                command("request evidence of both", (s, a, v) -> s.requestEvidence("MP-1", a, v,
                        new java.util.LinkedHashMap<>(Map.of(Party.CONSUMER, "Photos, please.")),
                        List.of(EvidenceCategory.PRODUCT_CONDITION), due, List.of(NotificationChannel.SMS))),
                command("assess", (s, a, v) -> s.assessEvidence("MP-1", a, v, "e-1", Assessment.ACCEPTED, "ok")),
                command("propose", (s, a, v) -> s.proposeRuling("MP-1", a, v, RULING)),
                command("propose and score", (s, a, v) -> s.proposeRuling("MP-1", a, v, RULING, null)),
                command("return", (s, a, v) -> s.returnRuling("MP-1", a, v, "Cite the photos.")),
                command("issue the proposal", (s, a, v) -> s.issueRuling("MP-1", a, v, null)),
                command("issue one's own", (s, a, v) -> s.issueRuling("MP-1", a, v, RULING)),
                command("verify proof", (s, a, v) -> s.verifyProof("MP-1", a, v, "Refund seen.")),
                command("reject proof", (s, a, v) -> s.rejectProof("MP-1", a, v, "Wrong amount.")),
                command("advance payment", (s, a, v) -> s.applyMeasure("MP-1", a, v, Measure.ADVANCE_PAYMENT)),
                command("measure", (s, a, v) -> s.applyMeasure("MP-1", a, v, Measure.WARNING)),
                command("proactive intervention", (s, a, v) -> s.openProactiveIntervention("MP-1", a, v, "Many.")),
                command("proactive intervention for the merchant", (s, a, v) -> s.openProactiveIntervention(
                        "1900012345", Map.of("MP-1", v), a, "Forty complaints today")),
                command("uphold", (s, a, v) -> s.upholdRuling("MP-1", a, v, "The ruling stands.")),
                command("replace", (s, a, v) -> s.replaceRuling("MP-1", a, v, RULING, "New evidence.")),
                command("note", (s, a, v) -> s.addNote("MP-1", a, v, "Called the merchant.")));
    }

    private static Arguments command(String name, Command c) {
        return Arguments.of(name, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aCommandDecidedOnAnOlderVersionIsRefusedAndWritesNothing(String name, Command command) throws Exception {
        DisputeCase seen = ws.session.cases().find("MP-1").orElseThrow();
        DisputeCase changed = ws.session.cases().addNote("MP-1", wang, seen.version(), "Merchant phoned back.");
        long auditBefore = count("audit_record");
        long outboxBefore = count("outbox_action");

        assertThatThrownBy(() -> command.send(ws.session.cases(), chen, seen.version()))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.current().version()).isEqualTo(changed.version());
                    assertThat(e.seenVersion()).isEqualTo(seen.version());
                })
                .hasMessageContaining("changed by wang at")
                .hasMessageContaining("you saw version " + seen.version());

        assertThat(ws.session.cases().find("MP-1").orElseThrow()).isEqualTo(changed);
        assertThat(count("audit_record")).isEqualTo(auditBefore);
        assertThat(count("outbox_action")).isEqualTo(outboxBefore);
    }

    private long count(String table) throws Exception {
        try (Connection c = ws.jdbc(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
