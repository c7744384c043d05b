package com.arbitra.ui.evidence;

import com.arbitra.domain.Attachment;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Two attachments side by side, e.g. the consumer's photo and the merchant's packing photo. Each side
 * is a full {@link AttachmentView}; its root's id ({@code compareLeft}, {@code compareRight}) tells the
 * two sides' controls apart.
 */
public final class CompareView {

    private final SplitPane root = new SplitPane();
    private final Side left;
    private final Side right;

    public CompareView(AttachmentLoader loader, TaskRunner background, I18n i18n) {
        left = new Side("compareLeft", new AttachmentView(loader, background, i18n), i18n);
        right = new Side("compareRight", new AttachmentView(loader, background, i18n), i18n);
        Controls.styled(root, "compare-view");
        root.setId("compareView");
        root.getItems().addAll(left.box, right.box);
        root.setDividerPositions(0.5);
    }

    public Parent root() {
        return root;
    }

    public AttachmentView left() {
        return left.view;
    }

    public AttachmentView right() {
        return right.view;
    }

    /** Two items: each side starts on its item's first attachment and offers the others in a list. */
    public void compare(EvidenceItem first, EvidenceItem second) {
        left.show(first.attachments());
        right.show(second.attachments());
    }

    public void compare(Attachment first, Attachment second) {
        left.show(List.of(first));
        right.show(List.of(second));
    }

    public void setOnOpenExternally(Consumer<Path> action) {
        left.view.setOnOpenExternally(action);
        right.view.setOnOpenExternally(action);
    }

    private static final class Side {
        final AttachmentView view;
        final ComboBox<Attachment> picker = new ComboBox<>();
        final VBox box;

        Side(String id, AttachmentView view, I18n i18n) {
            this.view = view;
            picker.setId(id + "Picker");
            picker.setMaxWidth(Double.MAX_VALUE);
            picker.setConverter(new StringConverter<>() {
                @Override
                public String toString(Attachment a) {
                    return a == null ? "" : a.fileName();
                }

                @Override
                public Attachment fromString(String s) {
                    return null;
                }
            });
            Controls.tip(picker, i18n.t("evidence.compare.pick"));
            Controls.visibleWhen(picker, Bindings.size(picker.getItems()).greaterThan(1));
            picker.valueProperty().addListener((o, was, now) -> {
                if (now == null) {
                    view.clear();
                } else {
                    view.show(now);
                }
            });
            box = new VBox(picker, view.root());
            box.setId(id);
            box.getStyleClass().add("compare-side");
            VBox.setVgrow(view.root(), Priority.ALWAYS);
        }

        void show(List<Attachment> attachments) {
            picker.getItems().setAll(attachments);
            picker.setValue(attachments.isEmpty() ? null : attachments.get(0));
        }
    }
}
