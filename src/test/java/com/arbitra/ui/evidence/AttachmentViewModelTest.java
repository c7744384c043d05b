package com.arbitra.ui.evidence;

import static com.arbitra.ui.evidence.Samples.CALL_NOTES_TXT;
import static com.arbitra.ui.evidence.Samples.LOADER;
import static com.arbitra.ui.evidence.Samples.POLICY_PDF;
import static com.arbitra.ui.evidence.Samples.WAYBILL_PNG;
import static com.arbitra.ui.evidence.Samples.attachment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.arbitra.domain.Attachment;
import com.arbitra.domain.Money;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.evidence.AttachmentViewModel.Match;
import com.arbitra.ui.evidence.AttachmentViewModel.State;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The viewer's logic on the real sample files, without the toolkit: everything runs on the test thread. */
class AttachmentViewModelTest {

    /** The SHA-256 the sample bundle records for {@link Samples#WAYBILL_PNG}. */
    static final String WAYBILL_SHA256 = "367d265a6924ec38f9d7f60fa7b02a61a5e832f37abedff2054c25dd725aef2c";

    final I18n english = new I18n(Locale.ENGLISH);

    AttachmentViewModel viewModel(AttachmentLoader loader) {
        return new AttachmentViewModel(loader, TaskRunner.direct(), english);
    }

    @Test
    void anImageIsShownWithItsSizeAndItsRecordedHashMatches() {
        AttachmentViewModel vm = viewModel(LOADER);
        Attachment waybill = new Attachment(WAYBILL_PNG, "waybill.png", "image/png", 54873, WAYBILL_SHA256);

        vm.load(waybill);

        assertThat(vm.state().get()).isEqualTo(State.IMAGE);
        assertThat(vm.picture().get().getWidth()).isEqualTo(820);
        assertThat(vm.picture().get().getHeight()).isEqualTo(600);
        assertThat(vm.contentWidth().get()).isEqualTo(820);
        assertThat(vm.hashMatches().get()).isTrue();
        assertThat(vm.message().get()).isEmpty();
    }

    /** Issue 18: a WeChat Pay media URL that was not retrieved is said so, and never asked of the loader. */
    @Test
    void aReferenceIsShownAsNotRetrievedWithItsUrlAndNothingIsLoaded() {
        java.util.List<Attachment> asked = new java.util.ArrayList<>();
        AttachmentViewModel vm = viewModel(a -> {
            asked.add(a);
            return LOADER.load(a);
        });
        String url = "https://api.mch.weixin.qq.com/v3/merchant-service/images/waybill-SF1402";

        vm.load(Attachment.reference("wxp-1", "waybill-SF1402", "image/*", url));

        assertThat(vm.state().get()).isEqualTo(State.NOT_RETRIEVED);
        assertThat(vm.message().get()).startsWith("Not retrieved: the platform keeps this file (image/*)")
                .contains("merchant\u2019s API key").endsWith(url);
        assertThat(asked).isEmpty();
    }

    @Test
    void zoomFitsStepsAndStopsAtTenAndEightHundredPercent() {
        AttachmentViewModel vm = viewModel(LOADER);
        vm.load(attachment(WAYBILL_PNG));
        vm.setViewport(410, 600);
        assertThat(vm.fit().get()).isTrue();
        assertThat(vm.scale().get()).isEqualTo(0.5);

        vm.zoomIn();
        assertThat(vm.scale().get()).isEqualTo(0.67);
        assertThat(vm.fit().get()).isFalse();
        vm.zoomOut();
        vm.zoomOut();
        assertThat(vm.scale().get()).isEqualTo(0.33);
        vm.zoomToActualSize();
        assertThat(vm.scale().get()).isEqualTo(1.0);
        vm.zoomIn();
        assertThat(vm.scale().get()).isEqualTo(1.1);

        repeat(30, vm::zoomIn);
        assertThat(vm.scale().get()).isEqualTo(8.0);
        repeat(30, vm::zoomOut);
        assertThat(vm.scale().get()).isEqualTo(0.1);

        vm.zoomToFit();
        assertThat(vm.scale().get()).isEqualTo(0.5);
        vm.setViewport(5000, 5000);
        assertThat(vm.scale().get()).as("fit does not enlarge past 100 %").isEqualTo(1.0);
        vm.setViewport(20, 20);
        assertThat(vm.scale().get()).as("nor shrink below 10 %").isEqualTo(0.1);
    }

    @Test
    void rotationCyclesByQuarterTurnsAndFitUsesTheTurnedSize() {
        AttachmentViewModel vm = viewModel(LOADER);
        vm.load(attachment(WAYBILL_PNG));
        vm.setViewport(600, 410);
        double upright = vm.scale().get();
        assertThat(upright).isCloseTo(410 / 600.0, within(1e-9));

        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            vm.rotate();
            seen.add(vm.rotation().get());
            if (vm.rotation().get() == 90) {
                assertThat(vm.scale().get()).as("820 wide on its side in 410").isEqualTo(0.5);
            }
        }
        assertThat(seen).containsExactly(90, 180, 270, 0);
        assertThat(vm.scale().get()).isEqualTo(upright);
    }

    @Test
    void aPdfHasItsPagesAndPagingStopsAtBothEnds() {
        AttachmentViewModel vm = viewModel(LOADER);
        vm.load(attachment(POLICY_PDF));

        assertThat(vm.state().get()).isEqualTo(State.PDF);
        assertThat(vm.pageCount().get()).isEqualTo(3);
        assertThat(vm.page().get()).isZero();
        assertThat(vm.contentWidth().get()).isCloseTo(595.3, within(0.1));
        assertThat(vm.picture().get().getWidth()).as("A4 at 100 %").isEqualTo(595);

        vm.previousPage();
        assertThat(vm.page().get()).isZero();
        repeat(5, vm::nextPage);
        assertThat(vm.page().get()).isEqualTo(2);
        vm.goToPage(-4);
        assertThat(vm.page().get()).isZero();

        vm.zoomToActualSize();
        vm.zoomIn();
        assertThat(vm.pictureResolution().get()).isEqualTo(1.1);
        assertThat(vm.picture().get().getWidth()).isEqualTo(654);
        repeat(30, vm::zoomIn);
        assertThat(vm.scale().get()).isEqualTo(8.0);
        assertThat(vm.pictureResolution().get()).as("rendered at most at 300 %, then enlarged")
                .isEqualTo(AttachmentViewModel.MAX_RENDER_SCALE);
    }

    @Test
    void pdfPagesAlreadyRenderedAreNotRenderedAgain() {
        AttachmentViewModel vm = viewModel(LOADER);
        vm.load(attachment(POLICY_PDF));
        vm.nextPage();
        vm.previousPage();
        vm.nextPage();
        assertThat(vm.pageRenders()).isEqualTo(2);

        vm.zoomIn();
        assertThat(vm.pageRenders()).as("a new scale is a new rendering").isEqualTo(3);
    }

    @Test
    void textSearchCountsMatchesIgnoringCaseAndCyclesThroughThem() {
        AttachmentViewModel vm = viewModel(LOADER);
        vm.load(attachment(CALL_NOTES_TXT));
        assertThat(vm.state().get()).isEqualTo(State.TEXT);
        assertThat(vm.text().get()).startsWith("Bloom & Brew Coffee");

        vm.query().set("COURIER");
        assertThat(vm.matchCount().get()).isEqualTo(4);
        assertThat(vm.currentMatch().get()).isEqualTo(new Match(158, 165));
        vm.nextMatch();
        assertThat(vm.currentMatch().get()).isEqualTo(new Match(188, 195));
        vm.previousMatch();
        vm.previousMatch();
        assertThat(vm.matchIndex().get()).as("wraps round to the last").isEqualTo(3);

        vm.query().set("Nov 1");
        assertThat(vm.matchCount().get()).isEqualTo(2);
        assertThat(vm.matchIndex().get()).isZero();
        vm.query().set("zzz");
        assertThat(vm.matchCount().get()).isZero();
        assertThat(vm.currentMatch().get()).isNull();
        vm.nextMatch();
        assertThat(vm.matchIndex().get()).isEqualTo(-1);
    }

    @Test
    void alteredBytesAreCaughtWhateverTheLoaderClaims() {
        AttachmentViewModel vm = viewModel(a -> {
            byte[] bytes = Samples.read(a.attachmentId());
            byte[] altered = a.mediaType().startsWith("text/")
                    ? new String(bytes, StandardCharsets.UTF_8).replace("14:26", "16:26")
                            .getBytes(StandardCharsets.UTF_8)
                    : Arrays.copyOf(bytes, bytes.length + 1);
            return new AttachmentContent(a, altered, true);
        });

        vm.load(attachment(CALL_NOTES_TXT));
        assertThat(vm.state().get()).isEqualTo(State.TEXT);
        assertThat(vm.text().get()).contains("16:26");
        assertThat(vm.hashMatches().get()).isFalse();

        vm.load(attachment(WAYBILL_PNG));
        assertThat(vm.state().get()).as("one byte appended: the image still shows").isEqualTo(State.IMAGE);
        assertThat(vm.hashMatches().get()).isFalse();
    }

    @ParameterizedTest(name = "the current attachment handed back first: {0}")
    @ValueSource(booleans = {true, false})
    void aSlowLoadOfThePreviousAttachmentNeverReplacesTheCurrentOne(boolean currentShownFirst) throws Exception {
        Attachment slow = attachment(WAYBILL_PNG);
        Attachment current = attachment(CALL_NOTES_TXT);
        CountDownLatch release = new CountDownLatch(1);
        AttachmentLoader loader = a -> {
            if (a.equals(slow)) {
                release.await();
            }
            return LOADER.load(a);
        };
        BlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
        ExecutorService workers = Executors.newCachedThreadPool();
        try {
            AttachmentViewModel vm = new AttachmentViewModel(loader, new TaskRunner(workers, fxThread::add), english);
            vm.load(slow);
            vm.load(current);
            Runnable currentResult = next(fxThread);
            release.countDown();
            Runnable slowResult = next(fxThread);
            if (currentShownFirst) {
                currentResult.run();
                slowResult.run();
            } else {
                slowResult.run();
                currentResult.run();
            }

            assertThat(vm.attachment().get()).isEqualTo(current);
            assertThat(vm.state().get()).isEqualTo(State.TEXT);
            assertThat(vm.picture().get()).as("nothing of the previous attachment").isNull();
            assertThat(vm.contentWidth().get()).isZero();
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void whatCannotBeShownSaysWhy() {
        AttachmentViewModel vm = viewModel(a -> {
            if (a.attachmentId().equals("gone")) {
                throw new NoSuchFileException("blobs/ab/abcdef");
            }
            return AttachmentContent.unchecked(a, "not a picture".getBytes(StandardCharsets.UTF_8));
        });

        vm.load(new Attachment("gone", "photo.jpg", "image/jpeg", 10, "00"));
        assertThat(vm.state().get()).isEqualTo(State.FAILED);
        assertThat(vm.message().get()).isEqualTo("The file photo.jpg could not be loaded: blobs/ab/abcdef");

        vm.load(new Attachment("fake", "photo.png", "image/png", 13, "00"));
        assertThat(vm.state().get()).isEqualTo(State.FAILED);
        assertThat(vm.message().get()).startsWith("The file photo.png is not a readable image/png file");

        vm.load(new Attachment("zip", "all.zip", "application/zip", 13, "00"));
        assertThat(vm.state().get()).isEqualTo(State.UNSUPPORTED);
        assertThat(vm.message().get()).startsWith("Arbitra cannot show files of type application/zip.");
        assertThat(vm.hasContent()).as("it can still be saved").isTrue();

        vm.clear();
        assertThat(vm.state().get()).isEqualTo(State.EMPTY);
        assertThat(vm.hasContent()).isFalse();
    }

    @Test
    void anImageDeclaringTooManyPixelsIsRefusedBeforeItIsDecoded() {
        byte[] bomb = pngHeader(60_000, 60_000);
        AttachmentViewModel vm = viewModel(a -> AttachmentContent.unchecked(a, bomb));

        vm.load(new Attachment("bomb", "huge.png", "image/png", bomb.length, AttachmentContent.sha256(bomb)));

        assertThat(vm.state().get()).isEqualTo(State.FAILED);
        assertThat(vm.message().get())
                .isEqualTo("The image huge.png is too large to show (60,000 × 60,000 pixels). Save a copy to view it.");
    }

    /** The start of a PNG: enough for a reader to learn its size, as a decompression bomb would declare it. */
    private static byte[] pngHeader(int width, int height) {
        byte[] ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width)
                .putInt(height).put(new byte[] {8, 2, 0, 0, 0}).array();
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        return ByteBuffer.allocate(8 + 4 + ihdr.length + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13).put(ihdr).putInt((int) crc.getValue()).array();
    }

    @Test
    void theTextsFollowTheOperatorsLanguage() {
        AttachmentViewModel vm = new AttachmentViewModel(LOADER, TaskRunner.direct(),
                new I18n(Locale.forLanguageTag("es")));
        vm.load(new Attachment(WAYBILL_PNG, "guia.zip", "application/zip", 1, "00"));
        assertThat(vm.message().get()).startsWith("Arbitra no puede mostrar archivos de tipo application/zip.");
    }

    @Test
    void aCopyIsSavedAndAFailureToSaveIsReported(@TempDir Path dir) throws Exception {
        AttachmentViewModel vm = viewModel(LOADER);
        vm.load(attachment(WAYBILL_PNG));

        Path target = dir.resolve("copy.png");
        vm.saveTo(target);
        assertThat(Files.readAllBytes(target)).isEqualTo(Samples.read(WAYBILL_PNG));
        assertThat(vm.notice().get()).isEqualTo("Saved to " + target);
        assertThat(vm.noticeIsError().get()).isFalse();

        vm.saveTo(dir.resolve("no such folder").resolve("copy.png"));
        assertThat(vm.notice().get()).startsWith("Could not save to " + dir.resolve("no such folder"));
        assertThat(vm.noticeIsError().get()).isTrue();
    }

    @Test
    void aCopyOpenedElsewhereIsNamedByItsCheckedTypeNotBySubmitter() throws Exception {
        AttachmentViewModel vm = viewModel(LOADER);
        byte[] notes = Samples.read(CALL_NOTES_TXT);
        vm.load(new Attachment(CALL_NOTES_TXT, "../../notes.txt.exe", "text/plain", notes.length, "00"));
        List<Path> opened = new ArrayList<>();

        vm.openExternally(opened::add);

        assertThat(opened).hasSize(1);
        Path copy = opened.get(0);
        assertThat(copy.getFileName()).hasToString("notes.txt.txt");
        assertThat(copy.getParent().getFileName().toString()).startsWith("arbitra-evidence-");
        assertThat(Files.readAllBytes(copy)).isEqualTo(notes);
        assertThat(Files.getPosixFilePermissions(copy)).doesNotContain(PosixFilePermission.OWNER_WRITE);
        assertThat(vm.suggestedFileName()).isEqualTo("notes.txt.exe");
    }

    @Test
    void sizesAndAmountsAreWrittenTheLocalWay() {
        I18n spanish = new I18n(Locale.forLanguageTag("es"));
        I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
        assertThat(EvidenceFormats.size(1, english)).isEqualTo("1 byte");
        assertThat(EvidenceFormats.size(760, english)).isEqualTo("760 bytes");
        assertThat(EvidenceFormats.size(54873, english)).isEqualTo("53.6 KB");
        assertThat(EvidenceFormats.size(54873, spanish)).isEqualTo("53,6 KB");
        assertThat(EvidenceFormats.size(5L << 30, chinese)).isEqualTo("5.0 GB");
        assertThat(EvidenceFormats.size(760, chinese)).isEqualTo("760 字节");

        Money price = Money.of(268800, "CNY");
        assertThat(EvidenceFormats.money(price, Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥2,688.00");
        assertThat(EvidenceFormats.money(price, Locale.ENGLISH)).isEqualTo("CN¥2,688.00");
        assertThat(EvidenceFormats.money(Money.of(159900, "MXN"), Locale.forLanguageTag("es")))
                .as("a no-break space before the code").isEqualTo("1.599,00\u00a0MXN");
        assertThat(EvidenceFormats.money(Money.of(1200, "JPY"), Locale.ENGLISH))
                .as("no minor units").isEqualTo("¥1,200");
    }

    private static void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }

    /** The next result a worker hands back to the (here simulated) FX thread. */
    private static Runnable next(BlockingQueue<Runnable> fxThread) throws InterruptedException {
        Runnable result = fxThread.poll(10, TimeUnit.SECONDS);
        assertThat(result).as("a result handed back").isNotNull();
        return result;
    }
}
