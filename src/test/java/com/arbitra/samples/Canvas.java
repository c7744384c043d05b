package com.arbitra.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** An image being drawn, and the encoders that turn it into file bytes. */
final class Canvas {

    final BufferedImage image;
    final Graphics2D g;
    final int w;
    final int h;

    Canvas(int w, int h, Color background) {
        this.w = w;
        this.h = h;
        image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(background);
        g.fillRect(0, 0, w, h);
    }

    static Color rgb(int hex) {
        return new Color(hex);
    }

    static Color rgba(int hex, int alpha) {
        return new Color((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, alpha);
    }

    void fill(Color c, float x, float y, float width, float height, float radius) {
        g.setColor(c);
        g.fill(new RoundRectangle2D.Float(x, y, width, height, radius * 2, radius * 2));
    }

    void stroke(Color c, float lineWidth, float x, float y, float width, float height, float radius) {
        g.setColor(c);
        g.setStroke(new BasicStroke(lineWidth));
        g.draw(new RoundRectangle2D.Float(x, y, width, height, radius * 2, radius * 2));
    }

    void line(Color c, float lineWidth, float x1, float y1, float x2, float y2) {
        g.setColor(c);
        g.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Float(x1, y1, x2, y2));
    }

    /** A jagged crack from (x, y) heading at an angle, with a couple of branches. */
    void crack(Random rnd, Color c, float x, float y, double angle, float length, float lineWidth) {
        Path2D.Float p = new Path2D.Float();
        p.moveTo(x, y);
        float cx = x;
        float cy = y;
        int steps = 9;
        for (int i = 1; i <= steps; i++) {
            double a = angle + (rnd.nextDouble() - 0.5) * 0.9;
            cx += (float) (Math.cos(a) * length / steps);
            cy += (float) (Math.sin(a) * length / steps);
            p.lineTo(cx, cy);
            if (i == 3 || i == 6) {
                double b = a + (rnd.nextBoolean() ? 0.8 : -0.8);
                p.moveTo(cx, cy);
                p.lineTo(cx + (float) Math.cos(b) * length / 5, cy + (float) Math.sin(b) * length / 5);
                p.moveTo(cx, cy);
            }
        }
        g.setColor(c);
        g.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(p);
    }

    /** Slight sensor noise, so a drawn scene reads as a photograph. */
    void grain(Random rnd, int amplitude) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                int n = rnd.nextInt(amplitude * 2 + 1) - amplitude;
                int r = clamp(((rgb >> 16) & 0xff) + n);
                int gr = clamp(((rgb >> 8) & 0xff) + n);
                int b = clamp((rgb & 0xff) + n);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    /** Darkened corners, as a phone camera leaves them. */
    void vignette(float strength) {
        java.awt.RadialGradientPaint p = new java.awt.RadialGradientPaint(w / 2f, h / 2f, Math.max(w, h) * 0.75f,
                new float[] {0.55f, 1f}, new Color[] {new Color(0, 0, 0, 0),
                        new Color(0, 0, 0, Math.round(255 * strength))});
        g.setPaint(p);
        g.fillRect(0, 0, w, h);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    byte[] png() {
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] jpeg(float quality) {
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
