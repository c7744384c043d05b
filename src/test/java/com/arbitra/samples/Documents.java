package com.arbitra.samples;

import static com.arbitra.samples.Canvas.rgb;
import static com.arbitra.samples.Canvas.rgba;

import com.arbitra.samples.Text.Face;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;

/** Paper and desktop documents: courier waybills, bank receipts, official notices, fund statements. */
final class Documents {

    private static final Color INK = rgb(0x1A1A1A);
    private static final Color GREY = rgb(0x6B6B6B);
    private static final Color SEAL_RED = rgba(0xD62020, 200);

    private Documents() {
    }

    /** A name/phone/address block of a waybill; names and phones arrive masked. */
    record Party(String name, String phone, String address) {
    }

    /** A thermal shipping label. */
    record Waybill(Lang lang, String carrier, String service, String trackingNumber, String routeCode,
                   Party sender, Party recipient, String contents, String weight, String shippedAt,
                   String footer) {
    }

    /** A bank's electronic receipt of a transfer: label/value rows and, where banks use one, the seal. */
    record BankReceipt(Lang lang, String bank, String title, List<Screens.Row> rows, String sealText,
                       String sealCenter, String footer) {
    }

    /** An official notice: issuing body, document number, title, paragraphs, signature and date. */
    record Notice(String issuer, String number, String title, List<String> paragraphs, String signer,
                  String date, String sealText, String copyTo) {
    }

    /** A desktop screenshot of the merchant platform's fund statement. */
    record Statement(String platform, String breadcrumb, String filter, List<String> columns, List<List<String>> rows,
                     int highlightFrom, int highlightTo, float[] columnWidths) {
    }

    // ---------------------------------------------------------------- waybill

    static byte[] waybill(Waybill wb) {
        Canvas c = new Canvas(820, 600, Color.WHITE);
        Graphics2D g = c.g;
        Lang l = wb.lang();
        c.stroke(INK, 3, 10, 10, 800, 580, 0);
        c.g.setColor(INK);
        c.g.fillRect(10, 10, 300, 90);
        Text.draw(g, wb.carrier(), 28, 68, Face.BOLD, 34, Color.WHITE);
        float routeW = Text.width(g, wb.routeCode(), Face.BOLD, 40);
        Text.drawRight(g, wb.routeCode(), 792, 70, Face.BOLD, 40, INK);
        float room = 792 - routeW - 20 - 330;
        String shipped = l.pick("寄件时间 ", "Fecha de envío ", "Shipped ") + wb.shippedAt();
        Text.draw(g, wb.service(), 330, 50, Face.BOLD, fit(g, wb.service(), Face.BOLD, 26, room), INK);
        Text.draw(g, shipped, 330, 84, Face.REGULAR, fit(g, shipped, Face.REGULAR, 17, room), INK);
        c.line(INK, 3, 10, 100, 810, 100);
        barcode(c, digits(wb.trackingNumber()), 60, 116, 700, 92);
        Text.drawCentered(g, spaced(wb.trackingNumber()), 410, 238, Face.MONO, 26, INK);
        c.line(INK, 2, 10, 256, 810, 256);
        partyBlock(c, l.pick("收", "DEST", "TO"), wb.recipient(), 256, 21, true);
        c.line(INK, 2, 10, 380, 810, 380);
        partyBlock(c, l.pick("寄", "REM", "FROM"), wb.sender(), 380, 19, false);
        c.line(INK, 2, 10, 476, 810, 476);
        Text.draw(g, l.pick("托寄物：", "Contenido: ", "Contents: ") + wb.contents(), 28, 508, Face.REGULAR, 19, INK);
        Text.draw(g, l.pick("计费重量：", "Peso: ", "Weight: ") + wb.weight(), 28, 540, Face.REGULAR, 19, INK);
        c.line(INK, 2, 520, 476, 520, 590);
        Text.draw(g, l.pick("签收人/时间", "Recibió / fecha", "Received by / date"), 536, 504, Face.REGULAR, 16, GREY);
        c.line(GREY, 1, 536, 560, 792, 560);
        Text.draw(g, wb.footer(), 28, 574, Face.REGULAR, 13, GREY);
        return c.png();
    }

    /** The largest size up to max at which the text fits the room. */
    private static float fit(Graphics2D g, String text, Face face, float max, float room) {
        float size = max;
        while (size > 10 && Text.width(g, text, face, size) > room) {
            size -= 0.5f;
        }
        return size;
    }

    private static void partyBlock(Canvas c, String tag, Party p, float top, float size, boolean big) {
        Graphics2D g = c.g;
        float box = big ? 64 : 48;
        c.g.setColor(INK);
        c.g.fillRect(24, (int) top + 16, (int) box, (int) box);
        Text.drawCentered(g, tag, 24 + box / 2, top + 16 + box * 0.68f, Face.BOLD, tag.length() > 1 ? 15 : box * 0.55f,
                Color.WHITE);
        float x = 24 + box + 22;
        Text.draw(g, p.name() + "    " + p.phone(), x, top + 16 + size + 6, Face.BOLD, size + 2, INK);
        Text.block(g, p.address(), x, top + 16 + size + 16, 780 - x, Face.REGULAR, size, INK);
    }

    /** Interleaved 2 of 5: narrow 3 px, wide 7 px, start/stop codes, a real scannable bar pattern. */
    static void barcode(Canvas c, String digits, float x, float y, float maxWidth, float height) {
        String seq = Barcodes.interleaved2of5(digits);
        float total = 0;
        for (int i = 0; i < seq.length(); i++) {
            total += seq.charAt(i) == 'w' ? 2.5f : 1f;
        }
        float unit = Math.min(3f, maxWidth / total);
        float bx = x + (maxWidth - total * unit) / 2;
        c.g.setColor(Color.BLACK);
        for (int i = 0; i < seq.length(); i++) {
            float width = (seq.charAt(i) == 'w' ? 2.5f : 1f) * unit;
            if (i % 2 == 0) {
                c.g.fill(new java.awt.geom.Rectangle2D.Float(bx, y, width, height));
            }
            bx += width;
        }
    }

    /** The digits of a tracking number, padded to an even count for ITF. */
    static String digits(String trackingNumber) {
        String d = trackingNumber.replaceAll("[^0-9]", "");
        return d.length() % 2 == 0 ? d : "0" + d;
    }

    private static String spaced(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append(' ');
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- bank receipt

    static byte[] bankReceipt(BankReceipt r) {
        int rowH = 46;
        int height = 200 + r.rows().size() * rowH + 90;
        Canvas c = new Canvas(960, height, rgb(0xFBFAF6));
        Graphics2D g = c.g;
        Color frame = rgb(0x2E5C8A);
        Text.draw(g, r.bank(), 40, 62, Face.BOLD, 28, frame);
        Text.drawCentered(g, r.title(), 480, 122, Face.BOLD, 32, INK);
        c.line(frame, 2, 40, 146, 920, 146);
        float top = 168;
        float labelW = 0;
        for (Screens.Row row : r.rows()) {
            labelW = Math.max(labelW, Text.width(g, row.label(), Face.REGULAR, 19));
        }
        float split = 56 + labelW + 24;
        for (int i = 0; i < r.rows().size(); i++) {
            Screens.Row row = r.rows().get(i);
            float y = top + i * rowH;
            if (i % 2 == 0) {
                c.g.setColor(rgb(0xF0F3F7));
                c.g.fillRect(40, (int) y, 880, rowH);
            }
            Text.draw(g, row.label(), 56, y + 30, Face.REGULAR, 19, GREY);
            Text.draw(g, row.value(), split + 20, y + 30, Face.REGULAR, 20, INK);
        }
        float bottom = top + r.rows().size() * rowH;
        c.stroke(frame, 1.5f, 40, top, 880, bottom - top, 0);
        c.line(frame, 1, split, top, split, bottom);
        Text.draw(g, r.footer(), 40, bottom + 44, Face.REGULAR, 15, GREY);
        if (r.sealText() != null) {
            seal(c, 800, bottom - 40, 78, r.sealText(), r.sealCenter());
        }
        watermark(c, r.lang().pick("样例 · SAMPLE", "MUESTRA · SAMPLE", "SAMPLE"));
        return c.png();
    }

    /** A round red seal: text around the rim, a star, a line below the star. */
    static void seal(Canvas c, float cx, float cy, float r, String rim, String center) {
        Graphics2D g = c.g;
        g.setColor(SEAL_RED);
        g.setStroke(new BasicStroke(4));
        g.draw(new Ellipse2D.Float(cx - r, cy - r, 2 * r, 2 * r));
        star(g, cx, cy - 2, r * 0.26f);
        int n = rim.codePointCount(0, rim.length());
        float size = n <= 10 ? r * 0.24f : r * 0.19f;
        float radius = r - size * 0.95f;
        double step = size * 1.12 / radius;
        double span = Math.min(Math.toRadians(285), step * (n - 1));
        step = n > 1 ? span / (n - 1) : 0;
        double start = -Math.PI / 2 - span / 2;
        int idx = 0;
        for (int i = 0; i < rim.length(); ) {
            int cp = rim.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            double a = start + step * idx;
            AffineTransform saved = g.getTransform();
            g.translate(cx + Math.cos(a) * radius, cy + Math.sin(a) * radius);
            g.rotate(a + Math.PI / 2);
            float w = Text.width(g, ch, Face.BOLD, size);
            Text.draw(g, ch, -w / 2, size / 2, Face.BOLD, size, SEAL_RED);
            g.setTransform(saved);
            i += Character.charCount(cp);
            idx++;
        }
        if (center != null) {
            Text.drawCentered(g, center, cx, cy + r * 0.62f, Face.BOLD, r * 0.19f, SEAL_RED);
        }
    }

    private static void star(Graphics2D g, float cx, float cy, float r) {
        Path2D.Float p = new Path2D.Float();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            float rr = i % 2 == 0 ? r : r * 0.4f;
            float x = cx + (float) Math.cos(a) * rr;
            float y = cy + (float) Math.sin(a) * rr;
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        g.fill(p);
    }

    /** A faint diagonal mark, so a drawn receipt or notice is never mistaken for a real one. */
    static void watermark(Canvas c, String text) {
        Graphics2D g = c.g;
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 7, c.w / 2.0, c.h / 2.0);
        float w = Text.width(g, text, Face.BOLD, 64);
        Text.draw(g, text, (c.w - w) / 2, c.h / 2f + 20, Face.BOLD, 64, rgba(0x999999, 38));
        g.setTransform(saved);
    }

    // ---------------------------------------------------------------- official notice

    static byte[] notice(Notice n) {
        Canvas c = new Canvas(900, 1273, Color.WHITE);
        Graphics2D g = c.g;
        Color red = rgb(0xD01818);
        float issuerSize = 50;
        Text.drawCentered(g, n.issuer(), 450, 150, Face.BOLD, issuerSize, red);
        Text.drawCentered(g, n.number(), 450, 232, Face.REGULAR, 22, INK);
        c.line(red, 4, 80, 262, 820, 262);
        c.line(red, 1.5f, 80, 270, 820, 270);
        float y = Text.blockHeight(g, n.title(), Face.BOLD, 30, 660) > 60 ? 300 : 318;
        for (var tl : Text.wrap(g, n.title(), Face.BOLD, 30, 660)) {
            g.setColor(INK);
            tl.draw(g, 450 - tl.getVisibleAdvance() / 2, y + 34);
            y += Text.lineHeight(30);
        }
        y += 24;
        for (String p : n.paragraphs()) {
            y = Text.block(g, p, 100, y, 700, Face.REGULAR, 22, INK) + 6;
        }
        y += 40;
        Text.drawRight(g, n.signer(), 790, y + 24, Face.REGULAR, 22, INK);
        Text.drawRight(g, n.date(), 770, y + 64, Face.REGULAR, 22, INK);
        seal(c, 690, y + 30, 92, n.sealText(), null);
        c.line(INK, 1, 80, 1180, 820, 1180);
        Text.draw(g, n.copyTo(), 96, 1214, Face.REGULAR, 17, INK);
        c.line(INK, 1, 80, 1232, 820, 1232);
        watermark(c, "样例 · SAMPLE");
        return c.png();
    }

    // ---------------------------------------------------------------- fund statement (desktop)

    static byte[] statement(Statement s) {
        int rowH = 48;
        int height = 300 + s.rows().size() * rowH + 60;
        Canvas c = new Canvas(1200, height, rgb(0xF2F3F5));
        Graphics2D g = c.g;
        c.g.setColor(rgb(0xDCDCDC));
        c.g.fillRect(0, 0, 1200, 36);
        int[] dots = {0xFF5F57, 0xFEBC2E, 0x28C840};
        for (int i = 0; i < 3; i++) {
            c.g.setColor(rgb(dots[i]));
            c.g.fill(new Ellipse2D.Float(16 + i * 22, 11, 14, 14));
        }
        c.fill(Color.WHITE, 300, 6, 600, 24, 6);
        Text.drawCentered(g, "pay.merchant.example/fund/flow", 600, 24, Face.REGULAR, 14, GREY);
        c.g.setColor(rgb(0x1AAD19));
        c.g.fillRect(0, 36, 1200, 60);
        Text.draw(g, s.platform(), 28, 75, Face.BOLD, 22, Color.WHITE);
        Text.draw(g, s.breadcrumb(), 28, 134, Face.REGULAR, 18, GREY);
        c.fill(Color.WHITE, 20, 152, 1160, 60, 6);
        Text.draw(g, s.filter(), 40, 189, Face.REGULAR, 17, INK);
        float top = 230;
        c.fill(Color.WHITE, 20, top, 1160, 62 + s.rows().size() * rowH, 6);
        c.g.setColor(rgb(0xF7F8FA));
        c.g.fillRect(20, (int) top, 1160, 50);
        float x = 36;
        for (int i = 0; i < s.columns().size(); i++) {
            Text.draw(g, s.columns().get(i), x, top + 32, Face.BOLD, 16, rgb(0x333333));
            x += s.columnWidths()[i];
        }
        for (int r = 0; r < s.rows().size(); r++) {
            float y = top + 50 + r * rowH;
            if (r >= s.highlightFrom() && r <= s.highlightTo()) {
                c.g.setColor(rgb(0xFFF8E1));
                c.g.fillRect(20, (int) y, 1160, rowH);
            }
            c.line(rgb(0xEBEBEB), 1, 20, y, 1180, y);
            x = 36;
            List<String> row = s.rows().get(r);
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                Color col = v.startsWith("-") ? rgb(0xD93026) : v.startsWith("+") ? rgb(0x1A8F3C) : INK;
                Text.draw(g, v, x, y + 31, i == 1 ? Face.MONO : Face.REGULAR, 15, col);
                x += s.columnWidths()[i];
            }
        }
        return c.png();
    }
}
