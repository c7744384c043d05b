package com.arbitra.ui.evidence;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF rendered one page at a time. The last few renderings are kept by (page, scale) so that paging
 * back and forth does not render again; a bound keeps an A4 page at 300 % (about 25 MB) from piling up.
 */
final class PdfPages implements Closeable {

    static final int CACHED_PAGES = 6;

    private record Key(int page, double scale) {
    }

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final double[][] sizes;
    private final Map<Key, BufferedImage> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BufferedImage> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private int renders;

    /** Page sizes are read once, while opening: the FX thread asks for them and must not touch the document. */
    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
        this.sizes = new double[document.getNumberOfPages()][];
        for (int i = 0; i < sizes.length; i++) {
            PDPage page = document.getPage(i);
            PDRectangle box = page.getCropBox();
            boolean sideways = page.getRotation() % 180 != 0;
            sizes[i] = sideways ? new double[] {box.getHeight(), box.getWidth()}
                    : new double[] {box.getWidth(), box.getHeight()};
        }
    }

    static PdfPages open(byte[] bytes) throws IOException {
        PDDocument document = Loader.loadPDF(bytes);
        if (document.getNumberOfPages() == 0) {
            document.close();
            throw new IOException("the document has no pages");
        }
        return new PdfPages(document);
    }

    int count() {
        return sizes.length;
    }

    /** Width and height in points as the page is shown, after its own /Rotate. */
    double[] size(int page) {
        return sizes[page].clone();
    }

    /** A rendering already made, or null; never waits for one being made. */
    BufferedImage cached(int page, double scale) {
        synchronized (cache) {
            return cache.get(new Key(page, scale));
        }
    }

    /** Renders (or finds) a page at {@code scale} pixels per point. PDFBox documents are not thread-safe. */
    synchronized BufferedImage render(int page, double scale) throws IOException {
        BufferedImage done = cached(page, scale);
        if (done != null) {
            return done;
        }
        BufferedImage image = renderer.renderImageWithDPI(page, (float) (72 * scale));
        renders++;
        synchronized (cache) {
            cache.put(new Key(page, scale), image);
        }
        return image;
    }

    /** How many pages were actually rendered: lets tests see the cache work. */
    synchronized int renders() {
        return renders;
    }

    @Override
    public synchronized void close() throws IOException {
        synchronized (cache) {
            cache.clear();
        }
        document.close();
    }
}
