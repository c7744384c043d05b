package com.arbitra.ui.evidence;

import static com.arbitra.ui.evidence.Controls.iconButton;
import static com.arbitra.ui.evidence.Controls.textButton;
import static com.arbitra.ui.evidence.Controls.tip;
import static com.arbitra.ui.evidence.Controls.tooltip;
import static com.arbitra.ui.evidence.Controls.visibleWhen;

import com.arbitra.domain.Attachment;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.evidence.AttachmentViewModel.State;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows one attachment: an image or a PDF page that zooms, rotates and pans, or a text with search;
 * a header with the file's name, type, size and whether its SHA-256 still matches; and copies to save
 * or to open with another program. It receives attachments, never reads the database.
 */
public final class AttachmentView {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentView.class);
    /** Room around fitted content for the canvas padding and the picture's shadow (8 + 8 on each side). */
    private static final double FIT_MARGIN = 32;
    /** How far a touchpad scrolls (in pixels) for one zoom step. */
    private static final double WHEEL_NOTCH = 40;
    private static final PseudoClass MISMATCH = PseudoClass.getPseudoClass("mismatch");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final AttachmentViewModel vm;
    private final TaskRunner background;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ImageView image = new ImageView();
    private final ScrollPane scroller = new ScrollPane();
    private final TextArea textArea = new TextArea();
    /** Pixels per content unit of the picture on screen; it changes only when a converted picture arrives. */
    private final DoubleProperty shownResolution = new SimpleDoubleProperty(1);
    private final ObjectProperty<Consumer<Path>> opener = new SimpleObjectProperty<>();
    private long conversion;
    private double wheel;

    public AttachmentView(AttachmentLoader loader, TaskRunner background, I18n i18n) {
        this(new AttachmentViewModel(loader, background, i18n), background, i18n);
    }

    public AttachmentView(AttachmentViewModel vm, TaskRunner background, I18n i18n) {
        this.vm = vm;
        this.background = background;
        this.i18n = i18n;
        createView();
        initListeners();
    }

    public Parent root() {
        return root;
    }

    public AttachmentViewModel viewModel() {
        return vm;
    }

    public void show(Attachment attachment) {
        vm.load(attachment);
    }

    public void clear() {
        vm.clear();
    }

    /**
     * How the app opens a copy with the system's program ({@code HostServices.showDocument} or
     * {@code Desktop.open}); without one the button stays hidden.
     */
    public void setOnOpenExternally(Consumer<Path> action) {
        opener.set(action);
    }

    private void createView() {
        Controls.styled(root, "attachment-view");
        root.setTop(new VBox(header(), toolbar()));
        root.setCenter(body());
        root.setBottom(notice());
    }

    private Node header() {
        Label kind = new Label();
        kind.graphicProperty().bind(vm.attachment().map(a -> new FontIcon(icon(MediaType.parse(a.mediaType()).kind())))
                .orElse(new FontIcon("mdi2f-file-outline")));
        kind.getStyleClass().add("attachment-kind");

        Label name = new Label();
        name.setId("attachmentName");
        name.getStyleClass().add("attachment-name");
        name.textProperty().bind(vm.attachment().map(Attachment::fileName).orElse(""));
        name.tooltipProperty().bind(vm.attachment().map(a -> tooltip(a.fileName())));

        Label meta = new Label();
        meta.setId("attachmentMeta");
        meta.getStyleClass().add("attachment-meta");
        meta.textProperty().bind(vm.attachment().map(a -> i18n.t("evidence.meta", a.mediaType(), a.isReference()
                ? i18n.t("evidence.notRetrievedShort") : EvidenceFormats.size(a.size(), i18n))).orElse(""));
        // in a narrow pane (one side of a comparison) the badge moves below the size instead of being cut short
        FlowPane details = new FlowPane(10, 4, meta, hashBadge());
        details.setAlignment(Pos.CENTER_LEFT);
        VBox titles = new VBox(4, name, details);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);

        HBox header = new HBox(10, kind, titles);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("attachment-header");
        return header;
    }

    private Label hashBadge() {
        Label badge = new Label();
        badge.setId("hashBadge");
        badge.getStyleClass().add("hash-badge");
        badge.textProperty().bind(vm.hashMatches().map(ok -> i18n.t(ok ? "evidence.hash.ok"
                : "evidence.hash.mismatch")));
        badge.graphicProperty().bind(vm.hashMatches().map(ok -> new FontIcon(ok ? "mdi2s-shield-check-outline"
                : "mdi2s-shield-alert-outline")));
        badge.tooltipProperty().bind(vm.attachment().map(a -> tooltip(i18n.t("evidence.hash.tooltip", a.sha256()))));
        vm.hashMatches().addListener((o, was, ok) -> badge.pseudoClassStateChanged(MISMATCH, !ok));
        badge.pseudoClassStateChanged(MISMATCH, !vm.hashMatches().get());
        return visibleWhen(badge, stateIn(EnumSet.of(State.IMAGE, State.PDF, State.TEXT, State.UNSUPPORTED)));
    }

    private Node toolbar() {
        Label zoomLevel = tip(new Label(), i18n.t("evidence.zoomLevel"));
        zoomLevel.setId("zoomLevel");
        zoomLevel.getStyleClass().add("zoom-level");
        zoomLevel.textProperty().bind(vm.scale().map(s -> EvidenceFormats.percent(s.doubleValue(), i18n.locale())));
        HBox pictureTools = visibleWhen(new HBox(2,
                iconButton("zoomOut", "mdi2m-magnify-minus", i18n.t("evidence.zoomOut"), vm::zoomOut),
                zoomLevel,
                iconButton("zoomIn", "mdi2m-magnify-plus", i18n.t("evidence.zoomIn"), vm::zoomIn),
                iconButton("zoomFit", "mdi2f-fit-to-page-outline", i18n.t("evidence.zoomFit"), vm::zoomToFit),
                iconButton("zoom100", "mdi2n-numeric-1-box-outline", i18n.t("evidence.zoom100"),
                        vm::zoomToActualSize),
                iconButton("rotate", "mdi2r-rotate-right", i18n.t("evidence.rotate"), vm::rotate)),
                stateIn(EnumSet.of(State.IMAGE, State.PDF)));
        pictureTools.setAlignment(Pos.CENTER_LEFT);

        Button previous = iconButton("pdfPrevious", "mdi2c-chevron-left", i18n.t("evidence.pdf.previous"),
                vm::previousPage);
        previous.disableProperty().bind(vm.page().lessThanOrEqualTo(0));
        Button next = iconButton("pdfNext", "mdi2c-chevron-right", i18n.t("evidence.pdf.next"), vm::nextPage);
        next.disableProperty().bind(vm.page().greaterThanOrEqualTo(vm.pageCount().subtract(1)));
        Label pageLabel = tip(new Label(), i18n.t("evidence.pdf.pageTooltip"));
        pageLabel.setId("pdfPage");
        pageLabel.getStyleClass().add("pdf-page");
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("evidence.pdf.page",
                vm.page().get() + 1, vm.pageCount().get()), vm.page(), vm.pageCount()));
        HBox pdfTools = visibleWhen(new HBox(2, new Separator(Orientation.VERTICAL), previous, pageLabel, next),
                stateIn(EnumSet.of(State.PDF)));
        pdfTools.setAlignment(Pos.CENTER_LEFT);

        Button open = textButton("openExternally", "mdi2o-open-in-new", i18n.t("evidence.openExternally"),
                i18n.t("evidence.openExternally.tooltip"), () -> vm.openExternally(opener.get()));
        visibleWhen(open, opener.isNotNull().and(stateIn(EnumSet.of(State.IMAGE, State.PDF, State.TEXT))));
        HBox files = new HBox(4, open, saveButton("saveAs"));
        Node text = textTools();
        // a narrow viewer (a long Spanish label, the agent's smaller window) wraps its tools to a second
        // row rather than cutting their words; nothing in a row gives up its width
        for (Region r : new Region[] {pictureTools, pdfTools, (Region) text, files, pageLabel, zoomLevel}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane bar = new FlowPane(12, 4, pictureTools, pdfTools, text, files);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("attachment-toolbar");
        // an unsupported file has nothing to zoom or search, and its own Save as button beside the message
        return visibleWhen(bar, stateIn(EnumSet.of(State.IMAGE, State.PDF, State.TEXT)));
    }

    private Node textTools() {
        TextField search = tip(new TextField(), i18n.t("evidence.search.tooltip"));
        search.setId("textSearch");
        search.setPromptText(i18n.t("evidence.search.prompt"));
        search.setPrefColumnCount(16);
        search.textProperty().bindBidirectional(vm.query());
        search.setOnAction(e -> vm.nextMatch());

        Label count = new Label();
        count.setId("searchCount");
        count.getStyleClass().add("search-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.query().get().isEmpty()) {
                return "";
            }
            int n = vm.matchCount().get();
            return n == 0 ? i18n.t("evidence.search.none")
                    : i18n.t("evidence.search.count", vm.matchIndex().get() + 1, n);
        }, vm.query(), vm.matchCount(), vm.matchIndex()));

        BooleanBinding noMatches = vm.matchCount().isEqualTo(0);
        Button previous = iconButton("searchPrevious", "mdi2c-chevron-up", i18n.t("evidence.search.previous"),
                vm::previousMatch);
        previous.disableProperty().bind(noMatches);
        Button next = iconButton("searchNext", "mdi2c-chevron-down", i18n.t("evidence.search.next"), vm::nextMatch);
        next.disableProperty().bind(noMatches);

        HBox tools = new HBox(4, new FontIcon("mdi2m-magnify"), search, previous, next, count);
        tools.setAlignment(Pos.CENTER_LEFT);
        return visibleWhen(tools, stateIn(EnumSet.of(State.TEXT)));
    }

    private Button saveButton(String id) {
        return textButton(id, "mdi2c-content-save-outline", i18n.t("evidence.saveAs"),
                i18n.t("evidence.saveAs.tooltip"), this::saveAs);
    }

    private Node body() {
        image.setId("attachmentImage");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.getStyleClass().add("attachment-picture");
        image.scaleXProperty().bind(vm.scale().divide(shownResolution));
        image.scaleYProperty().bind(image.scaleXProperty());
        image.rotateProperty().bind(vm.rotation());
        // a Group's size includes its children's scale and rotation, so the scroll pane sees the zoomed size
        StackPane canvas = new StackPane(new Group(image));
        canvas.getStyleClass().add("attachment-canvas");
        canvas.minWidthProperty().bind(scroller.viewportBoundsProperty().map(b -> b.getWidth()));
        canvas.minHeightProperty().bind(scroller.viewportBoundsProperty().map(b -> b.getHeight()));
        scroller.setContent(canvas);
        scroller.setId("attachmentScroll");
        scroller.setPannable(true);
        scroller.setFocusTraversable(true);
        scroller.getStyleClass().add("attachment-scroll");
        visibleWhen(scroller, stateIn(EnumSet.of(State.IMAGE, State.PDF)));

        textArea.setId("attachmentText");
        textArea.setEditable(false);
        textArea.setWrapText(true);
        textArea.getStyleClass().add("attachment-text");
        textArea.textProperty().bind(vm.text());
        visibleWhen(textArea, stateIn(EnumSet.of(State.TEXT)));

        return new StackPane(scroller, textArea, placeholder());
    }

    /** What stands in for the content: nothing chosen, loading, a failure, or a type the viewer cannot show. */
    private Node placeholder() {
        BooleanBinding waitingForPage = Bindings.createBooleanBinding(() -> vm.state().get() == State.PDF
                && vm.picture().get() == null, vm.state(), vm.picture());
        BooleanBinding busy = stateIn(EnumSet.of(State.LOADING)).or(waitingForPage.and(vm.message().isEmpty()));

        ProgressIndicator spinner = visibleWhen(new ProgressIndicator(), busy);
        Label icon = new Label();
        icon.getStyleClass().add("placeholder-icon");
        icon.graphicProperty().bind(vm.state().map(s -> new FontIcon(switch (s) {
            case FAILED, PDF -> "mdi2f-file-alert-outline";
            case UNSUPPORTED -> "mdi2f-file-question-outline";
            case NOT_RETRIEVED -> "mdi2c-cloud-off-outline";
            default -> "mdi2f-file-search-outline";
        })));
        visibleWhen(icon, busy.not());

        Label message = new Label();
        message.setId("attachmentMessage");
        message.setWrapText(true);
        message.getStyleClass().add("attachment-message");
        message.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.state().get()) {
            case EMPTY -> i18n.t("evidence.empty");
            case LOADING -> i18n.t("evidence.loading", vm.attachment().get().fileName());
            default -> vm.message().get();
        }, vm.state(), vm.message(), vm.attachment()));

        Button save = visibleWhen(saveButton("saveUnsupported"), stateIn(EnumSet.of(State.UNSUPPORTED)));
        VBox box = new VBox(12, spinner, icon, message, save);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("attachment-placeholder");
        return visibleWhen(box, stateIn(EnumSet.of(State.EMPTY, State.LOADING, State.UNSUPPORTED, State.NOT_RETRIEVED,
                State.FAILED))
                .or(waitingForPage));
    }

    private Node notice() {
        Label notice = new Label();
        notice.setId("evidenceNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("evidence-notice");
        notice.textProperty().bind(vm.notice());
        vm.noticeIsError().addListener((o, was, error) -> notice.pseudoClassStateChanged(ERROR, error));
        return visibleWhen(notice, vm.notice().isNotEmpty());
    }

    private void initListeners() {
        vm.picture().addListener((o, was, now) -> showPicture(now));
        scroller.viewportBoundsProperty().addListener((o, was, b) ->
                vm.setViewport(b.getWidth() - FIT_MARGIN, b.getHeight() - FIT_MARGIN));
        scroller.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> scroller.requestFocus());
        scroller.addEventFilter(ScrollEvent.SCROLL, this::onWheel);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        vm.currentMatch().addListener((o, was, match) -> {
            if (match != null) {
                textArea.selectRange(match.start(), match.end());
            } else {
                textArea.deselect();
            }
        });
    }

    /** Pixels become an FX image off the FX thread; a picture replaced meanwhile is dropped. */
    private void showPicture(BufferedImage picture) {
        long ticket = ++conversion;
        if (picture == null) {
            image.setImage(null);
            return;
        }
        double resolution = vm.pictureResolution().get();
        background.run("AttachmentView.showPicture", () -> SwingFXUtils.toFXImage(picture, null), converted -> {
            if (ticket == conversion) {
                shownResolution.set(resolution);
                image.setImage(converted);
                com.arbitra.ui.ConsoleProbe.current().pictureShown();
            }
        }, t -> LOG.warn("A picture could not be converted for display", t));
    }

    /** An image zooms with the plain wheel (dragging pans it); a PDF page scrolls, and zooms with Ctrl. */
    private void onWheel(ScrollEvent e) {
        State s = vm.state().get();
        if (s != State.IMAGE && !(s == State.PDF && e.isShortcutDown())) {
            return;
        }
        // a wheel click is one step whatever its delta (40 on most systems, 1 under Monocle); a touchpad's
        // many small pixel deltas add up to one
        wheel += e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.NONE ? e.getDeltaY()
                : Math.signum(e.getDeltaY()) * WHEEL_NOTCH;
        if (wheel >= WHEEL_NOTCH) {
            vm.zoomIn();
            wheel = 0;
        } else if (wheel <= -WHEEL_NOTCH) {
            vm.zoomOut();
            wheel = 0;
        }
        e.consume();
    }

    /** A filter, not a handler: the scroll pane would otherwise take Page Up/Down for itself. */
    private void onKey(KeyEvent e) {
        State s = vm.state().get();
        if (e.getCode() == KeyCode.F3 && s == State.TEXT) {
            if (e.isShiftDown()) {
                vm.previousMatch();
            } else {
                vm.nextMatch();
            }
            e.consume();
            return;
        }
        // typing "r" or "1" into the search field is text, not a command
        if (e.getTarget() instanceof TextInputControl || (s != State.IMAGE && s != State.PDF)) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> vm::zoomIn;
            case MINUS, SUBTRACT -> vm::zoomOut;
            case DIGIT0, NUMPAD0 -> vm::zoomToFit;
            case DIGIT1, NUMPAD1 -> vm::zoomToActualSize;
            case R -> vm::rotate;
            case PAGE_DOWN -> s == State.PDF ? vm::nextPage : null;
            case PAGE_UP -> s == State.PDF ? vm::previousPage : null;
            default -> null;
        };
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("evidence.saveAs.title"));
        chooser.setInitialFileName(vm.suggestedFileName());
        File target = chooser.showSaveDialog(root.getScene().getWindow());
        if (target != null) {
            vm.saveTo(target.toPath());
        }
    }

    private BooleanBinding stateIn(Set<State> states) {
        return Bindings.createBooleanBinding(() -> states.contains(vm.state().get()), vm.state());
    }

    private static String icon(MediaType.Kind kind) {
        return switch (kind) {
            case IMAGE -> "mdi2f-file-image-outline";
            case PDF -> "mdi2f-file-pdf-box";
            case TEXT -> "mdi2f-file-document-outline";
            case OTHER -> "mdi2f-file-question-outline";
        };
    }
}
