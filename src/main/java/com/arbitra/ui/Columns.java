package com.arbitra.ui;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Table columns that show their whole text (issue 17): a column of short values never narrower than its
 * header and its widest value, in any language; a column of names wraps them instead of cutting them.
 */
public final class Columns {

    /** The tables' font size and the room around a cell's text (AtlantaFX: 14 px, 8 px a side and a margin). */
    private static final double FONT_SIZE = 14;
    private static final double CELL_PADDING = 24;
    /** How many of a table's rows are measured for a column's widest value. */
    private static final int MEASURED = 200;

    private Columns() {
    }

    /** A column never narrower than its header (bold) and these values; the columns without any give way. */
    public static void fit(TableColumn<?, ?> col, List<String> values) {
        double widest = width(col.getText(), FontWeight.BOLD);
        for (String v : values) {
            widest = Math.max(widest, width(v, FontWeight.NORMAL));
        }
        double min = Math.ceil(widest) + CELL_PADDING;
        if (min <= col.getMinWidth()) {
            return;
        }
        col.setMinWidth(min);
        col.setPrefWidth(Math.max(col.getPrefWidth(), min));
        // the column grew: the others give way as the table's policy says, now rather than at the next
        // resize of the window (the queue's last columns were pushed out of sight when WXP ids arrived)
        TableView<?> table = col.getTableView();
        if (table != null) {
            javafx.application.Platform.runLater(() -> constrain(table));
        }
    }

    private static <T> void constrain(TableView<T> table) {
        table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
    }

    /** {@link #fit} to the header now and to the values of the table's rows whenever they change. */
    public static <T> void fitRows(TableView<T> table, TableColumn<T, ?> col, Function<T, String> value) {
        fit(col, List.of());
        table.getItems().addListener((ListChangeListener<T>) c -> fit(col, table.getItems().stream().limit(MEASURED)
                .map(value).filter(v -> v != null).distinct().toList()));
    }

    /** A column of text added to the table, unsorted, never narrower than its header and its rows' values. */
    public static <T> TableColumn<T, String> text(TableView<T> table, String header, Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(header);
        col.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(value.apply(c.getValue())));
        col.setSortable(false);
        table.getColumns().add(col);
        fitRows(table, col, value);
        return col;
    }

    /**
     * Cells that wrap their text at the column's width, so that a long name takes a second line rather
     * than ending in "…". The text stays the cell's too, for lookups and the accessibility tree.
     */
    public static <T> void wrap(TableColumn<T, String> col) {
        col.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                wrapping(text, col, this);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty ? null : item;
                text.setText(shown);
                setText(shown);
                setGraphic(shown == null ? null : text);
            }
        });
    }

    /** The words of these texts: a column that wraps is never narrower than its longest word. */
    public static List<String> words(List<String> texts) {
        return texts.stream().flatMap(t -> java.util.Arrays.stream(t.split("\\s+"))).distinct().toList();
    }

    /**
     * A cell of two texts, one above the other (a merchant and its product), each wrapping at the
     * column's width; the second muted. The cell's text is both, for lookups.
     */
    public static <T> TableCell<T, T> twoLines(TableColumn<T, T> col, Function<T, String> first,
                                               Function<T, String> second) {
        return new TableCell<>() {
            private final Text top = new Text();
            private final Text below = new Text();
            private final javafx.scene.layout.VBox both = new javafx.scene.layout.VBox(1, top, below);

            {
                both.setPadding(new javafx.geometry.Insets(3, 0, 3, 0));
                wrapping(top, col, this);
                wrapping(below, col, this);
                // muted, in the row's colour (white on a chosen row)
                below.setOpacity(0.72);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String a = first.apply(item);
                String b = second.apply(item);
                top.setText(a);
                below.setText(b);
                below.setVisible(b != null && !b.isEmpty());
                below.setManaged(below.isVisible());
                setText(b == null || b.isEmpty() ? a : a + " · " + b);
                setGraphic(both);
            }
        };
    }

    /** A text of the cell's font and colour that wraps at the column's width; the cell shows it alone. */
    private static void wrapping(Text text, TableColumn<?, ?> col, TableCell<?, ?> cell) {
        text.wrappingWidthProperty().bind(col.widthProperty().subtract(CELL_PADDING));
        text.fillProperty().bind(cell.textFillProperty());
        text.fontProperty().bind(cell.fontProperty());
        cell.setPrefHeight(Control.USE_COMPUTED_SIZE);
        cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** How wide a text is drawn in the console's 14 px font. */
    public static double width(String text, FontWeight weight) {
        Text t = new Text(text);
        t.setFont(Font.font(Font.getDefault().getFamily(), weight, FONT_SIZE));
        return t.getLayoutBounds().getWidth();
    }
}
