package com.arbitra.ui.evidence;

import com.arbitra.ui.PaneStage;
import static com.arbitra.ui.evidence.Samples.CALL_NOTES_TXT;
import static com.arbitra.ui.evidence.Samples.CRACK_JPG;
import static com.arbitra.ui.evidence.Samples.POLICY_PDF;
import static com.arbitra.ui.evidence.Samples.WAYBILL_PNG;
import static com.arbitra.ui.evidence.Samples.attachment;
import static com.arbitra.ui.PaneStage.waitUntil;

import com.arbitra.domain.Attachment;
import com.arbitra.domain.Logistics;
import com.arbitra.domain.Money;
import com.arbitra.domain.PaymentDetails;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.evidence.AttachmentViewModel.State;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Pictures of the viewer in each language, for a person to look at:
 * {@code -Devidence.shots=/tmp/evidence-shots}. Not run otherwise.
 */
@EnabledIfSystemProperty(named = "evidence.shots", matches = ".+")
class EvidenceScreenshots extends FxRobot {

    /** A Chinese text export with columns. */
    static final String LEARNING_RECORD_TXT = "MP-2026-0000104/learning-record.txt";

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "zh-CN"})
    void viewer(String language) throws Exception {
        I18n i18n = new I18n(Locale.forLanguageTag(language));
        String prefix = language.substring(0, 2) + "-";
        shoot(prefix + "image.png", i18n, Samples.LOADER, attachment(WAYBILL_PNG), v -> { });
        shoot(prefix + "pdf.png", i18n, Samples.LOADER, attachment(POLICY_PDF), v -> v.viewModel().nextPage());
        boolean chinese = language.startsWith("zh");
        shoot(prefix + "text.png", i18n, Samples.LOADER, attachment(chinese ? LEARNING_RECORD_TXT : CALL_NOTES_TXT),
                v -> v.viewModel().query().set(chinese ? "课程" : "parcel"));
        Attachment waybill = attachment(WAYBILL_PNG);
        shoot(prefix + "unsupported.png", i18n, Samples.LOADER, new Attachment(WAYBILL_PNG, "scans.zip",
                "application/zip", 2_345_678, waybill.sha256()), v -> { });
        compare(prefix + "compare.png", i18n);
    }

    private void shoot(String file, I18n i18n, AttachmentLoader loader, Attachment a,
                       Consumer<AttachmentView> then) throws Exception {
        AttachmentView[] view = new AttachmentView[1];
        Scene scene = PaneStage.show(() -> {
            view[0] = new AttachmentView(loader, TaskRunner.fx(), i18n);
            view[0].setOnOpenExternally(path -> { });
            return view[0].root();
        }, 1000, 700);
        interact(() -> view[0].show(a));
        waitUntil(() -> settled(view[0]));
        ImageView image = (ImageView) view[0].root().lookup("#attachmentImage");
        Image before = image.getImage();
        BufferedImage picture = view[0].viewModel().picture().get();
        interact(() -> then.accept(view[0]));
        // a new PDF page is rendered and converted in the background: wait until it replaces the old one
        waitUntil(() -> settled(view[0])
                && (view[0].viewModel().picture().get() == picture || image.getImage() != before));
        write(scene, file);
    }

    private void compare(String file, I18n i18n) throws Exception {
        AttachmentLoader alteringTheJpeg = a -> {
            byte[] bytes = Samples.read(a.attachmentId());
            return AttachmentContent.unchecked(a, a.attachmentId().equals(CRACK_JPG)
                    ? Arrays.copyOf(bytes, bytes.length + 1) : bytes);
        };
        CompareView[] compare = new CompareView[1];
        Scene scene = PaneStage.show(() -> {
            compare[0] = new CompareView(alteringTheJpeg, TaskRunner.fx(), i18n);
            HBox cards = new HBox(12, new LogisticsCard(new Logistics("SF Express", "SF1458203367712"), i18n).root(),
                    new PaymentCard(new PaymentDetails("RF-2026-1114-0032", null, "TR-88120045",
                            Money.of(268800, "CNY")), i18n).root(),
                    new PaymentCard(new PaymentDetails(null, null, null, null), i18n).root());
            cards.setStyle("-fx-padding: 12");
            BorderPane root = new BorderPane(compare[0].root());
            root.setBottom(cards);
            return root;
        }, 1400, 860);
        interact(() -> compare[0].compare(attachment(WAYBILL_PNG), attachment(CRACK_JPG)));
        waitUntil(() -> settled(compare[0].left()) && settled(compare[0].right()));
        write(scene, file);
    }

    private static boolean settled(AttachmentView view) {
        State s = view.viewModel().state().get();
        ImageView image = (ImageView) view.root().lookup("#attachmentImage");
        boolean pictureShown = (s != State.IMAGE && s != State.PDF) || image.getImage() != null;
        return s != State.LOADING && s != State.EMPTY && pictureShown;
    }

    private void write(Scene scene, String file) throws Exception {
        Path dir = Path.of(System.getProperty("evidence.shots"));
        Files.createDirectories(dir);
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", dir.resolve(file).toFile());
    }
}
