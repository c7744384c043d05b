package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Money;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Party;
import com.arbitra.domain.Passwords;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.support.SampleCases;
import com.arbitra.support.Seen;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server, not the console, holds operators to their role on a team workspace: each operator has
 * a login of their own in their role's group; with an agent's login a plain SQL client cannot issue a
 * ruling, cannot move a case where the state table does not go, cannot change settings or operators,
 * and nobody but the owner can rewrite or delete audit records. The console's own work still runs
 * under those logins.
 */
class TeamRolesTest {

    @TempDir
    Path dir;
    TestWorkspace owner;
    String database;

    @BeforeEach
    void team() throws Exception {
        owner = TestWorkspace.create(dir.resolve("owner"), WorkspaceKind.LIVE, Workspace.Engine.POSTGRES);
        owner.addOperator("lin", Role.AGENT);
        owner.addOperator("mei", Role.SUPERVISOR);
        owner.insert(SampleCases.waiting("MP-1"));
        owner.insert(SampleCases.waiting("MP-2").toBuilder().state(CaseState.PENDING_APPROVAL).build());
        try (Connection c = owner.jdbc(); Statement st = c.createStatement(); var rs = st.executeQuery(
                "SELECT current_database()")) {
            rs.next();
            database = rs.getString(1);
        }
    }

    @AfterEach
    void close() {
        owner.close();
    }

    @Test
    void eachOperatorHasALoginInTheGroupOfTheirRole() throws Exception {
        try (Connection c = owner.jdbc(); var ps = c.prepareStatement(
                "SELECT pg_has_role(?, ?, 'MEMBER'), pg_has_role(?, ?, 'MEMBER'), r.rolcanlogin, "
                        + "r.rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid r WHERE r.rolname = ?")) {
            ps.setString(1, login("lin"));
            ps.setString(2, TeamRoles.group(database, Role.AGENT));
            ps.setString(3, login("lin"));
            ps.setString(4, TeamRoles.group(database, Role.SUPERVISOR));
            ps.setString(5, login("lin"));
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).as("an agent").isTrue();
                assertThat(rs.getBoolean(2)).as("not a supervisor").isFalse();
                assertThat(rs.getBoolean(3)).as("may log in").isTrue();
                assertThat(rs.getBoolean(4)).as("a SCRAM verifier, never the password").isTrue();
            }
        }
    }

    @Test
    void anAgentsLoginCannotIssueSkipTheTableOrTouchSettingsOperatorsAndTheAudit() throws Exception {
        try (Connection agent = as("lin"); Statement st = agent.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE dispute_case SET state = 'AWAITING_FULFILMENT' "
                    + "WHERE case_id = 'MP-2'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("may not move case MP-2 from PENDING_APPROVAL to AWAITING_FULFILMENT")
                    .hasMessageContaining("supervisor");
            assertThatThrownBy(() -> st.executeUpdate("UPDATE dispute_case SET state = 'APPEALED' "
                    + "WHERE case_id = 'MP-1'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("the state table has no move from INTERVENTION_REQUESTED to APPEALED");
            assertThat(st.executeUpdate("UPDATE dispute_case SET complaint_count = complaint_count WHERE case_id = 'MP-1'"))
                    .as("rows an agent's commands write stay writable").isEqualTo(1);
            for (String sql : List.of(
                    "INSERT INTO setting (id, text, updated_at, updated_by) VALUES ('ruling.fourEyes', 'false', now(), 'lin')",
                    "UPDATE operator SET role = 'SUPERVISOR' WHERE username = 'lin'",
                    "UPDATE audit_record SET details = 'nothing happened'",
                    "DELETE FROM audit_record",
                    "DELETE FROM dispute_case",
                    // attachment bytes are evidence: written by imports, never changed or removed
                    "DELETE FROM blob_part",
                    "UPDATE blob_part SET data = data",
                    "CREATE ROLE mallory LOGIN")) {
                assertThatThrownBy(() -> st.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
        try (Connection supervisor = as("mei"); Statement st = supervisor.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_record")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.executeUpdate("UPDATE dispute_case SET state = 'APPEALED' WHERE case_id = 'MP-1'"))
                    .as("not even a supervisor leaves the table").isInstanceOf(SQLException.class)
                    .hasMessageContaining("no move from INTERVENTION_REQUESTED to APPEALED");
        }
    }

    @Test
    void workstationsSignedInAsTheirOperatorsWorkACaseThroughToItsRuling() throws Exception {
        try (Session agentDesk = desk("lin-desk", "lin"); Session supervisorDesk = desk("mei-desk", "mei")) {
            Actor lin = new Actor("lin", Role.AGENT);
            Actor mei = new Actor("mei", Role.SUPERVISOR);
            agentDesk.cases().claim("MP-1", lin, Seen.version(agentDesk.cases(), "MP-1"));
            agentDesk.cases().addNote("MP-1", lin, Seen.version(agentDesk.cases(), "MP-1"), "The waybill is late.");
            agentDesk.cases().proposeRuling("MP-1", lin, Seen.version(agentDesk.cases(), "MP-1"), refund());
            assertThatThrownBy(() -> agentDesk.cases().issueRuling("MP-1", mei,
                    Seen.version(agentDesk.cases(), "MP-1"), null))
                    .as("a console that claims to be a supervisor on an agent's login").hasStackTraceContaining(
                            "may not move case MP-1 from PENDING_APPROVAL");
            supervisorDesk.cases().issueRuling("MP-1", mei, Seen.version(supervisorDesk.cases(), "MP-1"), null);
            assertThat(owner.session.cases().find("MP-1").orElseThrow().state()).isEqualTo(CaseState.AWAITING_FULFILMENT);
            assertThat(owner.session.audit().verify().ok()).isTrue();
        }
    }

    @Test
    void signingInMovesTheWorkstationOntoTheOperatorsOwnLogin() throws Exception {
        try (Session desk = desk("shared-desk", null)) {
            assertThat(currentUser(desk)).isEqualTo("postgres");
            desk.operators().signIn("lin", TestWorkspace.PASSWORD.clone());
            assertThat(currentUser(desk)).as("every later connection").isEqualTo(login("lin"));
            assertThatThrownBy(() -> desk.cases().issueRuling("MP-2", new Actor("mei", Role.SUPERVISOR),
                    Seen.version(desk.cases(), "MP-2"), refund()))
                    .hasStackTraceContaining("may not move case MP-2 from PENDING_APPROVAL");
        }
    }

    private static String currentUser(Session desk) {
        return desk.workspace().db().fetchValue("SELECT current_user").toString();
    }

    private String login(String operator) {
        return TeamRoles.login(database, operator);
    }

    private Connection as(String operator) throws Exception {
        return DriverManager.getConnection(TeamDescriptor.read(dir.resolve("owner")).url(), login(operator),
                new String(TestWorkspace.PASSWORD));
    }

    private Session desk(String folder, String operator) throws Exception {
        TeamDescriptor server = new TeamDescriptor(TeamDescriptor.read(dir.resolve("owner")).url(),
                operator == null ? TeamDescriptor.read(dir.resolve("owner")).user() : login(operator));
        return new Session(Workspace.createTeam(dir.resolve(folder), server, WorkspaceKind.LIVE), owner.clock,
                WorkflowSettings.defaults().withZone(ZoneId.of("Asia/Shanghai")), new Passwords(1_000));
    }

    private static Ruling refund() {
        return new Ruling(null, Responsibility.MERCHANT, Remedy.FULL_REFUND, Money.of(12900, "CNY"),
                List.of("GOODS_DAMAGED"), List.of("e-1"), "The merchant's own waybill shows the parcel left two days "
                + "late and the consumer's photos show the seal broken; the merchant refunds the order.", false,
                List.of(new Obligation(Party.MERCHANT, "REFUND", null)), List.of(), null, null, null, null, null, null,
                null);
    }
}
