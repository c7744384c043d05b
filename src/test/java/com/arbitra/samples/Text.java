package com.arbitra.samples;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.File;
import java.io.IOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * Fonts and text for the drawings: "Noto Sans CJK SC" first, "DejaVu Sans" for any character it lacks,
 * laid out with {@link TextLayout} so that mixed Chinese/Latin lines wrap properly.
 */
final class Text {

    static final String CJK_REGULAR = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    static final String CJK_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
    static final String LATIN_REGULAR = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    static final String LATIN_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    static final String MONO_REGULAR = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";

    /** Which face a piece of text is set in. */
    enum Face { REGULAR, BOLD, MONO }

    private static final Font CJK = load(CJK_REGULAR, "Noto Sans CJK SC", Font.PLAIN);
    private static final Font CJK_B = load(CJK_BOLD, "Noto Sans CJK SC", Font.BOLD);
    private static final Font LATIN = load(LATIN_REGULAR, "DejaVu Sans", Font.PLAIN);
    private static final Font LATIN_B = load(LATIN_BOLD, "DejaVu Sans", Font.BOLD);
    private static final Font MONO = load(MONO_REGULAR, "DejaVu Sans Mono", Font.PLAIN);

    private Text() {
    }

    /** Loads a face from its file (a collection is searched for the family), else by name. */
    private static Font load(String file, String family, int style) {
        File f = new File(file);
        if (f.isFile()) {
            try {
                for (Font font : Font.createFonts(f)) {
                    if (font.getFamily(java.util.Locale.ROOT).equals(family)) {
                        return font;
                    }
                }
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("cannot read font " + file, e);
            }
        }
        Font byName = new Font(family, style, 1);
        if (!byName.getFamily(java.util.Locale.ROOT).equals(family)) {
            throw new IllegalStateException("font " + family + " is not installed (looked for " + file + ")");
        }
        return byName;
    }

    /** The font that draws a code point in a face: the primary one if it can, else the fallback. */
    static Font fontFor(int codePoint, Face face, float size) {
        Font primary = switch (face) {
            case REGULAR -> CJK;
            case BOLD -> CJK_B;
            case MONO -> MONO;
        };
        Font fallback = switch (face) {
            case REGULAR -> LATIN;
            case BOLD -> LATIN_B;
            case MONO -> CJK;
        };
        Font chosen = primary.canDisplay(codePoint) ? primary : fallback;
        if (!chosen.canDisplay(codePoint) && !Character.isWhitespace(codePoint)) {
            throw new IllegalArgumentException("no font draws U+" + Integer.toHexString(codePoint).toUpperCase());
        }
        return chosen.deriveFont(size);
    }

    /** The text with a font per run of characters. */
    static AttributedString styled(String s, Face face, float size) {
        AttributedString as = new AttributedString(s);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            Font f = fontFor(cp, face, size);
            int j = i + Character.charCount(cp);
            while (j < s.length()) {
                int next = s.codePointAt(j);
                if (!fontFor(next, face, size).equals(f)) {
                    break;
                }
                j += Character.charCount(next);
            }
            as.addAttribute(TextAttribute.FONT, f, i, j);
            i = j;
        }
        return as;
    }

    static TextLayout layout(Graphics2D g, String s, Face face, float size) {
        return new TextLayout(styled(s.isEmpty() ? " " : s, face, size).getIterator(), g.getFontRenderContext());
    }

    static float width(Graphics2D g, String s, Face face, float size) {
        return s.isEmpty() ? 0 : layout(g, s, face, size).getAdvance();
    }

    /** Draws one line with its baseline at y; returns the advance. */
    static float draw(Graphics2D g, String s, float x, float y, Face face, float size, Color color) {
        if (s.isEmpty()) {
            return 0;
        }
        TextLayout tl = layout(g, s, face, size);
        g.setColor(color);
        tl.draw(g, x, y);
        return tl.getAdvance();
    }

    static void drawRight(Graphics2D g, String s, float right, float y, Face face, float size, Color color) {
        draw(g, s, right - width(g, s, face, size), y, face, size, color);
    }

    static void drawCentered(Graphics2D g, String s, float centerX, float y, Face face, float size, Color color) {
        draw(g, s, centerX - width(g, s, face, size) / 2, y, face, size, color);
    }

    /** The lines of a text wrapped to a width; "\n" starts a new paragraph. */
    static List<TextLayout> wrap(Graphics2D g, String s, Face face, float size, float width) {
        FontRenderContext frc = g.getFontRenderContext();
        List<TextLayout> lines = new ArrayList<>();
        for (String paragraph : s.split("\n", -1)) {
            if (paragraph.isEmpty()) {
                lines.add(layout(g, " ", face, size));
                continue;
            }
            LineBreakMeasurer lbm = new LineBreakMeasurer(styled(paragraph, face, size).getIterator(), frc);
            while (lbm.getPosition() < paragraph.length()) {
                lines.add(lbm.nextLayout(width));
            }
        }
        return lines;
    }

    static float lineHeight(float size) {
        return Math.round(size * 1.45f);
    }

    /** Height of a wrapped block, as {@link #block} draws it. */
    static float blockHeight(Graphics2D g, String s, Face face, float size, float width) {
        return wrap(g, s, face, size, width).size() * lineHeight(size);
    }

    /** The widest line of a wrapped block. */
    static float blockWidth(Graphics2D g, String s, Face face, float size, float width) {
        float w = 0;
        for (TextLayout tl : wrap(g, s, face, size, width)) {
            w = Math.max(w, tl.getVisibleAdvance());
        }
        return w;
    }

    /** Draws a wrapped block whose first line box starts at top; returns the y below it. */
    static float block(Graphics2D g, String s, float x, float top, float width, Face face, float size, Color color) {
        float lh = lineHeight(size);
        float y = top;
        g.setColor(color);
        for (TextLayout tl : wrap(g, s, face, size, width)) {
            float baseline = y + (lh - (tl.getAscent() + tl.getDescent())) / 2 + tl.getAscent();
            tl.draw(g, x, baseline);
            y += lh;
        }
        return y;
    }
}
