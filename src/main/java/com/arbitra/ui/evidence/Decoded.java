package com.arbitra.ui.evidence;

import com.arbitra.domain.Attachment;
import com.arbitra.domain.RefusedException;
import com.arbitra.domain.Refusal;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** An attachment's bytes made ready to show, according to its declared media type (off the FX thread). */
sealed interface Decoded {

    /**
     * Above this an image is refused rather than decoded: a small PNG can declare 50,000 × 50,000 pixels
     * and exhaust the heap, and attachments come from outside. Phone photos stay well below it.
     */
    long MAX_PIXELS = 50_000_000L;

    record Picture(BufferedImage image) implements Decoded {
    }

    record Pdf(PdfPages pages) implements Decoded {
    }

    record Text(String text) implements Decoded {
    }

    record Unsupported() implements Decoded {
    }

    static Decoded of(AttachmentContent content) {
        Attachment a = content.attachment();
        MediaType type = MediaType.parse(a.mediaType());
        try {
            return switch (type.kind()) {
                case IMAGE -> new Picture(image(content.bytes(), a));
                case PDF -> new Pdf(PdfPages.open(content.bytes()));
                case TEXT -> new Text(text(content.bytes(), type));
                case OTHER -> new Unsupported();
            };
        } catch (IOException e) {
            throw unreadable(a, type, e);
        }
    }

    private static BufferedImage image(byte[] bytes, Attachment a) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image reader recognises the bytes");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new RefusedException(Refusal.of("evidence.tooLarge", "The image " + a.fileName()
                            + " is too large to show (" + width + " x " + height + ")", a.fileName(), width, height));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static String text(byte[] bytes, MediaType type) {
        String text = new String(bytes, type.charset());
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static RefusedException unreadable(Attachment a, MediaType type, IOException cause) {
        RefusedException e = new RefusedException(Refusal.of("evidence.unreadable", "The file " + a.fileName()
                + " is not a readable " + type.base() + " file: " + cause.getMessage(), a.fileName(), type.base()));
        e.initCause(cause);
        return e;
    }
}
