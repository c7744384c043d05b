package com.arbitra.domain.ports;

import java.util.Optional;

/** The attachments' bytes, by their SHA-256. */
@FunctionalInterface
public interface AttachmentStore {
    Optional<byte[]> blob(String sha256);
}
