package com.arbitra.ui.evidence;

import com.arbitra.domain.Attachment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The sample evidence files in {@code assets/samples/live/files}, as attachments whose id is their path
 * there and whose recorded SHA-256 is that of the file; and a loader that reads them from disk.
 */
final class Samples {

    static final Path FILES = Path.of("assets/samples/live/files");
    static final String WAYBILL_PNG = "MP-2026-0000112/waybill.png";
    static final String CRACK_JPG = "MP-2026-0000101/bottle-crack.jpg";
    /** The sample PDF with three pages. */
    static final String POLICY_PDF = "MP-2026-0000118/politica-devoluciones.pdf";
    static final String CALL_NOTES_TXT = "MP-2026-0000112/courier-call-notes.txt";
    static final AttachmentLoader LOADER = a -> AttachmentContent.unchecked(a, read(a.attachmentId()));

    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "pdf", "application/pdf", "txt", "text/plain");

    private Samples() {
    }

    static Attachment attachment(String path) {
        byte[] bytes = read(path);
        String name = Path.of(path).getFileName().toString();
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        return new Attachment(path, name, type, bytes.length, AttachmentContent.sha256(bytes));
    }

    static byte[] read(String path) {
        try {
            return Files.readAllBytes(FILES.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
