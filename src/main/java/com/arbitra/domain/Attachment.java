package com.arbitra.domain;

/**
 * A file of evidence; its bytes are kept once per SHA-256 by the store. A <em>reference</em> has no
 * bytes yet: only the {@code url} the platform gave for them (WeChat Pay's media URLs need the
 * merchant's API key to fetch), so it has neither size nor SHA-256 and is never fetched by us.
 */
public record Attachment(String attachmentId, String fileName, String mediaType, long size, String sha256,
                         String url) {

    public Attachment(String attachmentId, String fileName, String mediaType, long size, String sha256) {
        this(attachmentId, fileName, mediaType, size, sha256, null);
    }

    /** An evidence reference: where the platform keeps the file, not retrieved. */
    public static Attachment reference(String attachmentId, String fileName, String mediaType, String url) {
        return new Attachment(attachmentId, fileName, mediaType, 0, null, url);
    }

    /** Whether only the platform's URL is known, not the bytes. */
    public boolean isReference() {
        return sha256 == null && url != null;
    }
}
