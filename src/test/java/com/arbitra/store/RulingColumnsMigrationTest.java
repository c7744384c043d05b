package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.DISPUTE_CASE;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Ruling;
import com.arbitra.store.jooq.tables.records.DisputeCaseRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V10 fills the issued ruling's columns (added by V4, empty for cases saved before it) in a workspace
 * made by 0.1.0 at schema 2: each case's columns are then what saving it today would write.
 */
class RulingColumnsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void theColumnsOfCasesSavedBeforeV4AreFilledFromTheirBodies() throws Exception {
        com.arbitra.support.Fixtures.workspaceV2(dir);
        try (Workspace ws = Workspace.open(dir)) {
            List<DisputeCaseRecord> rows = ws.db().selectFrom(DISPUTE_CASE).fetch();
            long issued = 0;
            for (DisputeCaseRecord r : rows) {
                DisputeCase c = JooqCaseRepository.toDomain(r);
                Ruling ruling = c.issuedRuling().orElse(null);
                DisputeCaseRecord today = ws.db().newRecord(DISPUTE_CASE);
                JooqCaseRepository.fill(today, c);
                assertThat(r.getRulingIssuedAt()).as(c.caseId()).isEqualTo(today.getRulingIssuedAt());
                assertThat(r.getRulingIssuedBy()).as(c.caseId()).isEqualTo(today.getRulingIssuedBy());
                assertThat(r.getRulingProposedAt()).as(c.caseId()).isEqualTo(today.getRulingProposedAt());
                assertThat(r.getRulingProposedBy()).as(c.caseId()).isEqualTo(today.getRulingProposedBy());
                assertThat(r.getRulingResponsibility()).as(c.caseId()).isEqualTo(today.getRulingResponsibility());
                assertThat(r.getRulingRemedy()).as(c.caseId()).isEqualTo(today.getRulingRemedy());
                if (ruling != null) {
                    issued++;
                    assertThat(r.getRulingIssuedAt()).isNotNull();
                    assertThat(r.getRulingRemedy()).isEqualTo(ruling.remedy().name());
                }
            }
            assertThat(rows).hasSize(42);
            assertThat(issued).as("the fixture holds issued rulings").isGreaterThan(3);
        }
    }
}
