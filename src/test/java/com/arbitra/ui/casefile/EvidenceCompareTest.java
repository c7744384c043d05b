package com.arbitra.ui.casefile;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.cli.Cli;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.Role;
import com.arbitra.support.TestWorkspace;
import com.arbitra.support.TestWorkspaces;
import com.arbitra.ui.ConsoleSteps;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the case file, a logistics item shows its carrier and tracking number; an evidence item's menu puts it beside another item in a window of its own, each
 * side a full viewer; the viewer offers to open the attachment with the desktop's program.
 */
@Tag("ui")
class EvidenceCompareTest extends FxRobot {

    static final String CASE = "MP-2026-0000123";

    @TempDir
    Path dir;
    TestWorkspace ws;
    javafx.application.Application app;
    final ConsoleSteps steps = new ConsoleSteps(this);

    @BeforeEach
    void workspace() throws Exception {
        ws = TestWorkspace.create(dir.resolve("ws"));
        ws.addOperator("lin", Role.AGENT);
        // the base bundle with its chat log beside it: two items with attachments
        Path bundle = dir.resolve("b");
        Files.createDirectories(bundle.resolve("evidence"));
        for (String f : new String[] {"plat-bundle.json", "evidence/chat-log.txt"}) {
            try (InputStream in = getClass().getResourceAsStream("/bundles/base/" + f)) {
                Files.copy(in, bundle.resolve(f));
            }
        }
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"import", "--workspace", ws.dir.toString(),
                        bundle.resolve("plat-bundle.json").toString()}, new TestWorkspaces(dir.resolve("home")),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(out), false);
        assertThat(code).as(out.toString()).isZero();
        app = ConsoleSteps.launch(ws.dir, ws.clock);
    }

    @AfterEach
    void close() throws Exception {
        ConsoleSteps.close(app);
        ws.close();
    }

    @Test
    void anItemsMenuShowsItBesideAnotherAndTheViewerOpensExternally() throws Exception {
        steps.signIn("lin");
        steps.open(CASE);
        TreeView<?> tree = lookup("#evidenceList").queryAs(TreeView.class);
        interact(() -> {
            TreeItem<?> item = find(tree.getRoot(), "e-1");
            ((javafx.scene.control.MultipleSelectionModel) tree.getSelectionModel()).select(item);
            tree.requestFocus();
        });
        // the image view is there from the start: wait until it shows the picture
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#attachmentImage").tryQuery()
                .map(n -> ((javafx.scene.image.ImageView) n).getImage() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        // the logistics item's carrier and tracking number, to copy
        assertThat(lookup("#evidenceDetails #logisticsTracking").queryAs(Label.class).getText())
                .isEqualTo("SF1234567890123");
        assertThat(lookup("#logisticsTrackingCopy").tryQuery()).isPresent();
        assertThat(lookup("#openExternally").query().isVisible()).as("wired to the desktop").isTrue();

        // the tree's own menu, as a right click or the menu key shows it (Monocle makes no menu events)
        interact(() -> tree.getContextMenu().show(tree, javafx.geometry.Side.RIGHT, 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        var items = tree.getContextMenu().getItems();
        assertThat(items).singleElement().extracting(javafx.scene.control.MenuItem::getText).asString()
                .startsWith("Compare side by side with Consumer · Communication record · ");
        interact(() -> {
            tree.getContextMenu().hide();
            items.get(0).fire();
        });
        steps.waitUntilShown("#compareView");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#compareLeft #attachmentName").tryQuery()
                .isPresent() && lookup("#compareRight #attachmentName").tryQuery().isPresent()
                && lookup("#compareRight #attachmentName").queryAs(Label.class).getText().contains("chat-log.txt"));
        assertThat(lookup("#compareLeft #attachmentName").queryAs(Label.class).getText()).contains("waybill.png");
        assertThat(lookup("#compareView").query().getScene().getWindow()).as("a window of its own")
                .isNotSameAs(tree.getScene().getWindow());
    }

    private static TreeItem<?> find(TreeItem<?> node, String evidenceId) {
        if (node.getValue() instanceof EvidenceItem e && e.evidenceId().equals(evidenceId)) {
            return node;
        }
        for (TreeItem<?> child : node.getChildren()) {
            TreeItem<?> found = find(child, evidenceId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
