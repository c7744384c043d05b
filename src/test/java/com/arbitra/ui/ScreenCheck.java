package com.arbitra.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * What a person would find wrong in the windows on screen (issue 17, points 1 and 2): a label or cell
 * whose text is cut to an ellipsis, a control pushed outside its window or a window larger than the
 * screen, and a message key or enum constant shown instead of words.
 */
public final class ScreenCheck {

    /** An enum constant's shape: upper-case letters, digits and underscores, four or more. */
    private static final Pattern CONSTANT = Pattern.compile(
            "(?<![\\p{L}\\p{N}_./#-])\\p{Lu}[\\p{Lu}0-9_]{3,}(?![\\p{L}\\p{N}_/#-])");
    /**
     * Upper-case words that are words: currency, file and market acronyms, and the words of the sample
     * cases' own texts (a merchant's name, a courier, what a customer typed).
     */
    private static final Set<String> WORDS = Set.of("JSON", "HTTP", "HTTPS", "IMEI", "SAMPLE", "NOTE", "WXPAY",
            "PDF", "PNG", "JPEG", "HTML", "ISBN", "SKU", "LED", "USB", "EMS");
    /** A message key: a first part of the bundle's keys, a dot and a name (e.g. {@code casefile.noteTitle}). */
    private static final Pattern KEY = keyPattern();

    /** The screen every view must fit: an office PC's. */
    public static final double SCREEN_WIDTH = 1366;
    public static final double SCREEN_HEIGHT = 768;

    private ScreenCheck() {
    }

    /** The problems in every window showing now, each a line naming {@code where} and the node. */
    public static List<String> problems(String where) {
        Set<String> out = new LinkedHashSet<>();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (!w.isShowing() || w.getScene() == null || w instanceof javafx.scene.control.Tooltip) {
                continue;
            }
            if (!(w instanceof PopupWindow) && (w.getWidth() > SCREEN_WIDTH + 1 || w.getHeight() > SCREEN_HEIGHT + 1)) {
                out.add(where + ": a window of " + (int) w.getWidth() + "×" + (int) w.getHeight()
                        + " does not fit a screen of 1366×768: " + title(w));
            }
            walk(where, w.getScene().getRoot(), w.getScene(), false, out);
        }
        return new ArrayList<>(out);
    }

    private static String title(Window w) {
        return w instanceof javafx.stage.Stage s ? "\"" + s.getTitle() + "\"" : w.getClass().getSimpleName();
    }

    private static void walk(String where, Node n, Scene scene, boolean clipped, Set<String> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Labeled l) {
            labeled(where, l, out);
        }
        if (n instanceof Text t && !verbatim(n)) {
            raw(where, n, t.getText(), out);
        }
        if (n instanceof javafx.scene.control.TableView<?> t && t.getWidth() > 0) {
            double columns = t.getVisibleLeafColumns().stream().mapToDouble(javafx.scene.control.TableColumnBase::getWidth)
                    .sum();
            if (columns > t.getWidth() - t.snappedLeftInset() - t.snappedRightInset() + 2) {
                out.add(where + ": the columns of " + describe(t) + " need " + (int) columns + " px of its "
                        + (int) t.getWidth() + ": the last ones are out of sight");
            }
        }
        if (n instanceof Control c && !clipped && outside(c, scene)) {
            out.add(where + ": " + describe(c) + " lies outside its window");
        }
        if (n instanceof Parent p) {
            boolean inside = clipped || n.getClip() != null;
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(where, child, scene, inside, out);
            }
        }
    }

    /** Cut: the text drawn is not the control's text and ends in (or holds) the ellipsis instead. */
    private static void labeled(String where, Labeled l, Set<String> out) {
        String text = l.getText();
        if (text == null || text.isEmpty()) {
            return;
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.getClass().getSimpleName().equals("LabeledText")
                    && child.isVisible()) {
                String drawn = shown.getText();
                String ellipsis = l.getEllipsisString();
                if (drawn != null && !drawn.equals(text) && !drawn.equals(text.replace("_", ""))
                        && !ellipsis.isEmpty() && drawn.contains(ellipsis) && !text.contains(drawn)) {
                    out.add(where + ": \"" + oneLine(text) + "\" is cut to \"" + oneLine(drawn) + "\" in "
                            + describe(l));
                }
            }
        }
    }

    private static void raw(String where, Node n, String text, Set<String> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Matcher m = CONSTANT.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (!WORDS.contains(word) && word.chars().noneMatch(Character::isDigit)) {
                out.add(where + ": a constant \"" + word + "\" in \"" + oneLine(text) + "\" (" + describe(n) + ")");
            }
        }
        Matcher k = KEY.matcher(text);
        while (k.find()) {
            out.add(where + ": a message key \"" + k.group() + "\" in \"" + oneLine(text) + "\" (" + describe(n) + ")");
        }
    }

    /** Where others' words are shown as written (a text file's, a trainer's notes): not ours to translate. */
    private static final Set<String> VERBATIM = Set.of("attachmentText", "feedbackNotes", "feedbackRationale");

    private static boolean verbatim(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getId() != null && VERBATIM.contains(p.getId())) {
                return true;
            }
        }
        return false;
    }

    private static boolean outside(Control c, Scene scene) {
        if (c.getWidth() <= 0 || c.getHeight() <= 0) {
            return false;
        }
        var b = c.localToScene(c.getLayoutBounds());
        return b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1
                || b.getMaxY() > scene.getHeight() + 1;
    }

    private static String describe(Node n) {
        StringBuilder path = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            path.append('#').append(n.getId());
        }
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                path.append(" in #").append(p.getId());
                break;
            }
        }
        return path.toString();
    }

    private static String oneLine(String s) {
        String line = s.replace('\n', ' ');
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }

    private static Pattern keyPattern() {
        Properties p = new Properties();
        try (InputStream in = ScreenCheck.class.getResourceAsStream("/com/arbitra/ui/messages.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> firsts = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (key.contains(".")) {
                firsts.add(Pattern.quote(key.substring(0, key.indexOf('.'))));
            }
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}_.@/-])(?:" + String.join("|", firsts)
                + ")\\.[A-Za-z_][A-Za-z0-9_]*(?![\\p{L}\\p{N}_(/-])");
    }
}
