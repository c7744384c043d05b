package com.arbitra.ui.evidence;

import com.arbitra.domain.Attachment;
import com.arbitra.domain.RefusedException;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attachment in the viewer: loads and decodes it off the FX thread, checks its SHA-256, and keeps
 * what is shown of it (zoom, rotation, PDF page, text search). Every method is called on the FX thread;
 * workers only get values captured before they start.
 */
public final class AttachmentViewModel {

    public enum State { EMPTY, LOADING, IMAGE, PDF, TEXT, UNSUPPORTED, NOT_RETRIEVED, FAILED }

    /** A search hit in the text: [start, end) character offsets. */
    public record Match(int start, int end) {
    }

    /** 300 %: enough to read a scanned page; beyond it the rendered page is enlarged instead of rendered bigger. */
    static final double MAX_RENDER_SCALE = 3.0;

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentViewModel.class);

    private final AttachmentLoader loader;
    private final TaskRunner background;
    private final I18n i18n;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EMPTY);
    private final ReadOnlyObjectWrapper<Attachment> attachment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hashMatches = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<BufferedImage> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper pictureResolution = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyDoubleWrapper contentWidth = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper contentHeight = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper fit = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyIntegerWrapper rotation = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper matchIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Match> currentMatch = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noticeIsError = new ReadOnlyBooleanWrapper();

    /** Bumped by every load: a result carrying an older number belongs to an attachment no longer shown. */
    private long sequence;
    /** Bumped by every page render request; read by workers to skip renders nobody waits for any more. */
    private volatile long renderTicket;
    private int requestedPage = -1;
    private double requestedScale;
    private AttachmentContent content;
    private PdfPages pdf;
    private double zoom = 1;
    private double viewportWidth;
    private double viewportHeight;
    private List<Match> matches = List.of();

    public AttachmentViewModel(AttachmentLoader loader, TaskRunner background, I18n i18n) {
        this.loader = loader;
        this.background = background;
        this.i18n = i18n;
        scale.addListener(o -> renderPage());
        query.addListener(o -> search());
    }

    public ReadOnlyObjectProperty<State> state() { return state.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Attachment> attachment() { return attachment.getReadOnlyProperty(); }
    /** Why nothing is shown (failed, unsupported, a page that did not render); empty otherwise. */
    public ReadOnlyStringProperty message() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hashMatches() { return hashMatches.getReadOnlyProperty(); }
    /** The image, or the current PDF page as rendered; null while there is none. */
    public ReadOnlyObjectProperty<BufferedImage> picture() { return picture.getReadOnlyProperty(); }
    /** Pixels of {@link #picture} per unit of content (image pixels, PDF points). */
    public ReadOnlyDoubleProperty pictureResolution() { return pictureResolution.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty contentWidth() { return contentWidth.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty contentHeight() { return contentHeight.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty fit() { return fit.getReadOnlyProperty(); }
    /** The factor shown: 1.0 is 100 % (one image pixel, or one PDF point, per screen pixel). */
    public ReadOnlyDoubleProperty scale() { return scale.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty rotation() { return rotation.getReadOnlyProperty(); }
    /** The current PDF page, from 0. */
    public ReadOnlyIntegerProperty page() { return page.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty pageCount() { return pageCount.getReadOnlyProperty(); }
    public ReadOnlyStringProperty text() { return text.getReadOnlyProperty(); }
    public StringProperty query() { return query; }
    public ReadOnlyIntegerProperty matchCount() { return matchCount.getReadOnlyProperty(); }
    /** The selected match, from 0; -1 when there is none. */
    public ReadOnlyIntegerProperty matchIndex() { return matchIndex.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Match> currentMatch() { return currentMatch.getReadOnlyProperty(); }
    /** The outcome of the last save or open, for the status line. */
    public ReadOnlyStringProperty notice() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty noticeIsError() { return noticeIsError.getReadOnlyProperty(); }

    public void load(Attachment a) {
        long seq = ++sequence;
        reset();
        attachment.set(a);
        if (a.isReference()) {
            // only the platform's URL: fetching it needs the merchant's API key, which Arbitra never holds
            message.set(i18n.t("evidence.notRetrieved", a.mediaType(), a.url()));
            state.set(State.NOT_RETRIEVED);
            return;
        }
        state.set(State.LOADING);
        background.run("AttachmentViewModel.load", () -> fetch(a), loaded -> {
            if (seq == sequence) {
                show(loaded);
            } else {
                discard(loaded.decoded());
            }
        }, t -> {
            if (seq == sequence) {
                LOG.warn("Attachment {} ({}) could not be shown", a.attachmentId(), a.fileName(), unwrap(t));
                message.set(describe(t));
                state.set(State.FAILED);
            }
        });
    }

    /** Shows nothing; a load still running is forgotten. */
    public void clear() {
        ++sequence;
        reset();
        attachment.set(null);
        state.set(State.EMPTY);
    }

    private record Loaded(AttachmentContent content, Decoded decoded) {
    }

    private Loaded fetch(Attachment a) {
        byte[] bytes;
        try {
            bytes = loader.load(a).bytes();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
        // checked against the attachment the operator chose, whatever the loader put in its answer
        AttachmentContent checked = AttachmentContent.unchecked(a, bytes).checked();
        return new Loaded(checked, Decoded.of(checked));
    }

    private void show(Loaded loaded) {
        content = loaded.content();
        hashMatches.set(content.hashMatches());
        Decoded decoded = loaded.decoded();
        if (decoded instanceof Decoded.Picture p) {
            setContentSize(p.image().getWidth(), p.image().getHeight());
            pictureResolution.set(1);
            picture.set(p.image());
            state.set(State.IMAGE);
        } else if (decoded instanceof Decoded.Pdf d) {
            pdf = d.pages();
            pageCount.set(pdf.count());
            showPageSize();
            state.set(State.PDF);
        } else if (decoded instanceof Decoded.Text t) {
            text.set(t.text());
            search();
            state.set(State.TEXT);
        } else {
            message.set(i18n.t("evidence.unsupported", content.attachment().mediaType()));
            state.set(State.UNSUPPORTED);
        }
        updateScale();
        renderPage();
    }

    private void reset() {
        closeLater(pdf);
        pdf = null;
        content = null;
        renderTicket++;
        requestedPage = -1;
        picture.set(null);
        pictureResolution.set(1);
        setContentSize(0, 0);
        page.set(0);
        pageCount.set(0);
        rotation.set(0);
        zoom = 1;
        fit.set(true);
        text.set("");
        query.set("");
        search();
        hashMatches.set(false);
        message.set("");
        notice.set("");
        noticeIsError.set(false);
        updateScale();
    }

    private void discard(Decoded decoded) {
        if (decoded instanceof Decoded.Pdf d) {
            closeLater(d.pages());
        }
    }

    /** Closing waits for a render in progress (the document is locked while rendering), so not on the FX thread. */
    private void closeLater(PdfPages pages) {
        if (pages == null) {
            return;
        }
        background.run("AttachmentViewModel.closeLater", () -> {
            try {
                pages.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return pages;
        }, closed -> { }, t -> LOG.debug("Closing a PDF failed", t));
    }

    // --- zoom and rotation ---

    public void zoomIn() {
        setZoom(Zoom.in(scale.get()));
    }

    public void zoomOut() {
        setZoom(Zoom.out(scale.get()));
    }

    public void zoomToActualSize() {
        setZoom(1.0);
    }

    public void zoomToFit() {
        fit.set(true);
        updateScale();
    }

    /** Quarter turns clockwise: 0, 90, 180, 270, 0… */
    public void rotate() {
        rotation.set((rotation.get() + 90) % 360);
        updateScale();
    }

    /** The room the view has for the content, so that "fit" can be worked out here. */
    public void setViewport(double width, double height) {
        viewportWidth = width;
        viewportHeight = height;
        updateScale();
    }

    private void setZoom(double value) {
        zoom = Zoom.clamp(value);
        fit.set(false);
        updateScale();
    }

    private void updateScale() {
        scale.set(fit.get() ? fitScale() : zoom);
    }

    /**
     * An image whole in the viewport; a PDF page to the viewport's width, since a page is read by scrolling
     * down it. Small content is not enlarged past 100 %, so it stays sharp.
     */
    private double fitScale() {
        boolean sideways = rotation.get() % 180 != 0;
        double w = sideways ? contentHeight.get() : contentWidth.get();
        double h = sideways ? contentWidth.get() : contentHeight.get();
        if (w <= 0 || h <= 0 || viewportWidth <= 0 || viewportHeight <= 0) {
            return 1.0;
        }
        double fit = pdf != null ? viewportWidth / w : Math.min(viewportWidth / w, viewportHeight / h);
        return Zoom.clamp(Math.min(1.0, fit));
    }

    private void setContentSize(double width, double height) {
        contentWidth.set(width);
        contentHeight.set(height);
    }

    // --- PDF pages ---

    public void nextPage() {
        goToPage(page.get() + 1);
    }

    public void previousPage() {
        goToPage(page.get() - 1);
    }

    public void goToPage(int index) {
        if (pdf == null) {
            return;
        }
        int target = Math.max(0, Math.min(pdf.count() - 1, index));
        if (target != page.get()) {
            page.set(target);
            showPageSize();
            updateScale();
            renderPage();
        }
    }

    private void showPageSize() {
        double[] size = pdf.size(page.get());
        setContentSize(size[0], size[1]);
    }

    private void renderPage() {
        if (pdf == null) {
            return;
        }
        int p = page.get();
        double renderScale = Zoom.renderScale(scale.get(), MAX_RENDER_SCALE);
        if (p == requestedPage && renderScale == requestedScale) {
            return;
        }
        requestedPage = p;
        requestedScale = renderScale;
        long ticket = ++renderTicket;
        PdfPages pages = pdf;
        BufferedImage ready = pages.cached(p, renderScale);
        if (ready != null) {
            showPage(ready, renderScale);
            return;
        }
        background.run("AttachmentViewModel.renderPage", () -> {
            if (ticket != renderTicket) {
                return null;
            }
            try {
                return pages.render(p, renderScale);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, image -> {
            if (ticket == renderTicket && image != null) {
                showPage(image, renderScale);
            }
        }, t -> {
            if (ticket == renderTicket) {
                LOG.warn("Page {} of {} could not be rendered", p + 1, attachment.get().fileName(), unwrap(t));
                picture.set(null);
                message.set(i18n.t("evidence.pageFailed", p + 1, reason(t)));
            }
        });
    }

    private void showPage(BufferedImage image, double renderScale) {
        message.set("");
        pictureResolution.set(renderScale);
        picture.set(image);
    }

    /** Counts page renders of the current PDF, to show that the cache works. */
    int pageRenders() {
        return pdf == null ? 0 : pdf.renders();
    }

    // --- text search ---

    public void nextMatch() {
        if (!matches.isEmpty()) {
            select((matchIndex.get() + 1) % matches.size());
        }
    }

    public void previousMatch() {
        if (!matches.isEmpty()) {
            select((matchIndex.get() - 1 + matches.size()) % matches.size());
        }
    }

    private void search() {
        matches = find(text.get(), query.get());
        matchCount.set(matches.size());
        matchIndex.set(-1);
        currentMatch.set(null);
        if (!matches.isEmpty()) {
            select(0);
        }
    }

    private void select(int index) {
        matchIndex.set(index);
        currentMatch.set(matches.get(index));
    }

    /** Case-insensitive without changing lengths (lower-casing can), so offsets are those of the text. */
    static List<Match> find(String text, String query) {
        List<Match> found = new ArrayList<>();
        int n = query.length();
        if (n == 0) {
            return found;
        }
        for (int i = 0; i + n <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, n)) {
                found.add(new Match(i, i + n));
                i += n - 1;
            }
        }
        return found;
    }

    // --- copies for the operator ---

    /** A name for a copy: the submitter's file name without folders or characters file systems refuse. */
    public String suggestedFileName() {
        Attachment a = attachment.get();
        String name = a == null || a.fileName() == null ? "" : a.fileName();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[:*?\"<>|\\p{Cntrl}]", "_").replaceFirst("^[.\\s]+", "").strip();
        return name.isEmpty() ? "attachment" : name;
    }

    public boolean hasContent() {
        return content != null;
    }

    public void saveTo(Path target) {
        AttachmentContent c = content;
        if (c == null) {
            return;
        }
        background.run("AttachmentViewModel.saveTo", () -> {
            try {
                return Files.write(target, c.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, saved -> tell(false, i18n.t("evidence.saved", saved)),
                t -> tell(true, i18n.t("evidence.saveFailed", target, reason(t))));
    }

    /** Writes a read-only temporary copy, then hands its path to {@code opener} on the FX thread. */
    public void openExternally(Consumer<Path> opener) {
        AttachmentContent c = content;
        if (c == null) {
            return;
        }
        String name = suggestedFileName();
        String base = name.lastIndexOf('.') > 0 ? name.substring(0, name.lastIndexOf('.')) : name;
        String extension = MediaType.parse(c.attachment().mediaType()).extension();
        background.run("AttachmentViewModel.openExternally", () -> temporaryCopy(c.bytes(), base + extension), copy -> {
            try {
                opener.accept(copy);
            } catch (RuntimeException e) {
                tell(true, i18n.t("evidence.openFailed", name, reason(e)));
            }
        }, t -> tell(true, i18n.t("evidence.openFailed", name, reason(t))));
    }

    private static Path temporaryCopy(byte[] bytes, String fileName) {
        try {
            Path dir = Files.createTempDirectory("arbitra-evidence-");
            // deleteOnExit runs in reverse order: the file goes first, then its now empty folder
            dir.toFile().deleteOnExit();
            Path file = Files.write(dir.resolve(fileName), bytes);
            file.toFile().deleteOnExit();
            file.toFile().setReadOnly();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tell(boolean error, String text) {
        noticeIsError.set(error);
        notice.set(text);
    }

    // --- failures ---

    private String describe(Throwable t) {
        Throwable cause = unwrap(t);
        if (cause instanceof RefusedException) {
            return Messages.of(cause, i18n);
        }
        return i18n.t("evidence.failed", attachment.get().fileName(), reason(cause));
    }

    private static String reason(Throwable t) {
        Throwable cause = unwrap(t);
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof UncheckedIOException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
