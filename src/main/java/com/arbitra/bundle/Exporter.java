package com.arbitra.bundle;

import com.arbitra.domain.AuditLog;
import com.arbitra.domain.ports.ExportResult;

import com.arbitra.store.AtomicFiles;
import com.arbitra.domain.Attachment;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.store.ExportQueries;
import com.arbitra.store.Workspace;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes console bundles: the actions done since the last export (the outbox), or whole cases (a full
 * export). The file is written under a temporary name and renamed into place when complete; only then
 * are the exported actions marked as exported.
 */
public final class Exporter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final JsonFactory JSON = new JsonFactory();
    /** An export that claimed actions and never finished (its process died) gives them up after this. */
    static final java.time.Duration CLAIM_EXPIRES = java.time.Duration.ofMinutes(10);

    /** What an export wrote. */

    private final Workspace workspace;
    private final ExportQueries queries;
    private final Clock clock;

    public Exporter(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.queries = new ExportQueries(workspace);
        this.clock = clock;
    }

    /** The outbox as a {@code producer: console} bundle for the platform. */
    public ExportResult actions(Path out, List<String> caseIds) throws IOException {
        if (workspace.kind() == WorkspaceKind.TRAINING) {
            throw new ExportRefusedException("This is a training workspace: its work never goes to the platform.");
        }
        String bundleId = bundleId("actions");
        Instant now = clock.instant();
        List<ExportQueries.PendingAction> actions = queries.claimPending(caseIds, bundleId, now,
                now.minus(CLAIM_EXPIRES));
        Set<String> cases = new LinkedHashSet<>();
        try {
            writeActions(out, bundleId, now, actions, cases);
        } catch (IOException | RuntimeException e) {
            queries.release(bundleId);
            throw e;
        }
        queries.markExported(bundleId, now);
        return new ExportResult(out, bundleId, cases.size(), actions.size());
    }

    private void writeActions(Path out, String bundleId, Instant now, List<ExportQueries.PendingAction> actions,
                              Set<String> cases) throws IOException {
        AtomicFiles.write(out, stream -> {
            try (JsonGenerator g = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
                // the file is synced after the generator is done: it must not close the stream
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                envelope(g, bundleId, now);
                g.writeArrayFieldStart("cases");
                int i = 0;
                while (i < actions.size()) {
                    ExportQueries.PendingAction first = actions.get(i);
                    g.writeStartObject();
                    g.writeStringField("caseId", first.caseId());
                    g.writeNumberField("baseRevision", first.baseRevision());
                    g.writeArrayFieldStart("actions");
                    while (i < actions.size() && actions.get(i).caseId().equals(first.caseId())
                            && actions.get(i).baseRevision() == first.baseRevision()) {
                        action(g, actions.get(i++));
                    }
                    g.writeEndArray();
                    g.writeStringField("auditHead", queries.auditHead(first.caseId()));
                    g.writeEndObject();
                    cases.add(first.caseId());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    /**
     * Whole cases with their local work. A {@code .zip} holds bundle.json and the attachment files; a
     * {@code .json} carries attachments inline.
     */
    public ExportResult full(Path out, List<String> caseIds) throws IOException {
        boolean zip = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        String bundleId = bundleId("full");
        Instant now = clock.instant();
        long[] count = {0};
        AtomicFiles.write(out, stream -> {
            Set<String> shas = new LinkedHashSet<>();
            ZipOutputStream z = zip ? new ZipOutputStream(stream) : null;
            if (z != null) {
                z.putNextEntry(new ZipEntry(BundleSource.BUNDLE_JSON));
            }
            JsonGenerator g = JSON.createGenerator(z != null ? z : stream, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // compact: a full export is for programs (the import), and indenting a million cases
            // made the file 40% larger (10.2 MB against 7.3 MB for 3,000 bench cases)
            envelope(g, bundleId, now);
            g.writeArrayFieldStart("cases");
            CaseWriter.Attachments attachments = zip ? (gen, a) -> {
                shas.add(a.sha256());
                CaseWriter.Attachments.byPath().write(gen, a);
            } : this::inline;
            CaseWriter writer = new CaseWriter(g, attachments, true);
            try {
                queries.forEachCase(caseIds, c -> {
                    try {
                        writer.write(c);
                        count[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.close();
            if (z != null) {
                z.closeEntry();
                for (String sha : shas) {
                    z.putNextEntry(new ZipEntry("files/" + sha));
                    try (InputStream in = queries.openBlob(sha).orElseThrow(() -> new IOException("attachment "
                            + sha + " is missing from the workspace"))) {
                        in.transferTo(z);
                    }
                    z.closeEntry();
                }
                z.finish();
            }
        });
        return new ExportResult(out, bundleId, count[0], 0);
    }

    private void inline(JsonGenerator g, Attachment a) throws IOException {
        try (InputStream in = queries.openBlob(a.sha256()).orElseThrow(() -> new IOException("attachment "
                + a.sha256() + " is missing from the workspace"))) {
            g.writeFieldName("data");
            g.writeBinary(in, -1);
        }
    }

    private void envelope(JsonGenerator g, String bundleId, Instant now) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", "case-bundle");
        g.writeNumberField("formatVersion", BundleReader.FORMAT_VERSION);
        g.writeStringField("bundleId", bundleId);
        g.writeStringField("createdAt", now.toString());
        g.writeStringField("producer", "console");
        g.writeStringField("purpose", workspace.kind().name());
        // a witness of the audit chain: `audit verify --witness` finds a chain cut short after this export
        AuditLog.Head head = queries.chainHead();
        g.writeObjectFieldStart(Witnesses.MEMBER);
        g.writeNumberField("seq", head.seq());
        g.writeStringField("hash", head.hash());
        g.writeEndObject();
    }

    private static void action(JsonGenerator g, ExportQueries.PendingAction a) throws IOException {
        g.writeStartObject();
        g.writeStringField("actionId", a.actionId());
        g.writeStringField("type", a.type());
        g.writeStringField("at", a.at().toString());
        g.writeObjectFieldStart("by");
        g.writeStringField("operator", a.operator());
        g.writeStringField("role", a.role());
        g.writeEndObject();
        g.writeFieldName("payload");
        g.writeRawValue(a.payloadJson());
        g.writeEndObject();
    }

    private String bundleId(String kind) {
        return "console-" + kind + "-" + STAMP.format(clock.instant()) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An export the workspace may not make (nothing was written). */
    public static final class ExportRefusedException extends RuntimeException {
        public ExportRefusedException(String message) {
            super(message);
        }
    }
}
