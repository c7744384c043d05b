package com.arbitra.ui.queue;

import org.junit.jupiter.api.Tag;
import com.arbitra.domain.ports.QueueRow;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Role;
import com.arbitra.store.QueueQueries;
import com.arbitra.support.SampleCases;
import com.arbitra.support.Seen;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.PaneStage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The poller reloads the queue every two seconds: the operator's selection, focus and place in the
 * list stay where they were, even while other workstations claim cases above them. And what the rows
 * show of outside text cannot steer how they show.
 */
@Tag("ui")
class QueueReloadTest extends FxRobot {

    @TempDir
    Path dir;
    TestWorkspace ws;
    Actor wang;

    @BeforeEach
    void cases() throws Exception {
        ws = TestWorkspace.create(dir);
        ws.addOperator("lin", Role.AGENT);
        wang = ws.addOperator("wang", Role.AGENT).asActor();
        for (int i = 0; i < 150; i++) {
            ws.insert(SampleCases.waiting(String.format("MP-%03d", i)).toBuilder()
                    .dueAt(SampleCases.T0.plus(Duration.ofMinutes(i))).build());
        }
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        ws.close();
    }

    @Test
    void selectionFocusAndTopRowStayOverTenReloadsWhileOthersClaimCases() throws Exception {
        QueueViewModel vm = model();
        QueueView view = show(vm);
        TableView<?> table = lookup("#caseQueue").queryAs(TableView.class);
        interact(() -> {
            table.scrollTo(40);
            table.getSelectionModel().clearAndSelect(47);
            table.getFocusModel().focus(47);
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String top = topRow(table);
        assertThat(selected(table)).isEqualTo("MP-047");

        for (int i = 0; i < 10; i++) {
            // someone else claims a case above the selection: the row changes, the order does not
            String other = String.format("MP-%03d", 10 + i);
            ws.session.cases().claim(other, wang, Seen.version(ws.session.cases(), other));
            interact(view::reload);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(selected(table)).as("reload %d", i + 1).isEqualTo("MP-047");
            assertThat(((QueueRow) table.getFocusModel().getFocusedItem()).caseId()).isEqualTo("MP-047");
            assertThat(table.isFocused()).isTrue();
            assertThat(topRow(table)).as("the first row in view, reload %d", i + 1).isEqualTo(top);
        }
        assertThat(vm.rows()).filteredOn(r -> r.caseId().equals("MP-019")).singleElement()
                .extracting(QueueRow::assignee).as("the reloads did read the changes").isEqualTo("wang");
    }

    @Test
    void aCaseArrivingAboveTheSelectionWaitsUntilTheOperatorAsks() throws Exception {
        QueueView view = show();
        TableView<?> table = lookup("#caseQueue").queryAs(TableView.class);
        interact(() -> {
            table.getSelectionModel().clearAndSelect(3);
            table.requestFocus();
        });
        ws.insert(SampleCases.waiting("MP-EARLY").toBuilder().dueAt(SampleCases.T0.minus(Duration.ofHours(1))).build());

        interact(view::reload);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selected(table)).isEqualTo("MP-003");
        assertThat(((QueueRow) table.getItems().get(3)).caseId()).as("nothing moved under the pointer")
                .isEqualTo("MP-003");
        javafx.scene.control.Hyperlink changes = lookup("#queueChanged").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(changes.isVisible()).isTrue();
        assertThat(changes.getText()).startsWith("2 cases changed");

        clickOn(changes);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> ((QueueRow) table.getItems().get(0)).caseId().equals("MP-EARLY"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected(table)).as("the same case stays selected").isEqualTo("MP-003");
        assertThat(changes.isVisible()).isFalse();
    }

    @Test
    void aCountdownShowsItsDeadlineOnHover() throws Exception {
        show();
        javafx.scene.control.TableCell<?, ?> cell = lookup("#caseQueue .table-cell").match(
                (javafx.scene.control.TableCell<?, ?> c) -> c.getTooltip() != null).query();
        assertThat(cell.getText()).as("hours, minutes, seconds").matches("−?\\d+:\\d\\d:\\d\\d");
        assertThat(cell.getTooltip().getText()).as("the same formatter as every view")
                .startsWith(cell.getText().startsWith("−") ? "Overdue by" : "Due ").contains("2026");
    }

    @Test
    void theSearchRunsAsTheOperatorTypesAndSaysWhenNothingMatches() throws Exception {
        show();
        TableView<?> table = lookup("#caseQueue").queryAs(TableView.class);
        clickOn("#queueSearch").write("MP-14");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> table.getItems().size() == 10);
        assertThat(table.getItems()).extracting(r -> ((QueueRow) r).caseId()).allMatch(id -> id.startsWith("MP-14"));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> "10 cases".equals(lookup("#queueCount").queryAs(javafx.scene.control.Label.class).getText()));

        write("x");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        // the list is read from this thread: let the FX thread finish the change it is making
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText()).startsWith("No case matches “MP-14x”.");
    }

    @Test
    void aMerchantNameCannotReorderOrHideWhatTheRowShows() throws Exception {
        ws.insert(SampleCases.waiting("MP-BIDI").toBuilder()
                .merchant(new com.arbitra.domain.Merchant("m-9", "Tienda\u202eLtd\u001b[2J", null, null))
                .dueAt(SampleCases.T0.minus(Duration.ofHours(2))).build());
        show();

        javafx.scene.control.TableCell<?, ?> cell = lookup("#caseQueue .table-cell").match(
                (javafx.scene.control.TableCell<?, ?> c) -> c.getText() != null && c.getText().startsWith("Tienda"))
                .query();

        // the merchant above the product, the controls as visible escapes
        assertThat(cell.getText()).startsWith("Tienda\\u202eLtd\\u001b[2J · ");
    }

    /** Four markers on a row: the fourth goes below the first three, and the row keeps its height. */
    @Test
    void aRowWithFourMarkersShowsThemAllWithinItsColumnAndHeight() throws Exception {
        com.arbitra.domain.DisputeCase base = SampleCases.waiting("MP-FOUR");
        com.arbitra.domain.Complaint k = base.complaint();
        ws.insert(base.toBuilder().dueAt(SampleCases.T0.minus(Duration.ofHours(3)))
                .complaint(new com.arbitra.domain.Complaint(k.filedAt(), k.category(),
                        com.arbitra.domain.ProblemType.REFUND, k.description(), k.requestedRefund(), 3, List.of()))
                .intervention(new com.arbitra.domain.Intervention(SampleCases.T0,
                        com.arbitra.domain.InterventionTrigger.PROACTIVE, "watched merchant"))
                .flag(com.arbitra.domain.CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE).build());
        show();
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TableCell<?, ?> four = lookup("#caseQueue .table-cell").match(
                (javafx.scene.control.TableCell<?, ?> c) -> c.getGraphic() != null
                        && c.getGraphic().lookupAll(".queue-marker").size() == 4).query();
        javafx.scene.control.TableCell<?, ?> none = lookup("#caseQueue .table-cell").match(
                (javafx.scene.control.TableCell<?, ?> c) -> c.getTableColumn() == four.getTableColumn()
                        && c.getTableRow() != null && c.getTableRow().getItem() != null
                        && (c.getGraphic() == null || c.getGraphic().lookupAll(".queue-marker").size() < 4)).query();
        javafx.geometry.Bounds cell = four.localToScreen(four.getBoundsInLocal());
        for (javafx.scene.Node icon : four.getGraphic().lookupAll(".queue-marker")) {
            javafx.geometry.Bounds b = icon.localToScreen(icon.getBoundsInLocal());
            assertThat(b.getMaxX()).as("inside the column").isLessThanOrEqualTo(cell.getMaxX());
            assertThat(b.getMaxY()).as("inside the row").isLessThanOrEqualTo(cell.getMaxY());
        }
        assertThat(four.getHeight()).as("the same height as a row with fewer markers").isEqualTo(none.getHeight());
    }

    /** The queue as lin sees it. */
    private QueueViewModel model() {
        return new QueueViewModel(new QueueQueries(ws.session.workspace()), ws.session.cases(),
                ws.session.operators().all().get(0).asActor(), TaskRunner.direct(), new I18n(Locale.ENGLISH),
                ws.clock, ZoneOffset.UTC);
    }

    private QueueView show() throws Exception {
        return show(model());
    }

    /** The queue in a window, started. */
    private QueueView show(QueueViewModel vm) throws Exception {
        QueueView[] view = new QueueView[1];
        PaneStage.show(() -> {
            view[0] = new QueueView(vm, new I18n(Locale.ENGLISH), ws.clock, new Pane(), row -> { });
            return view[0].root();
        }, 1200, 600);
        interact(() -> view[0].start());
        return view[0];
    }

    private static String selected(TableView<?> table) {
        List<?> items = table.getSelectionModel().getSelectedItems();
        assertThat(items).hasSize(1);
        return ((QueueRow) items.get(0)).caseId();
    }

    private static String topRow(TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        return ((QueueRow) table.getItems().get(flow.getFirstVisibleCell().getIndex())).caseId();
    }
}
