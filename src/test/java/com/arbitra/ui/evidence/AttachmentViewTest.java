package com.arbitra.ui.evidence;

import org.junit.jupiter.api.Tag;
import com.arbitra.ui.PaneStage;
import static com.arbitra.ui.evidence.Samples.CALL_NOTES_TXT;
import static com.arbitra.ui.evidence.Samples.CRACK_JPG;
import static com.arbitra.ui.evidence.Samples.POLICY_PDF;
import static com.arbitra.ui.evidence.Samples.WAYBILL_PNG;
import static com.arbitra.ui.evidence.Samples.attachment;
import static com.arbitra.ui.PaneStage.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import java.util.Arrays;
import java.util.Locale;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The viewer in a real headless window, driven with the mouse and keyboard, on the sample files. */
@Tag("ui")
class AttachmentViewTest extends FxRobot {

    final I18n english = new I18n(Locale.ENGLISH);
    AttachmentView view;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void anImageZoomsRotatesAndAnswersTheKeyboard() throws Exception {
        open(WAYBILL_PNG);
        ImageView image = lookup("#attachmentImage").queryAs(ImageView.class);
        waitUntil(() -> image.getImage() != null);
        assertThat(text("#attachmentName")).isEqualTo("waybill.png");
        assertThat(text("#attachmentMeta")).isEqualTo("image/png · 53.6 KB");
        assertThat(text("#hashBadge")).isEqualTo("SHA-256 matches");
        assertThat(image.getScaleX()).as("fitted into the window").isLessThan(1.0);

        clickOn("#zoom100");
        assertThat(image.getScaleX()).isEqualTo(1.0);
        assertThat(text("#zoomLevel")).isEqualTo("100%");
        clickOn("#zoomIn");
        assertThat(image.getScaleX()).isEqualTo(1.1);
        assertThat(image.getScaleY()).isEqualTo(1.1);
        clickOn("#rotate");
        assertThat(image.getRotate()).isEqualTo(90);

        clickOn("#attachmentScroll");
        type(KeyCode.R);
        assertThat(image.getRotate()).isEqualTo(180);
        type(KeyCode.MINUS);
        assertThat(image.getScaleX()).isEqualTo(1.0);
        type(KeyCode.DIGIT0);
        assertThat(view.viewModel().fit().get()).isTrue();
        assertThat(image.getScaleX()).isLessThan(1.0);
    }

    @Test
    void anImageZoomsWithTheWheelAndPansByDragging() throws Exception {
        open(WAYBILL_PNG);
        ImageView image = lookup("#attachmentImage").queryAs(ImageView.class);
        waitUntil(() -> image.getImage() != null);
        double fitted = image.getScaleX();

        // Monocle's robot turns "up" into a negative delta, a real wheel into a positive one: only check a change
        moveTo("#attachmentScroll").scroll(2, VerticalDirection.UP);
        waitUntil(() -> image.getScaleX() != fitted);
        assertThat(view.viewModel().fit().get()).isFalse();
        clickOn("#zoom100");
        repeat(4, () -> clickOn("#zoomIn"));
        ScrollPane scroller = lookup("#attachmentScroll").queryAs(ScrollPane.class);
        double before = scroller.getHvalue();
        drag("#attachmentScroll").dropBy(-150, -100);
        assertThat(scroller.getHvalue()).as("dragging left shows more of the right").isGreaterThan(before);
    }

    @Test
    void aPdfPagesForwardWithTheButtonAndTheKeys() throws Exception {
        open(POLICY_PDF);
        ImageView page = lookup("#attachmentImage").queryAs(ImageView.class);
        waitUntil(() -> page.getImage() != null && text("#pdfPage").equals("Page 1 of 3"));
        assertThat(lookup("#pdfPrevious").queryAs(Button.class).isDisabled()).isTrue();

        clickOn("#pdfNext");
        waitUntil(() -> text("#pdfPage").equals("Page 2 of 3"));
        clickOn("#attachmentScroll");
        type(KeyCode.PAGE_DOWN);
        waitUntil(() -> text("#pdfPage").equals("Page 3 of 3"));
        assertThat(lookup("#pdfNext").queryAs(Button.class).isDisabled()).isTrue();
        type(KeyCode.PAGE_UP);
        waitUntil(() -> text("#pdfPage").equals("Page 2 of 3"));
        assertThat(page.getImage()).isNotNull();
    }

    @Test
    void aTextIsSearchedWithEnterAndF3() throws Exception {
        open(CALL_NOTES_TXT);
        TextArea area = lookup("#attachmentText").queryAs(TextArea.class);
        waitUntil(() -> area.isVisible() && !area.getText().isEmpty());

        clickOn("#textSearch").write("parcel");
        waitUntil(() -> text("#searchCount").equals("1 of 4"));
        assertThat(area.getSelection()).isEqualTo(new IndexRange(391, 397));
        type(KeyCode.ENTER);
        waitUntil(() -> text("#searchCount").equals("2 of 4"));
        assertThat(area.getSelectedText()).isEqualToIgnoringCase("parcel");
        type(KeyCode.F3);
        waitUntil(() -> text("#searchCount").equals("3 of 4"));
        press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        waitUntil(() -> text("#searchCount").equals("2 of 4"));
        assertThat(area.getSelection()).isEqualTo(new IndexRange(427, 433));
    }

    @Test
    void comparedSideBySideAnAlteredFileIsFlagged() throws Exception {
        AttachmentLoader alteringTheJpeg = a -> {
            byte[] bytes = Samples.read(a.attachmentId());
            return AttachmentContent.unchecked(a, a.attachmentId().equals(CRACK_JPG)
                    ? Arrays.copyOf(bytes, bytes.length + 1) : bytes);
        };
        CompareView[] compare = new CompareView[1];
        PaneStage.show(() -> {
            compare[0] = new CompareView(alteringTheJpeg, TaskRunner.fx(), english);
            return compare[0].root();
        }, 1200, 700);
        interact(() -> compare[0].compare(attachment(WAYBILL_PNG), attachment(CRACK_JPG)));

        waitUntil(() -> lookup("#compareRight #hashBadge").queryAs(Label.class).isVisible()
                && lookup("#compareLeft #hashBadge").queryAs(Label.class).isVisible());
        assertThat(text("#compareLeft #hashBadge")).isEqualTo("SHA-256 matches");
        assertThat(text("#compareRight #hashBadge"))
                .isEqualTo("SHA-256 does not match — the file may have been altered");

        clickOn("#compareRight #zoomIn");
        assertThat(compare[0].right().viewModel().fit().get()).isFalse();
        assertThat(compare[0].left().viewModel().fit().get()).as("each side zooms on its own").isTrue();
    }

    private void open(String sample) throws Exception {
        PaneStage.show(() -> {
            view = new AttachmentView(Samples.LOADER, TaskRunner.fx(), english);
            return view.root();
        }, 800, 600);
        interact(() -> view.show(attachment(sample)));
    }

    private static void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
