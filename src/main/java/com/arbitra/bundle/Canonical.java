package com.arbitra.bundle;

import com.arbitra.domain.AuditChain;
import com.arbitra.domain.DisputeCase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The platform's part of a case as one canonical text and its SHA-256: the case as read, written
 * back in the format's member order, timestamps in UTC, attachments by their SHA-256 alone, the
 * console's local work and unknown members left out. The same content gives the same hash however
 * the bundle was written (json or zip, inline or by path, any offsets, any member order).
 */
final class Canonical {

    private static final JsonFactory JSON = new JsonFactory();

    private Canonical() {
    }

    static String platformHash(DisputeCase c) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            new CaseWriter(g, (gen, a) -> { }, false).write(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuditChain.sha256(out.toString());
    }
}
