package com.arbitra.samples;

import static com.arbitra.samples.Canvas.rgb;

import com.arbitra.samples.Text.Face;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.List;

/** Phone screenshots: a chat, a payment/refund detail page, a product listing. 640 x 1136 pixels. */
final class Screens {

    static final int W = 640;
    static final int H = 1136;
    private static final int STATUS_H = 44;
    private static final int NAV_H = 84;
    private static final Color INK = rgb(0x191919);
    private static final Color GREY = rgb(0x888888);
    private static final Color LIGHT = rgb(0xEDEDED);
    private static final Color GREEN = rgb(0x07C160);

    private Screens() {
    }

    /** A square avatar: a letter on a colour. */
    record Avatar(String glyph, Color color) {
    }

    /** One line of a chat: a message of either side, a time separator or a grey system notice. */
    record Line(Kind kind, String text) {
        enum Kind { ME, THEM, TIME, NOTICE }
    }

    static Line me(String text) {
        return new Line(Line.Kind.ME, text);
    }

    static Line them(String text) {
        return new Line(Line.Kind.THEM, text);
    }

    static Line time(String text) {
        return new Line(Line.Kind.TIME, text);
    }

    static Line notice(String text) {
        return new Line(Line.Kind.NOTICE, text);
    }

    /** A chat as the one who took the screenshot sees it: their own messages on the right, in green. */
    record Chat(Lang lang, String clock, String title, Avatar mine, Avatar theirs, List<Line> lines) {
    }

    record Row(String label, String value) {
    }

    record Step(String label, String time, boolean done) {
    }

    /** A bill or refund detail page of the payment app. */
    record Detail(Lang lang, String clock, String navTitle, Avatar party, String partyName, String amount,
                  String status, Color statusColor, List<Step> steps, List<Row> rows, String footer) {
    }

    /** Draws product art into a box of a picture. */
    interface Art {
        void draw(Canvas c, float x, float y, float w, float h);
    }

    /** A product page of a shop's mini program, with its promotion. */
    record Listing(Lang lang, String clock, String shop, String price, String oldPrice, String sold, String title,
                   String promo, List<String> tags, List<Row> info, Art art) {
    }

    // ---------------------------------------------------------------- chat

    static byte[] chat(Chat chat) {
        Canvas c = new Canvas(W, H, LIGHT);
        Graphics2D g = c.g;
        int bodyTop = STATUS_H + NAV_H;
        int bodyBottom = H - 104;
        List<Placed> placed = layoutChat(g, chat.lines());
        float total = placed.isEmpty() ? 0 : placed.get(placed.size() - 1).bottom;
        float offset = total + 24 > bodyBottom - bodyTop ? bodyBottom - 16 - total : bodyTop + 20;
        g.setClip(0, bodyTop, W, bodyBottom - bodyTop);
        for (Placed p : placed) {
            drawChatLine(c, chat, p, offset);
        }
        g.setClip(null);
        statusBar(c, chat.clock(), LIGHT);
        navBar(c, chat.title(), LIGHT, true);
        inputBar(c, chat.lang());
        return c.png();
    }

    private record Placed(Line line, float top, float bottom, List<TextLayout> lines, float textWidth) {
    }

    private static final float MSG_SIZE = 23;
    private static final float BUBBLE_MAX = 380;
    private static final float PAD_X = 18;
    private static final float PAD_Y = 14;
    private static final float AVATAR = 64;

    private static List<Placed> layoutChat(Graphics2D g, List<Line> lines) {
        List<Placed> out = new ArrayList<>();
        float y = 0;
        for (Line line : lines) {
            switch (line.kind()) {
                case TIME -> {
                    out.add(new Placed(line, y, y + 52, List.of(), 0));
                    y += 52;
                }
                case NOTICE -> {
                    List<TextLayout> ls = Text.wrap(g, line.text(), Face.REGULAR, 18, 460);
                    float height = ls.size() * Text.lineHeight(18) + 20;
                    out.add(new Placed(line, y + 8, y + 8 + height, ls, 0));
                    y += height + 24;
                }
                default -> {
                    List<TextLayout> ls = Text.wrap(g, line.text(), Face.REGULAR, MSG_SIZE, BUBBLE_MAX - 2 * PAD_X);
                    float width = 0;
                    for (TextLayout tl : ls) {
                        width = Math.max(width, tl.getVisibleAdvance());
                    }
                    float height = Math.max(AVATAR, ls.size() * Text.lineHeight(MSG_SIZE) + 2 * PAD_Y);
                    out.add(new Placed(line, y, y + height, ls, width));
                    y += height + 26;
                }
            }
        }
        return out;
    }

    private static void drawChatLine(Canvas c, Chat chat, Placed p, float offset) {
        Graphics2D g = c.g;
        float top = p.top() + offset;
        switch (p.line().kind()) {
            case TIME -> Text.drawCentered(g, p.line().text(), W / 2f, top + 32, Face.REGULAR, 18, rgb(0x9A9A9A));
            case NOTICE -> {
                float width = 0;
                for (TextLayout tl : p.lines()) {
                    width = Math.max(width, tl.getVisibleAdvance());
                }
                float boxW = width + 28;
                c.fill(rgb(0xDADADA), (W - boxW) / 2, top, boxW, p.bottom() - p.top(), 8);
                float y = top + 10;
                for (TextLayout tl : p.lines()) {
                    g.setColor(rgb(0x666666));
                    tl.draw(g, (W - tl.getVisibleAdvance()) / 2, y + tl.getAscent() + 2);
                    y += Text.lineHeight(18);
                }
            }
            default -> {
                boolean mine = p.line().kind() == Line.Kind.ME;
                Avatar avatar = mine ? chat.mine() : chat.theirs();
                float ax = mine ? W - 20 - AVATAR : 20;
                avatar(c, avatar, ax, top, AVATAR);
                float bubbleW = p.textWidth() + 2 * PAD_X;
                float bubbleH = p.lines().size() * Text.lineHeight(MSG_SIZE) + 2 * PAD_Y;
                float bx = mine ? ax - 14 - bubbleW : ax + AVATAR + 14;
                Color fill = mine ? rgb(0x95EC69) : Color.WHITE;
                c.fill(fill, bx, top, bubbleW, bubbleH, 10);
                Path2D.Float tail = new Path2D.Float();
                float tx = mine ? bx + bubbleW : bx;
                float dir = mine ? 1 : -1;
                tail.moveTo(tx - dir, top + 22);
                tail.lineTo(tx + dir * 9, top + 30);
                tail.lineTo(tx - dir, top + 38);
                tail.closePath();
                g.setColor(fill);
                g.fill(tail);
                float y = top + PAD_Y;
                for (TextLayout tl : p.lines()) {
                    float lh = Text.lineHeight(MSG_SIZE);
                    g.setColor(INK);
                    tl.draw(g, bx + PAD_X, y + (lh - tl.getAscent() - tl.getDescent()) / 2 + tl.getAscent());
                    y += lh;
                }
            }
        }
    }

    static void avatar(Canvas c, Avatar a, float x, float y, float size) {
        c.fill(a.color(), x, y, size, size, 8);
        float fs = size * 0.5f;
        float tw = Text.width(c.g, a.glyph(), Face.BOLD, fs);
        Text.draw(c.g, a.glyph(), x + (size - tw) / 2, y + size * 0.68f, Face.BOLD, fs, Color.WHITE);
    }

    private static void inputBar(Canvas c, Lang lang) {
        int top = H - 104;
        c.g.setColor(rgb(0xF7F7F7));
        c.g.fillRect(0, top, W, 104);
        c.line(rgb(0xD9D9D9), 1, 0, top, W, top);
        circleIcon(c, 40, top + 42, 19);
        c.g.setStroke(new BasicStroke(2.4f));
        c.g.draw(new Arc2D.Float(30, top + 32, 14, 20, -60, 120, Arc2D.OPEN));
        c.g.draw(new Arc2D.Float(24, top + 26, 26, 32, -60, 120, Arc2D.OPEN));
        c.fill(Color.WHITE, 74, top + 16, 416, 54, 8);
        circleIcon(c, 532, top + 42, 19);
        c.g.fill(new Ellipse2D.Float(524, top + 36, 4, 5));
        c.g.fill(new Ellipse2D.Float(536, top + 36, 4, 5));
        c.g.draw(new Arc2D.Float(523, top + 36, 18, 14, 200, 140, Arc2D.OPEN));
        circleIcon(c, 596, top + 42, 19);
        c.line(INK, 2.4f, 586, top + 42, 606, top + 42);
        c.line(INK, 2.4f, 596, top + 32, 596, top + 52);
        c.g.setColor(rgb(0x111111));
        c.g.fillRect(W / 2 - 70, H - 14, 140, 5);
    }

    private static void circleIcon(Canvas c, float cx, float cy, float r) {
        c.g.setColor(INK);
        c.g.setStroke(new BasicStroke(2.4f));
        c.g.draw(new Ellipse2D.Float(cx - r, cy - r, 2 * r, 2 * r));
    }

    // ---------------------------------------------------------------- phone chrome

    static void statusBar(Canvas c, String clock, Color bg) {
        c.g.setColor(bg);
        c.g.fillRect(0, 0, W, STATUS_H);
        Text.draw(c.g, clock, 34, 31, Face.BOLD, 21, INK);
        for (int i = 0; i < 4; i++) {
            c.fill(INK, 486 + i * 8, 28 - i * 4 - 6, 5, i * 4 + 6, 1);
        }
        c.g.setColor(INK);
        c.g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            float r = 5 + i * 5;
            c.g.draw(new Arc2D.Float(539 - r, 29 - r, 2 * r, 2 * r, 50, 80, Arc2D.OPEN));
        }
        c.stroke(INK, 1.6f, 566, 15, 42, 19, 5);
        c.fill(INK, 569, 18, 30, 13, 3);
        c.fill(INK, 609, 21, 3, 7, 1);
    }

    static void navBar(Canvas c, String title, Color bg, boolean menu) {
        c.g.setColor(bg);
        c.g.fillRect(0, STATUS_H, W, NAV_H);
        float mid = STATUS_H + NAV_H / 2f;
        c.line(INK, 3, 40, mid, 52, mid - 13);
        c.line(INK, 3, 40, mid, 52, mid + 13);
        String shown = title;
        while (Text.width(c.g, shown, Face.BOLD, 25) > 420) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        Text.drawCentered(c.g, shown, W / 2f, mid + 9, Face.BOLD, 25, INK);
        if (menu) {
            for (int i = 0; i < 3; i++) {
                c.g.setColor(INK);
                c.g.fill(new Ellipse2D.Float(574 + i * 12, mid - 3, 6, 6));
            }
        }
        c.line(rgb(0xD6D6D6), 1, 0, STATUS_H + NAV_H, W, STATUS_H + NAV_H);
    }

    // ---------------------------------------------------------------- bill / refund detail

    static byte[] detail(Detail d) {
        Canvas c = new Canvas(W, H, LIGHT);
        Graphics2D g = c.g;
        statusBar(c, d.clock(), Color.WHITE);
        navBar(c, d.navTitle(), Color.WHITE, true);
        float top = STATUS_H + NAV_H + 20;
        float cardBottom = H - 150;
        c.fill(Color.WHITE, 20, top, W - 40, cardBottom - top, 12);
        float cx = W / 2f;
        float y = top + 40;
        c.g.setColor(d.party().color());
        c.g.fill(new Ellipse2D.Float(cx - 34, y, 68, 68));
        float gw = Text.width(g, d.party().glyph(), Face.BOLD, 32);
        Text.draw(g, d.party().glyph(), cx - gw / 2, y + 46, Face.BOLD, 32, Color.WHITE);
        y += 104;
        Text.drawCentered(g, d.partyName(), cx, y, Face.REGULAR, 22, INK);
        y += 74;
        Text.drawCentered(g, d.amount(), cx, y, Face.BOLD, 54, INK);
        y += 44;
        Text.drawCentered(g, d.status(), cx, y, Face.REGULAR, 22, d.statusColor());
        y += 36;
        if (!d.steps().isEmpty()) {
            y = steps(c, d.steps(), y);
        }
        c.line(rgb(0xE5E5E5), 1, 50, y, W - 50, y);
        y += 26;
        float valueLeft = 250;
        float valueWidth = W - 50 - valueLeft;
        for (Row row : d.rows()) {
            Text.draw(g, row.label(), 50, y + 22, Face.REGULAR, 20, GREY);
            float blockW = Text.blockWidth(g, row.value(), Face.REGULAR, 20, valueWidth);
            float bottom = Text.block(g, row.value(), W - 50 - blockW, y - 2, blockW + 1, Face.REGULAR, 20, INK);
            y = Math.max(y + 30, bottom) + 16;
        }
        if (d.footer() != null) {
            Text.drawCentered(g, d.footer(), cx, cardBottom + 60, Face.REGULAR, 20, rgb(0x576B95));
        }
        c.g.setColor(rgb(0x111111));
        c.g.fillRect(W / 2 - 70, H - 14, 140, 5);
        return c.png();
    }

    private static float steps(Canvas c, List<Step> steps, float y) {
        float x = 70;
        float top = y + 10;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            float sy = top + i * 62;
            Color dot = s.done() ? GREEN : rgb(0xC8C8C8);
            if (i < steps.size() - 1) {
                c.line(steps.get(i + 1).done() ? GREEN : rgb(0xC8C8C8), 3, x, sy + 10, x, sy + 62);
            }
            c.g.setColor(dot);
            c.g.fill(new Ellipse2D.Float(x - 9, sy + 1, 18, 18));
            Text.draw(c.g, s.label(), x + 28, sy + 17, Face.REGULAR, 21, s.done() ? INK : GREY);
            Text.draw(c.g, s.time(), x + 28, sy + 44, Face.REGULAR, 17, GREY);
        }
        return top + steps.size() * 62 + 10;
    }

    // ---------------------------------------------------------------- product listing

    static byte[] listing(Listing l) {
        Canvas c = new Canvas(W, H, rgb(0xF4F4F4));
        Graphics2D g = c.g;
        float artTop = STATUS_H + NAV_H;
        float artH = 450;
        l.art().draw(c, 0, artTop, W, artH);
        statusBar(c, l.clock(), Color.WHITE);
        navBar(c, l.shop(), Color.WHITE, true);
        Text.draw(g, "1/5", W - 76, artTop + artH - 14, Face.REGULAR, 18, Color.WHITE);
        float y = artTop + artH;
        c.g.setColor(Color.WHITE);
        c.g.fillRect(0, (int) y, W, 300);
        float px = 28;
        float adv = Text.draw(g, l.price(), px, y + 58, Face.BOLD, 44, rgb(0xFA2C19));
        float oldX = px + adv + 16;
        Text.draw(g, l.oldPrice(), oldX, y + 56, Face.REGULAR, 22, GREY);
        float ow = Text.width(g, l.oldPrice(), Face.REGULAR, 22);
        c.line(GREY, 1.5f, oldX, y + 48, oldX + ow, y + 48);
        Text.drawRight(g, l.sold(), W - 28, y + 56, Face.REGULAR, 20, GREY);
        y += 80;
        c.fill(rgb(0xFFF1EE), 20, y, W - 40, 56, 8);
        c.fill(rgb(0xFA2C19), 20, y, 72, 56, 8);
        c.g.fillRect(80, (int) y, 12, 56);
        Text.drawCentered(g, l.lang().pick("赠品", "Regalo", "Gift"), 56, y + 36, Face.BOLD, 20, Color.WHITE);
        Text.draw(g, l.promo(), 108, y + 37, Face.BOLD, 22, rgb(0xFA2C19));
        y += 76;
        y = Text.block(g, l.title(), 28, y, W - 56, Face.BOLD, 25, INK) + 14;
        float tx = 28;
        for (String tag : l.tags()) {
            float tw = Text.width(g, tag, Face.REGULAR, 18);
            c.stroke(rgb(0xF0A38F), 1.2f, tx, y, tw + 20, 32, 4);
            Text.draw(g, tag, tx + 10, y + 23, Face.REGULAR, 18, rgb(0xE0533A));
            tx += tw + 32;
        }
        y += 44;
        c.g.setColor(Color.WHITE);
        c.g.fillRect(0, (int) y, W, (int) (H - 110 - y));
        for (Row row : l.info()) {
            Text.draw(g, row.label(), 28, y + 26, Face.REGULAR, 19, GREY);
            Text.draw(g, row.value(), 120, y + 26, Face.REGULAR, 19, INK);
            c.line(rgb(0xF0F0F0), 1, 28, y + 44, W - 28, y + 44);
            y += 48;
        }
        float barTop = H - 110;
        c.g.setColor(Color.WHITE);
        c.g.fillRect(0, (int) barTop, W, 110);
        c.line(rgb(0xE2E2E2), 1, 0, barTop, W, barTop);
        String[] icons = {l.lang().pick("店铺", "Tienda", "Shop"), l.lang().pick("客服", "Chat", "Chat"),
                l.lang().pick("收藏", "Guardar", "Save")};
        for (int i = 0; i < icons.length; i++) {
            float ix = 46 + i * 72;
            c.stroke(INK, 2, ix - 13, barTop + 16, 26, 24, 6);
            Text.drawCentered(g, icons[i], ix, barTop + 66, Face.REGULAR, 16, rgb(0x555555));
        }
        c.fill(rgb(0xFFB300), 240, barTop + 14, 184, 62, 31);
        c.fill(rgb(0xFA2C19), 400, barTop + 14, 212, 62, 31);
        c.g.setColor(rgb(0xFFB300));
        c.g.fillRect(240 + 31, (int) barTop + 14, 150, 62);
        Text.drawCentered(g, l.lang().pick("加入购物车", "Al carrito", "Add to cart"), 332, barTop + 53, Face.BOLD, 21,
                Color.WHITE);
        Text.drawCentered(g, l.lang().pick("立即购买", "Comprar", "Buy now"), 508, barTop + 53, Face.BOLD, 21,
                Color.WHITE);
        c.g.setColor(rgb(0x111111));
        c.g.fillRect(W / 2 - 70, H - 12, 140, 5);
        return c.png();
    }

    /** A rounded rectangle shape, for callers that clip to it. */
    static Shape rounded(float x, float y, float w, float h, float r) {
        return new RoundRectangle2D.Float(x, y, w, h, 2 * r, 2 * r);
    }
}
