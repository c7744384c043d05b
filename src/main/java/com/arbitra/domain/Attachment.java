package com.arbitra.domain;

/** A file of evidence; its bytes are kept once per SHA-256 by the store. */
public record Attachment(String attachmentId, String fileName, String mediaType, long size, String sha256) {
}
