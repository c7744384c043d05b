package com.arbitra.ui.evidence;

import com.arbitra.domain.Attachment;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An attachment's bytes as a loader found them. {@code hashMatches} says whether their SHA-256 is the
 * one recorded when the file was submitted; only {@link #checked()} sets it, so the viewer never takes a
 * loader's word for it.
 */
public record AttachmentContent(Attachment attachment, byte[] bytes, boolean hashMatches) {

    public AttachmentContent {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** What a loader returns: the bytes, not yet compared with the recorded hash. */
    public static AttachmentContent unchecked(Attachment attachment, byte[] bytes) {
        return new AttachmentContent(attachment, bytes, false);
    }

    /** The same bytes with {@code hashMatches} computed from them; slow for big files, so off the FX thread. */
    public AttachmentContent checked() {
        return new AttachmentContent(attachment, bytes, sha256(bytes).equalsIgnoreCase(
                Objects.requireNonNullElse(attachment.sha256(), "")));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
