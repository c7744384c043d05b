package com.arbitra.ui.merchants;

import org.junit.jupiter.api.Tag;
import com.arbitra.support.Seen;
import static com.arbitra.ui.PaneStage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Merchant;
import com.arbitra.domain.Role;
import com.arbitra.store.MerchantQueries;
import com.arbitra.store.QueueQueries;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.PaneStage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;

/** A supervisor spots a merchant above the threshold and opens a proactive intervention, in a real window. */
@Tag("ui")
class MerchantsViewTest extends FxRobot {

    @TempDir
    Path dir;
    TestWorkspace ws;
    Actor chen;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
        Actor lin = ws.addOperator("lin", Role.AGENT).asActor();
        chen = ws.addOperator("chen", Role.SUPERVISOR).asActor();
        for (int i = 1; i <= 3; i++) {
            ws.insert(SampleCases.waiting("MP-" + i));
        }
        ws.insert(SampleCases.waiting("Q-1").toBuilder().merchant(new Merchant("m-q", "Quiet", null, null)).build());
        ws.session.cases().claim("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"));
        ws.session.cases().claim("MP-2", lin, Seen.version(ws.session.cases(), "MP-2"));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        ws.close();
    }

    @Test
    void theBusyMerchantIsHighlightedAndItsChosenCasesMoveInOneStep() throws Exception {
        MerchantsViewModel vm = new MerchantsViewModel(new MerchantQueries(ws.session.workspace()),
                new QueueQueries(ws.session.workspace()), ws.session.cases(), chen, TaskRunner.fx(),
                new I18n(Locale.ENGLISH), ws.clock, ws.session.settings()::current);
        vm.choose(Duration.ofDays(7), 3);
        MerchantsView[] view = new MerchantsView[1];
        PaneStage.show(() -> {
            view[0] = new MerchantsView(vm, new I18n(Locale.ENGLISH));
            return view[0].root();
        }, 1200, 760);
        view[0].start();
        TableView<?> merchants = lookup("#merchantTable").queryAs(TableView.class);
        waitUntil(() -> merchants.getItems().size() == 2);

        // the rows on screen by their merchant (the table keeps spare row cells around)
        Node busy = row("1900012345");
        assertThat(busy.getStyleClass()).contains("above-threshold");
        assertThat(row("m-q").getStyleClass()).doesNotContain("above-threshold");
        assertThat(lookup("#openIntervention").queryAs(Button.class).isDisabled()).isTrue();

        clickOn(busy);
        waitUntil(() -> lookup("#merchantCases").queryAs(TableView.class).getItems().size() == 3);
        assertThat(lookup("#merchantSuggestion").queryAs(Label.class).getText())
                .startsWith("广州某某商贸有限公司 has 3 open complaints filed in the last 7 days");
        assertThat(lookup("#merchantCasesTitle").queryAs(Label.class).getText())
                .isEqualTo("Open cases of 广州某某商贸有限公司");
        clickOn("#chooseAllCases");
        assertThat(lookup("#interventionMissing").queryAs(Label.class).getText()).isEqualTo("Give a reason.");
        clickOn("#interventionReason").write("Thirty complaints since this morning");
        clickOn("#openIntervention");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText()).startsWith("Move 2 case(s) of");
        clickOn(lookup(".dialog-pane .button").match(LabeledMatchers.hasText("OK")).queryAs(Node.class));

        waitUntil(() -> lookup("#merchantsStatus").queryAs(Label.class).getText()
                .equals("Proactive intervention opened for 2 case(s)."));
        assertThat(ws.session.cases().find("MP-1").orElseThrow().state()).isEqualTo(CaseState.INTERVENTION_REQUESTED);
        assertThat(ws.session.cases().find("MP-2").orElseThrow().state()).isEqualTo(CaseState.INTERVENTION_REQUESTED);
        assertThat(ws.session.audit().verify().ok()).isTrue();
    }

    private javafx.scene.control.TableRow<?> row(String merchantId) {
        return lookup("#merchantTable .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getItem() instanceof com.arbitra.domain.ports.MerchantStats m
                        && m.merchantId().equals(merchantId))
                .findFirst().orElseThrow();
    }
}
