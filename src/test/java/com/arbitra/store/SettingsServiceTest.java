package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.Actor;
import com.arbitra.domain.AuditRecord;
import com.arbitra.domain.Passwords;
import com.arbitra.domain.RefusedException;
import com.arbitra.domain.Role;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.domain.WorkspaceSettings;
import com.arbitra.domain.WorkspaceSettings.Key;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings stored in a real workspace: defaults, checked changes, an audit record for each. */
class SettingsServiceTest {

    static final Actor MEI = Actor.operator("mei", Role.SUPERVISOR);

    @TempDir
    Path dir;

    @Test
    void theDefaultsAreTheDisputeRulesFigures() {
        WorkflowSettings fromDefaults = WorkspaceSettings.defaults().workflow(ZoneId.of("UTC"));
        assertThat(fromDefaults).isEqualTo(WorkflowSettings.defaults().withZone(ZoneId.of("UTC")));
        assertThat(WorkspaceSettings.defaults().fourEyes()).isFalse();
        assertThat(WorkspaceSettings.defaults().hours(Key.EVIDENCE_HOURS)).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void aSupervisorsChangeIsStoredAndAuditedWithTheOldAndNewValue() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir.resolve("ws"))) {
            ws.session.settings().set(MEI, "deadline.evidenceHours", "72");
            ws.session.settings().set(MEI, "ruling.fourEyes", "TRUE");
            // the same value again changes nothing and records nothing
            ws.session.settings().set(MEI, "ruling.fourEyes", "true");

            WorkspaceSettings now = ws.session.settings().current();
            assertThat(now.hours(Key.EVIDENCE_HOURS)).isEqualTo(Duration.ofHours(72));
            assertThat(now.fourEyes()).isTrue();
            List<AuditRecord> records = audit(ws);
            assertThat(records).extracting(r -> r.entry().details()).containsExactly(
                    "deadline.evidenceHours: 48 -> 72", "ruling.fourEyes: false -> true");
            assertThat(records).allSatisfy(r -> {
                assertThat(r.entry().caseId()).isNull();
                assertThat(r.entry().operator()).isEqualTo("mei");
                assertThat(r.entry().action()).isEqualTo("SETTING_CHANGED");
            });
            assertThat(ws.session.audit().verify().ok()).isTrue();
        }
    }

    @Test
    void anAgentCannotChangeSettingsAndBadValuesAreRefusedWithASentence() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir.resolve("ws"))) {
            assertThatThrownBy(() -> ws.session.settings().set(Actor.operator("lin", Role.AGENT),
                    "ruling.fourEyes", "true")).isInstanceOf(RefusedException.class)
                    .hasMessage("Only a supervisor can change settings.");
            assertThatThrownBy(() -> ws.session.settings().set(MEI, "deadline.evidenceHours", "0"))
                    .hasMessage("deadline.evidenceHours must be a whole number of hours from 1 to 8760 (a year) "
                            + "(was \"0\").");
            assertThatThrownBy(() -> ws.session.settings().set(MEI, "ui.theme", "pink"))
                    .hasMessage("ui.theme must be light or dark (was \"pink\").");
            assertThatThrownBy(() -> ws.session.settings().set(MEI, "deadline.lunchHours", "1"))
                    .hasMessageStartingWith("There is no setting named deadline.lunchHours; the settings are "
                            + "deadline.negotiationHours, ");
            assertThat(audit(ws)).isEmpty();
            assertThat(ws.session.settings().current()).isEqualTo(WorkspaceSettings.defaults());
        }
    }

    @Test
    void savingTheDialogsSettingsChangesEachDifferenceInOneTransaction() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir.resolve("ws"))) {
            WorkspaceSettings wanted = WorkspaceSettings.defaults().with(Key.LANGUAGE, "es").with(Key.THEME, "dark")
                    .with(Key.SUPERVISOR_AMOUNT_OVER, "100000");
            ws.session.settings().save(MEI, wanted);
            assertThat(ws.session.settings().current()).isEqualTo(wanted);
            assertThat(audit(ws)).hasSize(3);

            // one bad value refuses the whole save
            WorkspaceSettings bad = new WorkspaceSettings(new java.util.EnumMap<>(java.util.Map.of(
                    Key.THEME, "light", Key.MERCHANT_COMPLAINT_THRESHOLD, "-1")));
            assertThatThrownBy(() -> ws.session.settings().save(MEI, bad)).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("merchant.complaintThreshold must be");
            assertThat(ws.session.settings().current()).isEqualTo(wanted);
            assertThat(audit(ws)).hasSize(3);
        }
    }

    @Test
    void aNewSessionsWorkflowFollowsTheStoredSettings() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir.resolve("ws"))) {
            ws.session.settings().set(MEI, "deadline.firstReviewHours", "12");
            ws.session.settings().set(MEI, "ruling.fourEyes", "true");
            try (Session again = Session.withStoredSettings(Workspace.open(ws.dir), ws.clock, ZoneId.of("UTC"),
                    new Passwords(1000))) {
                WorkflowSettings w = again.cases().workflow().settings();
                assertThat(w.firstReview()).isEqualTo(Duration.ofHours(12));
                assertThat(w.fourEyes()).isTrue();
            }
        }
    }

    private static List<AuditRecord> audit(TestWorkspace ws) {
        List<AuditRecord> out = new ArrayList<>();
        ws.session.store().transaction(u -> {
            u.audit().forEach(out::add);
            return null;
        });
        return out;
    }
}
