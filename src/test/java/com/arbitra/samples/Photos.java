package com.arbitra.samples;

import static com.arbitra.samples.Canvas.rgb;
import static com.arbitra.samples.Canvas.rgba;

import com.arbitra.samples.Text.Face;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;

/**
 * "Photographs" of goods as a consumer or a merchant takes them with a phone: a simple drawn product on a
 * surface, its damage plainly visible, camera grain, sometimes the camera's date stamp. 720 x 540 JPEG.
 */
final class Photos {

    static final int W = 720;
    static final int H = 540;

    /** What the goods lie on. */
    enum Surface { WOOD, TILE, GRASS, BED, DESK }

    private Photos() {
    }

    // ---------------------------------------------------------------- common

    private static Canvas scene(Surface s, long seed) {
        Canvas c = new Canvas(W, H, Color.WHITE);
        Random rnd = new Random(seed);
        Graphics2D g = c.g;
        switch (s) {
            case WOOD -> {
                g.setPaint(new GradientPaint(0, 0, rgb(0xC89A6A), 0, H, rgb(0xA87848)));
                g.fillRect(0, 0, W, H);
                for (int i = 0; i < 70; i++) {
                    int y = rnd.nextInt(H);
                    c.line(rgba(0x6B4423, 25 + rnd.nextInt(35)), 1 + rnd.nextInt(3), 0, y, W, y + rnd.nextInt(21) - 10);
                }
            }
            case TILE -> {
                g.setColor(rgb(0xD9D4CC));
                g.fillRect(0, 0, W, H);
                for (int x = -40; x < W; x += 180) {
                    c.line(rgb(0xB9B2A6), 3, x + 60, 0, x - 20, H);
                }
                for (int y = 60; y < H; y += 150) {
                    c.line(rgb(0xB9B2A6), 3, 0, y, W, y + 30);
                }
            }
            case GRASS -> {
                g.setPaint(new GradientPaint(0, 0, rgb(0x9CC6E8), 0, 170, rgb(0xD8ECF7)));
                g.fillRect(0, 0, W, 170);
                g.setPaint(new GradientPaint(0, 160, rgb(0x6E9B46), 0, H, rgb(0x4F7A2E)));
                g.fillRect(0, 160, W, H - 160);
                for (int i = 0; i < 900; i++) {
                    int x = rnd.nextInt(W);
                    int y = 170 + rnd.nextInt(H - 170);
                    c.line(rgba(rnd.nextBoolean() ? 0x3D6123 : 0x8DB85C, 150), 1.2f, x, y, x + rnd.nextInt(5) - 2, y - 8);
                }
            }
            case BED -> {
                g.setPaint(new GradientPaint(0, 0, rgb(0xE9E4DC), W, H, rgb(0xD3CCC0)));
                g.fillRect(0, 0, W, H);
                for (int i = 0; i < 9; i++) {
                    c.line(rgba(0xFFFFFF, 70), 14, rnd.nextInt(W), 0, rnd.nextInt(W), H);
                }
            }
            case DESK -> {
                g.setPaint(new GradientPaint(0, 0, rgb(0xF1F1EF), 0, H, rgb(0xD8D8D4)));
                g.fillRect(0, 0, W, H);
            }
        }
        return c;
    }

    private static void shadow(Canvas c, float cx, float cy, float rx, float ry) {
        c.g.setPaint(new java.awt.RadialGradientPaint(cx, cy, rx, new float[] {0f, 1f},
                new Color[] {rgba(0x000000, 90), rgba(0x000000, 0)}));
        AffineTransform saved = c.g.getTransform();
        c.g.translate(cx, cy);
        c.g.scale(1, ry / rx);
        c.g.translate(-cx, -cy);
        c.g.fill(new Ellipse2D.Float(cx - rx, cy - rx, 2 * rx, 2 * rx));
        c.g.setTransform(saved);
    }

    /** Vignette, grain, an optional orange camera date stamp; then JPEG bytes. */
    private static byte[] finish(Canvas c, long seed, String stamp) {
        c.vignette(0.28f);
        if (stamp != null) {
            Text.draw(c.g, stamp, W - 24 - Text.width(c.g, stamp, Face.MONO, 22), H - 24, Face.MONO, 22,
                    rgb(0xFF8A1E));
        }
        c.grain(new Random(seed * 31 + 7), 3);
        return c.jpeg(0.8f);
    }

    private static Color shade(Color c, float f) {
        return new Color(Math.min(255, Math.round(c.getRed() * f)), Math.min(255, Math.round(c.getGreen() * f)),
                Math.min(255, Math.round(c.getBlue() * f)));
    }

    /** A box in a three-quarter view: front, top and right faces. */
    private static void box(Canvas c, float x, float y, float w, float h, float depth, Color color) {
        Graphics2D g = c.g;
        g.setColor(color);
        g.fill(new Rectangle2D.Float(x, y, w, h));
        Path2D.Float top = new Path2D.Float();
        top.moveTo(x, y);
        top.lineTo(x + depth, y - depth * 0.6f);
        top.lineTo(x + w + depth, y - depth * 0.6f);
        top.lineTo(x + w, y);
        top.closePath();
        g.setColor(shade(color, 1.12f));
        g.fill(top);
        Path2D.Float side = new Path2D.Float();
        side.moveTo(x + w, y);
        side.lineTo(x + w + depth, y - depth * 0.6f);
        side.lineTo(x + w + depth, y + h - depth * 0.6f);
        side.lineTo(x + w, y + h);
        side.closePath();
        g.setColor(shade(color, 0.78f));
        g.fill(side);
    }

    private static void bottle(Canvas c, float x, float y, float w, float h, Color glass, String label) {
        Graphics2D g = c.g;
        c.fill(rgb(0x2B2B2B), x + w * 0.3f, y - h * 0.32f, w * 0.4f, h * 0.2f, 6);
        c.fill(rgb(0xE8E8E8), x + w * 0.36f, y - h * 0.12f, w * 0.28f, h * 0.14f, 3);
        g.setPaint(new GradientPaint(x, 0, shade(glass, 0.7f), x + w, 0, shade(glass, 1.25f)));
        g.fill(Screens.rounded(x, y, w, h, 18));
        c.fill(rgba(0xFFFFFF, 60), x + 10, y + 12, 12, h - 24, 6);
        c.fill(rgb(0xF6F1E7), x + 14, y + h * 0.3f, w - 28, h * 0.42f, 4);
        String[] lines = label.split("\n");
        float ly = y + h * 0.51f - (lines.length - 1) * 12 + 6;
        for (int i = 0; i < lines.length; i++) {
            Text.drawCentered(g, lines[i], x + w / 2, ly + i * 24, i == 0 ? Face.BOLD : Face.REGULAR, i == 0 ? 17 : 16,
                    rgb(0x5A4632));
        }
    }

    private static void puddle(Canvas c, Random rnd, float cx, float cy, float r, Color color) {
        Path2D.Float p = new Path2D.Float();
        for (int i = 0; i <= 16; i++) {
            double a = i * Math.PI * 2 / 16;
            float rr = r * (0.75f + rnd.nextFloat() * 0.45f);
            float x = cx + (float) Math.cos(a) * rr * 1.5f;
            float y = cy + (float) Math.sin(a) * rr * 0.5f;
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        c.g.setColor(color);
        c.g.fill(p);
    }

    /** A hand-drawn red ring, as people mark what they mean on a photo. */
    private static void ring(Canvas c, float cx, float cy, float rx, float ry) {
        c.g.setColor(rgb(0xE53935));
        c.g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        c.g.draw(new Arc2D.Float(cx - rx, cy - ry, 2 * rx, 2 * ry, 70, 330, Arc2D.OPEN));
    }

    private static void note(Canvas c, String text, float x, float y, float angle) {
        AffineTransform saved = c.g.getTransform();
        c.g.rotate(angle, x, y);
        float w = Text.width(c.g, text, Face.BOLD, 22) + 28;
        c.fill(rgb(0xFFF27A), x, y, w, 44, 2);
        Text.draw(c.g, text, x + 14, y + 30, Face.BOLD, 22, rgb(0x333333));
        c.g.setTransform(saved);
    }

    // ---------------------------------------------------------------- scenes

    /** A serum bottle with a cracked shoulder and a puddle of serum. */
    static byte[] bottleCracked(long seed, String label, String stamp) {
        Canvas c = scene(Surface.WOOD, seed);
        Random rnd = new Random(seed);
        puddle(c, rnd, 420, 440, 90, rgba(0xF3D98B, 150));
        shadow(c, 330, 450, 120, 26);
        bottle(c, 250, 170, 160, 280, rgb(0xB9772C), label);
        c.crack(rnd, rgba(0xFFFFFF, 230), 300, 186, 0.9, 150, 2.5f);
        c.crack(rnd, rgba(0x3A2208, 200), 302, 188, 0.9, 150, 1.2f);
        c.crack(rnd, rgba(0xFFFFFF, 220), 380, 300, 2.2, 90, 2f);
        c.fill(rgba(0xF3D98B, 170), 392, 330, 14, 110, 7);
        return finish(c, seed, stamp);
    }

    /** A shipping carton, crushed at a corner or intact, with its label. */
    static byte[] carton(long seed, boolean crushed, String labelText, String stamp) {
        Canvas c = scene(Surface.TILE, seed);
        Random rnd = new Random(seed);
        shadow(c, 350, 440, 260, 40);
        Color kraft = rgb(0xC49A63);
        box(c, 130, 200, 380, 230, 120, kraft);
        c.fill(rgba(0xE3C79B, 200), 130 + 170, 200 - 72, 40, 302, 0);
        c.fill(Color.WHITE, 160, 260, 150, 96, 3);
        for (int i = 0; i < 4; i++) {
            c.line(rgb(0x555555), 2, 172, 284 + i * 16, 172 + 90 + rnd.nextInt(30), 284 + i * 16);
        }
        Text.draw(c.g, labelText, 172, 276, Face.BOLD, 13, rgb(0x222222));
        if (crushed) {
            Path2D.Float dent = new Path2D.Float();
            dent.moveTo(510, 200);
            dent.lineTo(600, 140);
            dent.lineTo(590, 230);
            dent.lineTo(545, 270);
            dent.lineTo(500, 250);
            dent.closePath();
            c.g.setColor(rgb(0x8E6A3E));
            c.g.fill(dent);
            for (int i = 0; i < 5; i++) {
                c.line(rgba(0x5A3F1E, 200), 2, 505 + i * 12, 205 + i * 6, 560 + i * 8, 170 + i * 14);
            }
            c.crack(rnd, rgba(0x3A2A14, 230), 470, 330, 0.3, 80, 2.5f);
            puddle(c, rnd, 520, 445, 40, rgba(0x7A5A32, 120));
        }
        return finish(c, seed, stamp);
    }

    /** An open gift box of cherries, a third of them soft, brown and mouldy. */
    static byte[] cherries(long seed, String stamp) {
        Canvas c = scene(Surface.WOOD, seed);
        Random rnd = new Random(seed);
        shadow(c, 360, 470, 300, 40);
        c.fill(rgb(0x2E2E2E), 90, 90, 540, 380, 14);
        c.fill(rgb(0xF2F2F2), 110, 110, 500, 340, 8);
        for (int i = 0; i < 70; i++) {
            float x = 140 + rnd.nextInt(440);
            float y = 135 + rnd.nextInt(290);
            boolean bad = x > 400 && rnd.nextInt(10) < 7 || rnd.nextInt(12) == 0;
            Color col = bad ? rgb(0x5C3A21 + rnd.nextInt(3) * 0x060402) : rgb(0x8E0F1F + rnd.nextInt(4) * 0x0A0000);
            c.g.setColor(col);
            c.g.fill(new Ellipse2D.Float(x - 22, y - 20, 44, 40));
            c.g.setColor(rgba(0xFFFFFF, bad ? 40 : 110));
            c.g.fill(new Ellipse2D.Float(x - 12, y - 12, 12, 8));
            if (bad) {
                for (int k = 0; k < 6; k++) {
                    c.g.setColor(rgba(0xE8EDE0, 210));
                    c.g.fill(new Ellipse2D.Float(x - 14 + rnd.nextInt(24), y - 12 + rnd.nextInt(20), 5, 5));
                }
            } else {
                c.line(rgb(0x4F6B2A), 2.5f, x, y - 18, x + 6, y - 36);
            }
        }
        ring(c, 500, 290, 130, 150);
        return finish(c, seed, stamp);
    }

    /** An espresso machine with a dent in its side and water pooling under the tank. */
    static byte[] espressoMachine(long seed, String stamp) {
        Canvas c = scene(Surface.TILE, seed);
        Random rnd = new Random(seed);
        puddle(c, rnd, 470, 470, 70, rgba(0xCFE3F0, 170));
        shadow(c, 360, 470, 230, 30);
        Graphics2D g = c.g;
        g.setPaint(new GradientPaint(180, 0, rgb(0x8E949A), 540, 0, rgb(0xE3E6E9)));
        g.fill(Screens.rounded(180, 110, 360, 350, 22));
        c.fill(rgb(0x2C2C2C), 200, 130, 320, 70, 10);
        c.fill(rgb(0x7ED957), 220, 152, 14, 14, 7);
        c.fill(rgb(0xBFBFBF), 250, 150, 40, 20, 4);
        c.fill(rgb(0x3A3A3A), 240, 230, 240, 40, 6);
        c.fill(rgb(0x1E1E1E), 280, 268, 160, 30, 8);
        c.fill(rgb(0x1E1E1E), 440, 275, 120, 16, 8);
        c.fill(rgb(0xF5F5F5), 320, 330, 80, 80, 6);
        c.fill(rgb(0x555555), 200, 425, 320, 30, 6);
        g.setPaint(new java.awt.RadialGradientPaint(500, 330, 46, new float[] {0f, 0.7f, 1f},
                new Color[] {rgb(0x5E6369), rgb(0x7D838A), rgba(0xB8BDC2, 0)}));
        g.fill(new Ellipse2D.Float(454, 290, 92, 84));
        c.line(rgba(0xFFFFFF, 200), 2, 470, 300, 520, 312);
        c.fill(rgba(0xCFE3F0, 190), 520, 400, 8, 60, 4);
        ring(c, 500, 330, 70, 64);
        return finish(c, seed, stamp);
    }

    /** Two bottles side by side, the one received next to the one from a brand counter. */
    static byte[] bottlesCompared(long seed, String leftNote, String rightNote, String stamp) {
        Canvas c = scene(Surface.DESK, seed);
        shadow(c, 220, 470, 120, 22);
        shadow(c, 500, 470, 120, 22);
        bottle(c, 140, 200, 150, 260, rgb(0x7A4A1C), "RUNYA 雅润\n修护精华露\n100ml");
        bottle(c, 420, 200, 150, 260, rgb(0x9A6428), "RUNYA 雅润\n修复精华露\n100mI");
        c.fill(rgb(0x444444), 420 + 45, 200 - 83, 60, 52, 4);
        ring(c, 496, 150, 60, 48);
        ring(c, 496, 310, 80, 50);
        note(c, leftNote, 90, 60, -0.05f);
        note(c, rightNote, 400, 60, 0.04f);
        return finish(c, seed, stamp);
    }

    /** A pitched dome tent with a torn fly, a snapped pole section in front. */
    static byte[] tent(long seed, String stamp) {
        Canvas c = scene(Surface.GRASS, seed);
        Random rnd = new Random(seed);
        Graphics2D g = c.g;
        shadow(c, 360, 420, 280, 36);
        Path2D.Float dome = new Path2D.Float();
        dome.moveTo(110, 410);
        dome.curveTo(160, 150, 560, 150, 610, 410);
        dome.closePath();
        g.setPaint(new GradientPaint(110, 200, rgb(0xF08A24), 610, 400, rgb(0xB85A0F)));
        g.fill(dome);
        g.setColor(rgb(0x6E3A0C));
        g.setStroke(new BasicStroke(4));
        g.draw(new Arc2D.Float(170, 200, 380, 420, 0, 180, Arc2D.OPEN));
        c.fill(rgb(0x2E2E2E), 300, 300, 120, 110, 50);
        Path2D.Float tear = new Path2D.Float();
        tear.moveTo(440, 250);
        tear.lineTo(470, 262);
        tear.lineTo(458, 275);
        tear.lineTo(492, 290);
        tear.lineTo(474, 296);
        tear.lineTo(446, 270);
        tear.closePath();
        g.setColor(rgb(0x1F1F1F));
        g.fill(tear);
        c.crack(rnd, rgb(0x7A3A08), 440, 250, 0.4, 60, 1.5f);
        c.line(rgb(0x9A9FA5), 7, 150, 480, 330, 458);
        c.line(rgb(0x9A9FA5), 7, 352, 462, 520, 500);
        c.line(rgb(0xC9CDD1), 2, 330, 454, 342, 470);
        ring(c, 466, 272, 50, 40);
        ring(c, 340, 464, 40, 30);
        return finish(c, seed, stamp);
    }

    /** A "whole box" of blind boxes seen from above: three of twelve slots empty, the seal cut. */
    static byte[] blindBoxTray(long seed, String stamp) {
        Canvas c = scene(Surface.BED, seed);
        Random rnd = new Random(seed);
        shadow(c, 360, 470, 300, 30);
        c.fill(rgb(0x6B4FA0), 100, 70, 520, 400, 10);
        c.fill(rgb(0xEFEAF6), 116, 86, 488, 368, 6);
        int[] empty = {3, 6, 10};
        int idx = 0;
        for (int r = 0; r < 3; r++) {
            for (int col = 0; col < 4; col++) {
                float x = 130 + col * 118;
                float y = 100 + r * 118;
                boolean missing = idx == empty[0] || idx == empty[1] || idx == empty[2];
                if (missing) {
                    c.fill(rgb(0xC9C1D9), x, y, 104, 104, 4);
                    c.stroke(rgb(0xA99CC3), 2, x + 6, y + 6, 92, 92, 3);
                } else {
                    Color col2 = new Color(Color.HSBtoRGB(rnd.nextFloat(), 0.45f, 0.95f));
                    c.fill(col2, x, y, 104, 104, 4);
                    Text.drawCentered(c.g, "?", x + 52, y + 70, Face.BOLD, 48, rgba(0xFFFFFF, 220));
                }
                idx++;
            }
        }
        c.fill(rgb(0xFFFFFF), 300, 56, 46, 30, 2);
        c.fill(rgb(0xFFFFFF), 372, 58, 46, 30, 2);
        Text.drawCentered(c.g, "封", 323, 80, Face.BOLD, 20, rgb(0xD32F2F));
        Text.drawCentered(c.g, "条", 395, 82, Face.BOLD, 20, rgb(0xD32F2F));
        c.crack(rnd, rgb(0x777777), 350, 56, 1.5, 32, 1.5f);
        ring(c, 360, 280, 260, 200);
        return finish(c, seed, stamp);
    }

    /** A round robot vacuum with its red fault light, the app's error shown on a phone beside it. */
    static byte[] robotVacuum(long seed, String error, String stamp) {
        Canvas c = scene(Surface.TILE, seed);
        Graphics2D g = c.g;
        shadow(c, 280, 430, 210, 40);
        g.setPaint(new GradientPaint(100, 120, rgb(0x3C3F44), 460, 440, rgb(0x16181B)));
        g.fill(new Ellipse2D.Float(90, 130, 380, 300));
        g.setColor(rgb(0x5A5E64));
        g.fill(new Ellipse2D.Float(220, 170, 120, 80));
        g.setColor(rgb(0xE53935));
        g.fill(new Ellipse2D.Float(266, 270, 28, 28));
        g.setColor(rgba(0xE53935, 80));
        g.fill(new Ellipse2D.Float(252, 256, 56, 56));
        c.fill(rgb(0x101010), 470, 150, 210, 360, 24);
        c.fill(Color.WHITE, 482, 170, 186, 320, 10);
        c.fill(rgb(0xFDECEA), 492, 240, 166, 150, 8);
        Text.drawCentered(g, "⚠", 575, 290, Face.BOLD, 38, rgb(0xE53935));
        float y = 320;
        for (var tl : Text.wrap(g, error, Face.BOLD, 17, 150)) {
            g.setColor(rgb(0xB71C1C));
            tl.draw(g, 575 - tl.getVisibleAdvance() / 2, y);
            y += 24;
        }
        return finish(c, seed, stamp);
    }

    /** A 5-litre olive oil tin, dented at its base, oil soaking the cardboard under it. */
    static byte[] oilTin(long seed, String stamp) {
        Canvas c = scene(Surface.WOOD, seed);
        Random rnd = new Random(seed);
        c.fill(rgb(0xB8915E), 120, 380, 480, 140, 4);
        puddle(c, rnd, 420, 450, 80, rgba(0x7A6A12, 150));
        shadow(c, 350, 430, 170, 26);
        box(c, 220, 140, 230, 290, 70, rgb(0xC8B046));
        Graphics2D g = c.g;
        c.fill(rgb(0x2F5D2A), 232, 190, 206, 180, 4);
        Text.drawCentered(g, "ACEITE DE OLIVA", 335, 240, Face.BOLD, 19, rgb(0xF3E9B5));
        Text.drawCentered(g, "VIRGEN EXTRA", 335, 268, Face.BOLD, 19, rgb(0xF3E9B5));
        Text.drawCentered(g, "Cosecha temprana · 5 L", 335, 320, Face.REGULAR, 14, rgb(0xF3E9B5));
        Path2D.Float dent = new Path2D.Float();
        dent.moveTo(380, 430);
        dent.curveTo(400, 380, 440, 370, 450, 395);
        dent.lineTo(450, 430);
        dent.closePath();
        g.setColor(rgb(0x7F6E22));
        g.fill(dent);
        c.line(rgba(0xFFFFFF, 180), 2, 392, 410, 440, 386);
        c.fill(rgba(0x8A7A1A, 200), 436, 420, 8, 40, 4);
        ring(c, 420, 410, 60, 44);
        return finish(c, seed, stamp);
    }

    /** An open photo book whose print has a strong green cast, the phone preview beside it. */
    static byte[] photoBook(long seed, String stamp) {
        Canvas c = scene(Surface.DESK, seed);
        Graphics2D g = c.g;
        shadow(c, 300, 460, 270, 30);
        c.fill(rgb(0xF7F5F0), 40, 110, 500, 340, 4);
        c.line(rgb(0xCFCAC0), 2, 290, 110, 290, 450);
        portrait(c, 66, 140, 200, 270, true);
        portrait(c, 314, 140, 200, 270, true);
        c.fill(rgb(0x111111), 560, 120, 140, 280, 18);
        portrait(c, 570, 150, 120, 200, false);
        ring(c, 166, 270, 110, 150);
        return finish(c, seed, stamp);
    }

    private static void portrait(Canvas c, float x, float y, float w, float h, boolean greenCast) {
        Graphics2D g = c.g;
        Color sky = greenCast ? rgb(0x9FC79A) : rgb(0xA9D2F2);
        Color skin = greenCast ? rgb(0xB7C48A) : rgb(0xF0C6A4);
        Color shirt = greenCast ? rgb(0x4E7A4A) : rgb(0xC0392B);
        g.setColor(sky);
        g.fill(new Rectangle2D.Float(x, y, w, h));
        g.setColor(shirt);
        g.fill(new Ellipse2D.Float(x + w * 0.15f, y + h * 0.62f, w * 0.7f, h * 0.6f));
        g.setColor(skin);
        g.fill(new Ellipse2D.Float(x + w * 0.32f, y + h * 0.25f, w * 0.36f, h * 0.38f));
        g.setColor(greenCast ? rgb(0x2F3A22) : rgb(0x3B2A20));
        g.fill(new Arc2D.Float(x + w * 0.3f, y + h * 0.2f, w * 0.4f, h * 0.3f, 0, 180, Arc2D.CHORD));
    }

    /** A linen dress laid flat, a brown stain on the skirt, its tag still attached. */
    static byte[] dress(long seed, String tag, String stamp) {
        Canvas c = scene(Surface.BED, seed);
        Random rnd = new Random(seed);
        Graphics2D g = c.g;
        Path2D.Float d = new Path2D.Float();
        d.moveTo(300, 60);
        d.lineTo(420, 60);
        d.lineTo(470, 100);
        d.lineTo(440, 150);
        d.lineTo(430, 230);
        d.lineTo(560, 500);
        d.lineTo(160, 500);
        d.lineTo(290, 230);
        d.lineTo(280, 150);
        d.lineTo(250, 100);
        d.closePath();
        g.setColor(rgb(0xD9C6A5));
        g.fill(d);
        c.line(rgb(0xBFAA86), 3, 290, 230, 430, 230);
        for (int i = 0; i < 6; i++) {
            c.line(rgba(0xB49C76, 120), 2, 300 + i * 22, 240, 260 + i * 40, 495);
        }
        puddle(c, rnd, 400, 390, 26, rgba(0x7A5A35, 150));
        puddle(c, rnd, 410, 394, 16, rgba(0x5E4326, 150));
        ring(c, 404, 392, 70, 46);
        c.line(rgb(0x333333), 1.5f, 330, 90, 320, 160);
        c.fill(Color.WHITE, 290, 160, 70, 96, 4);
        Text.draw(g, tag, 298, 190, Face.BOLD, 12, rgb(0x333333));
        Text.draw(g, "T. M", 298, 212, Face.REGULAR, 12, rgb(0x333333));
        Text.draw(g, "89,95 €", 298, 236, Face.BOLD, 13, rgb(0x333333));
        return finish(c, seed, stamp);
    }

    /** A parcel on a reception counter, as the courier photographs a delivery. */
    static java.awt.image.BufferedImage parcelAtReception(long seed) {
        Canvas c = scene(Surface.DESK, seed);
        c.fill(rgb(0x8A6E52), 0, 330, W, 210, 0);
        c.fill(rgb(0xA88A6A), 0, 320, W, 20, 0);
        shadow(c, 360, 330, 200, 24);
        box(c, 220, 200, 240, 130, 70, rgb(0xC49A63));
        c.fill(Color.WHITE, 240, 230, 110, 70, 3);
        Text.draw(c.g, "SF1458203367712", 246, 250, Face.MONO, 11, rgb(0x222222));
        Text.draw(c.g, "RECEPTION 前台", 40, 80, Face.BOLD, 28, rgb(0x6A6A6A));
        c.vignette(0.25f);
        c.grain(new Random(seed), 3);
        c.g.dispose();
        return c.image;
    }

    /** Product art for a listing: a tea gift box and the promised celadon cup. */
    static void teaGiftArt(Canvas c, float x, float y, float w, float h) {
        Graphics2D g = c.g;
        g.setPaint(new GradientPaint(x, y, rgb(0xF4EFE3), x, y + h, rgb(0xE2D8C2)));
        g.fill(new Rectangle2D.Float(x, y, w, h));
        shadow(c, x + w * 0.4f, y + h * 0.84f, 200, 24);
        box(c, x + 90, y + 120, 260, 250, 56, rgb(0x2F5A3A));
        Text.drawCentered(g, "明前龙井", x + 220, y + 230, Face.BOLD, 44, rgb(0xE8D9A8));
        Text.drawCentered(g, "特级 · 250g", x + 220, y + 280, Face.REGULAR, 22, rgb(0xE8D9A8));
        g.setColor(rgb(0xA9C9B0));
        g.fill(new Arc2D.Float(x + 430, y + 230, 150, 150, 180, 180, Arc2D.CHORD));
        g.setColor(rgb(0xC6DDC9));
        g.fill(new Ellipse2D.Float(x + 430, y + 285, 150, 40));
        g.setColor(rgb(0x8DB596));
        g.fill(new Ellipse2D.Float(x + 450, y + 293, 110, 24));
        c.fill(rgb(0xFA2C19), x + 425, y + 150, 160, 56, 28);
        Text.drawCentered(g, "赠 青瓷杯", x + 505, y + 188, Face.BOLD, 24, Color.WHITE);
        g.setColor(rgba(0x000000, 40));
        g.fillRect((int) x, (int) (y + h - 40), (int) w, 40);
    }
}
