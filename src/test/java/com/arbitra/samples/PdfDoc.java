package com.arbitra.samples;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A simple A4 document flowing top to bottom: headings, wrapped paragraphs, label/value tables, images,
 * barcodes, a signature. Latin text is set in DejaVu Sans; Chinese in Droid Sans Fallback, because PDFBox
 * cannot embed the CFF outlines of Noto Sans CJK. Dates and the document ID are fixed, so the bytes are
 * the same on every run.
 */
final class PdfDoc implements AutoCloseable {

    static final String CJK_TTF = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
    private static final float MARGIN = 56;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float TEXT_W = A4.getWidth() - 2 * MARGIN;
    private static final Font LATIN_AWT = awt(Text.LATIN_REGULAR);
    private static final Font CJK_AWT = awt(CJK_TTF);

    private final PDDocument doc = new PDDocument();
    private final PDType0Font latin;
    private final PDType0Font latinBold;
    private final PDType0Font cjk;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    /** A run of text in one font. */
    private record Run(String text, PDType0Font font, boolean fakeBold) {
    }

    PdfDoc(String title, String author, String subject, String documentId, int year, int month, int day,
           int hour, int minute) {
        try {
            latin = PDType0Font.load(doc, new File(Text.LATIN_REGULAR));
            latinBold = PDType0Font.load(doc, new File(Text.LATIN_BOLD));
            cjk = PDType0Font.load(doc, new File(CJK_TTF));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("GMT+08:00"));
        when.clear();
        when.set(year, month - 1, day, hour, minute, 0);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setCreator(author);
        info.setProducer("Arbitra sample generator");
        info.setCreationDate(when);
        info.setModificationDate(when);
        COSArray id = new COSArray();
        byte[] digest = md5(documentId);
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
        newPage();
    }

    private static Font awt(String file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new File(file));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot read font " + file, e);
        }
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- page flow

    void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(A4);
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
            y = A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void need(float height) {
        if (y - height < MARGIN + 30) {
            newPage();
        }
    }

    // ---------------------------------------------------------------- text

    private List<Run> runs(String s, boolean bold) {
        List<Run> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        PDType0Font curFont = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            PDType0Font f;
            if (LATIN_AWT.canDisplay(cp)) {
                f = bold ? latinBold : latin;
            } else if (CJK_AWT.canDisplay(cp)) {
                f = cjk;
            } else {
                throw new IllegalArgumentException("no PDF font draws U+" + Integer.toHexString(cp));
            }
            if (f != curFont && cur.length() > 0) {
                out.add(new Run(cur.toString(), curFont, bold && curFont == cjk));
                cur.setLength(0);
            }
            curFont = f;
            cur.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (cur.length() > 0) {
            out.add(new Run(cur.toString(), curFont, bold && curFont == cjk));
        }
        return out;
    }

    private float width(String s, boolean bold, float size) {
        float w = 0;
        try {
            for (Run r : runs(s, bold)) {
                w += r.font().getStringWidth(r.text()) / 1000 * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w;
    }

    /** Draws one line at a position; x is the left edge, baseline the text baseline. */
    void text(String s, float x, float baseline, boolean bold, float size, Color color) {
        try {
            cs.setNonStrokingColor(color);
            cs.setStrokingColor(color);
            cs.beginText();
            cs.newLineAtOffset(x, baseline);
            for (Run r : runs(s, bold)) {
                cs.setFont(r.font(), size);
                if (r.fakeBold()) {
                    cs.setRenderingMode(RenderingMode.FILL_STROKE);
                    cs.setLineWidth(size * 0.035f);
                } else {
                    cs.setRenderingMode(RenderingMode.FILL);
                }
                cs.showText(r.text());
            }
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String CLOSING = "，。、；：！？）」』》”’%";
    private static final String OPENING = "（「『《“";

    /** Splits into tokens a line may break between: words, single ideographs (with their punctuation). */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (CLOSING.indexOf(cp) >= 0) {
                cur.appendCodePoint(cp);
                continue;
            }
            boolean wide = Character.isIdeographic(cp) || OPENING.indexOf(cp) >= 0;
            int last = cur.length() == 0 ? -1 : cur.codePointBefore(cur.length());
            boolean afterWide = last >= 0 && (Character.isIdeographic(last) || CLOSING.indexOf(last) >= 0);
            if (cur.length() > 0 && (wide ? OPENING.indexOf(last) < 0 : afterWide)) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.appendCodePoint(cp);
            if (cp == ' ') {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    List<String> wrap(String s, boolean bold, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : s.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String t : tokens(paragraph)) {
                if (line.length() > 0 && width(line + t.stripTrailing(), bold, size) > maxWidth) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    t = t.stripLeading();
                }
                line.append(t);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    void heading(String s, float size, Color color) {
        float lh = size * 1.4f;
        List<String> lines = wrap(s, true, size, TEXT_W);
        need(lines.size() * lh + 20);
        for (String line : lines) {
            y -= lh;
            text(line, MARGIN, y + size * 0.3f, true, size, color);
        }
        y -= 6;
    }

    void paragraph(String s, float size, boolean bold, float indent) {
        float lh = size * 1.55f;
        for (String line : wrap(s, bold, size, TEXT_W - indent)) {
            need(lh);
            y -= lh;
            text(line, MARGIN + indent, y + size * 0.35f, bold, size, Color.BLACK);
        }
        y -= size * 0.5f;
    }

    /** A two-column table: label left, wrapped value right; grid lines, shaded label column. */
    void keyValues(List<Screens.Row> rows, float labelWidth, float size) {
        float lh = size * 1.5f;
        try {
            for (Screens.Row row : rows) {
                List<String> value = wrap(row.value(), false, size, TEXT_W - labelWidth - 16);
                float h = value.size() * lh + 10;
                need(h);
                cs.setNonStrokingColor(new Color(0xF1F3F6));
                cs.addRect(MARGIN, y - h, labelWidth, h);
                cs.fill();
                cs.setStrokingColor(new Color(0xB8C0CC));
                cs.setLineWidth(0.6f);
                cs.addRect(MARGIN, y - h, TEXT_W, h);
                cs.moveTo(MARGIN + labelWidth, y - h);
                cs.lineTo(MARGIN + labelWidth, y);
                cs.stroke();
                text(row.label(), MARGIN + 8, y - 5 - lh + size * 0.4f, true, size, new Color(0x333333));
                float ly = y - 5;
                for (String v : value) {
                    ly -= lh;
                    text(v, MARGIN + labelWidth + 8, ly + size * 0.4f, false, size, Color.BLACK);
                }
                y -= h;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 10;
    }

    /** A table with a header row; columns by width, in points. */
    void table(List<String> header, List<List<String>> rows, float[] widths, float size) {
        float lh = size * 1.45f;
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        try {
            for (int r = 0; r < all.size(); r++) {
                List<String> row = all.get(r);
                List<List<String>> cells = new ArrayList<>();
                int maxLines = 1;
                for (int i = 0; i < row.size(); i++) {
                    List<String> cl = wrap(row.get(i), r == 0, size, widths[i] - 10);
                    cells.add(cl);
                    maxLines = Math.max(maxLines, cl.size());
                }
                float h = maxLines * lh + 8;
                need(h);
                if (r == 0) {
                    cs.setNonStrokingColor(new Color(0xE4E8EE));
                    cs.addRect(MARGIN, y - h, TEXT_W, h);
                    cs.fill();
                }
                cs.setStrokingColor(new Color(0xC5CBD3));
                cs.setLineWidth(0.5f);
                cs.moveTo(MARGIN, y - h);
                cs.lineTo(MARGIN + TEXT_W, y - h);
                cs.stroke();
                float x = MARGIN;
                for (int i = 0; i < cells.size(); i++) {
                    float cy = y - 4;
                    for (String line : cells.get(i)) {
                        cy -= lh;
                        text(line, x + 5, cy + size * 0.4f, r == 0, size, Color.BLACK);
                    }
                    x += widths[i];
                }
                y -= h;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 12;
    }

    /** A photograph, embedded as JPEG. */
    void image(BufferedImage img, float width) {
        float h = width * img.getHeight() / img.getWidth();
        need(h + 10);
        try {
            PDImageXObject x = JPEGFactory.createFromImage(doc, img, 0.8f);
            y -= h;
            cs.drawImage(x, MARGIN, y, width, h);
            y -= 10;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Interleaved 2 of 5 barcode of the digits, with the human-readable number under it. */
    void barcode(String digits, String caption, float height) {
        String seq = Barcodes.interleaved2of5(digits);
        need(height + 30);
        float unit = 1.1f;
        float x = MARGIN;
        try {
            cs.setNonStrokingColor(Color.BLACK);
            for (int i = 0; i < seq.length(); i++) {
                float w = (seq.charAt(i) == 'w' ? 2.5f : 1f) * unit;
                if (i % 2 == 0) {
                    cs.addRect(x, y - height, w, height);
                }
                x += w;
            }
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height + 14;
        text(caption, MARGIN, y, false, 10, Color.BLACK);
        y -= 14;
    }

    /** A handwritten-looking signature over a line, with a caption. */
    void signature(String caption, long seed) {
        need(80);
        java.util.Random rnd = new java.util.Random(seed);
        float baseY = y - 52;
        float x0 = MARGIN + 14;
        try {
            cs.setStrokingColor(new Color(0x1B2A6B));
            cs.setLineWidth(1.3f);
            // a tall looped capital, then a run of small cursive humps of varying height, then a flourish
            cs.moveTo(x0, baseY);
            cs.curveTo(x0 + 6, baseY + 40, x0 + 26, baseY + 44, x0 + 18, baseY + 12);
            cs.curveTo(x0 + 12, baseY - 6, x0 + 2, baseY + 10, x0 + 22, baseY + 6);
            float x = x0 + 22;
            for (int i = 0; i < 9; i++) {
                float w = 8 + rnd.nextInt(7);
                float h = 8 + rnd.nextInt(i % 4 == 2 ? 20 : 9);
                cs.curveTo(x + w * 0.2f, baseY + h, x + w * 0.8f, baseY + h, x + w, baseY + 2 + rnd.nextInt(3));
                x += w;
            }
            cs.curveTo(x + 20, baseY - 10, x0 + 40, baseY - 16, x0 + 4, baseY - 6);
            cs.stroke();
            cs.setStrokingColor(Color.GRAY);
            cs.setLineWidth(0.5f);
            cs.moveTo(MARGIN, baseY - 12);
            cs.lineTo(MARGIN + 220, baseY - 12);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text(caption, MARGIN, baseY - 26, false, 9, Color.DARK_GRAY);
        y = baseY - 36;
    }

    void rule(Color color, float width) {
        try {
            cs.setStrokingColor(color);
            cs.setLineWidth(width);
            cs.moveTo(MARGIN, y);
            cs.lineTo(MARGIN + TEXT_W, y);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 8;
    }

    /**
     * Writes every page's header band and footer ("{page}" and "{pages}" replaced), then the bytes.
     */
    byte[] finish(String header, String footer) {
        try {
            cs.close();
            cs = null;
            int n = pages.size();
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream s = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    cs = s;
                    text(header, MARGIN, A4.getHeight() - 30, false, 8, Color.GRAY);
                    String f = footer.replace("{page}", Integer.toString(i + 1)).replace("{pages}",
                            Integer.toString(n));
                    text(f, MARGIN, 28, false, 8, Color.GRAY);
                }
            }
            cs = null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
