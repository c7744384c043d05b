package com.arbitra.ui.merchants;

import com.arbitra.domain.ports.MerchantStats;

import com.arbitra.support.Seen;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.InterventionTrigger;
import com.arbitra.domain.Merchant;
import com.arbitra.domain.Role;
import com.arbitra.store.MerchantQueries;
import com.arbitra.store.QueueQueries;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Merchants view model on a real workspace, without the toolkit. */
class MerchantsViewModelTest {

    @TempDir
    Path dir;
    TestWorkspace ws;
    Actor lin;
    Actor chen;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
        lin = ws.addOperator("lin", Role.AGENT).asActor();
        chen = ws.addOperator("chen", Role.SUPERVISOR).asActor();
        for (int i = 1; i <= 3; i++) {
            ws.insert(SampleCases.waiting("MP-" + i));
        }
        ws.insert(SampleCases.waiting("Q-1").toBuilder().merchant(new Merchant("m-q", "Quiet", null, null)).build());
        // the complaints were filed the day before T0: in the window once it is a day long or more
        ws.clock.advance(Duration.ofHours(1));
        ws.session.cases().claim("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"));
        ws.session.cases().claim("MP-2", lin, Seen.version(ws.session.cases(), "MP-2"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private MerchantsViewModel vm(Actor who) {
        return new MerchantsViewModel(new MerchantQueries(ws.session.workspace()),
                new QueueQueries(ws.session.workspace()), ws.session.cases(), who, TaskRunner.direct(),
                new I18n(Locale.ENGLISH), ws.clock, ws.session.settings()::current);
    }

    @Test
    void merchantsAboveTheThresholdAreMarkedAndTheWindowCounts() {
        MerchantsViewModel vm = vm(chen);
        vm.choose(Duration.ofDays(7), 3);

        assertThat(vm.rows()).extracting(MerchantStats::merchantId).containsExactly("1900012345", "m-q");
        assertThat(vm.rows().get(0).aboveThreshold()).isTrue();
        assertThat(vm.rows().get(1).aboveThreshold()).isFalse();

        vm.choose(Duration.ofHours(2), 3);
        assertThat(vm.rows()).allSatisfy(m -> assertThat(m.openInWindow()).isZero());
    }

    @Test
    void aSupervisorOpensAnInterventionForTheChosenCasesOnly() {
        MerchantsViewModel vm = vm(chen);
        vm.reload();
        vm.selected().set(vm.rows().get(0));
        assertThat(vm.openCases()).hasSize(3);
        assertThat(vm.missing().get()).isEqualTo("Choose the cases to move.");

        vm.chooseAll(true);
        assertThat(vm.chosenIds()).as("a waiting case cannot be moved again").containsExactly("MP-1", "MP-2");
        assertThat(vm.missing().get()).isEqualTo("Give a reason.");
        vm.reason().set("Thirty complaints since this morning");
        assertThat(vm.missing().get()).isEmpty();
        assertThat(vm.confirmation()).isEqualTo("Move 2 case(s) of 广州某某商贸有限公司 to \"intervention requested\""
                + " (proactive)? Each move is audited and exported.");

        vm.intervene();

        assertThat(vm.status().get()).isEqualTo("Proactive intervention opened for 2 case(s).");
        assertThat(vm.error().get()).isEmpty();
        for (String id : new String[] {"MP-1", "MP-2"}) {
            var c = ws.session.cases().find(id).orElseThrow();
            assertThat(c.state()).isEqualTo(CaseState.INTERVENTION_REQUESTED);
            assertThat(c.intervention().trigger()).isEqualTo(InterventionTrigger.PROACTIVE);
        }
        assertThat(vm.openCases()).extracting(c -> c.chosen().get()).containsOnly(false);
    }

    @Test
    void theStoredThresholdFlagsTheMerchantAndAChangeTakesEffectAtTheNextReload() {
        MerchantsViewModel vm = vm(chen);
        ws.session.settings().set(chen, "merchant.windowHours", "48");
        vm.reload();
        assertThat(vm.threshold().get()).as("the default").isEqualTo(10);
        assertThat(vm.rows().get(0).aboveThreshold()).isFalse();

        ws.session.settings().set(chen, "merchant.complaintThreshold", "3");
        vm.reload();

        assertThat(vm.threshold().get()).isEqualTo(3);
        assertThat(vm.rows().get(0).aboveThreshold()).isTrue();
        vm.selected().set(vm.rows().get(0));
        assertThat(vm.suggestion().get()).isEqualTo("广州某某商贸有限公司 has 3 open complaints filed in the last "
                + "48 hours (flagged from 3): consider a proactive intervention for its 2 open case(s).");
        assertThat(vm.rows().get(1).aboveThreshold()).isFalse();
    }

    @Test
    void theStoredWindowDecidesWhichComplaintsCount() {
        MerchantsViewModel vm = vm(chen);
        ws.session.settings().set(chen, "merchant.complaintThreshold", "3");
        // the complaints were filed 25 and a half hours before now
        ws.session.settings().set(chen, "merchant.windowHours", "12");
        vm.reload();
        assertThat(vm.window().get()).isEqualTo(Duration.ofHours(12));
        assertThat(vm.windowText(vm.window().get())).isEqualTo("12 hours");
        assertThat(vm.rows()).allSatisfy(m -> assertThat(m.openInWindow()).isZero());

        ws.session.settings().set(chen, "merchant.windowHours", "48");
        vm.reload();
        assertThat(vm.rows().get(0).openInWindow()).isEqualTo(3);
        assertThat(vm.rows().get(0).aboveThreshold()).isTrue();
    }

    @Test
    void theOperatorsOwnChoiceInTheViewWinsOverTheSettings() {
        MerchantsViewModel vm = vm(chen);
        vm.choose(Duration.ofDays(7), 2);
        ws.session.settings().set(chen, "merchant.complaintThreshold", "50");
        vm.reload();

        assertThat(vm.threshold().get()).isEqualTo(2);
        assertThat(vm.rows().get(0).aboveThreshold()).isTrue();
    }

    @Test
    void anAgentSeesTheFiguresButCannotIntervene() {
        MerchantsViewModel vm = vm(lin);
        vm.reload();
        vm.selected().set(vm.rows().get(0));
        vm.chooseAll(true);
        vm.reason().set("Let me");

        assertThat(vm.missing().get()).isEqualTo("Only a supervisor can open a proactive intervention.");
        vm.intervene();
        assertThat(ws.session.cases().find("MP-1").orElseThrow().state()).isEqualTo(CaseState.UNDER_REVIEW);
    }
}
