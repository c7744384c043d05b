package com.arbitra.ui.evidence;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** A declared media type such as {@code text/plain; charset=GBK}: what the viewer can show of it. */
record MediaType(String base, Charset charset) {

    enum Kind { IMAGE, PDF, TEXT, OTHER }

    /** The types the viewer shows, with the extension a copy opened by another program gets. */
    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/png", ".png",
            "image/jpeg", ".jpg",
            "image/gif", ".gif",
            "image/bmp", ".bmp",
            "application/pdf", ".pdf",
            "text/plain", ".txt");

    static MediaType parse(String declared) {
        String[] parts = (declared == null ? "" : declared).split(";");
        String base = parts[0].strip().toLowerCase(Locale.ROOT);
        Charset charset = StandardCharsets.UTF_8;
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param.length == 2 && param[0].strip().equalsIgnoreCase("charset")) {
                charset = charsetOr(param[1].strip().replace("\"", ""), charset);
            }
        }
        return new MediaType(base, charset);
    }

    Kind kind() {
        if (!EXTENSIONS.containsKey(base)) {
            return Kind.OTHER;
        }
        return base.startsWith("image/") ? Kind.IMAGE : base.equals("application/pdf") ? Kind.PDF : Kind.TEXT;
    }

    /**
     * The extension for a copy opened by another program; taken from the checked media type, never from the
     * submitter's file name, so that a file called "invoice.pdf.exe" cannot be run by opening it.
     */
    String extension() {
        return EXTENSIONS.getOrDefault(base, ".bin");
    }

    private static Charset charsetOr(String name, Charset fallback) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return fallback;
        }
    }
}
