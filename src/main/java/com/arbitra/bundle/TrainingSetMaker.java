package com.arbitra.bundle;

import com.arbitra.domain.ports.TrainingSetResult;

import com.arbitra.domain.ports.ImportReport;

import com.arbitra.domain.Attachment;
import com.arbitra.domain.Difficulty;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Refusal;
import com.arbitra.domain.RefusedException;
import com.arbitra.store.ExportQueries;
import com.arbitra.store.Workspace;
import com.arbitra.store.AtomicFiles;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes a training set from closed live cases: each case anonymised ({@link Anonymiser}), its issued
 * ruling the reference, written as one {@code producer: trainer}, {@code purpose: TRAINING} JSON
 * bundle (kept attachments inline), then read back by the importer's validator. Refused whole, with
 * nothing written, when one case cannot be used.
 */
public final class TrainingSetMaker {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** What was written. */

    private final Workspace source;
    private final Clock clock;
    private final Random random;

    public TrainingSetMaker(Workspace source, Clock clock) {
        this(source, clock, new SecureRandom());
    }

    TrainingSetMaker(Workspace source, Clock clock, Random random) {
        this.source = source;
        this.clock = clock;
        this.random = random;
    }

    /**
     * @param difficulty given to every case (trainers grade them afterwards); null gives MEDIUM
     */
    public TrainingSetResult make(List<String> caseIds, Path out, boolean keepAttachments, Difficulty difficulty)
            throws IOException {
        if (caseIds.isEmpty()) {
            throw refused("refused.training.noCases", "Name at least one case (--case ID).");
        }
        Anonymiser anonymiser = new Anonymiser(random, keepAttachments);
        List<DisputeCase> made = new ArrayList<>();
        for (String id : new LinkedHashSet<>(caseIds)) {
            DisputeCase c = source.store().transaction(u -> u.cases().find(id)).orElseThrow(() -> refused(
                    "refused.case.unknown", "There is no case " + id + " in " + source.dir() + ".", id));
            made.add(anonymiser.anonymise(c, difficulty == null ? Difficulty.MEDIUM : difficulty,
                    "Made from a closed live case: the issued ruling is the reference. Trainer, add what a "
                            + "trainee should learn from it before sharing the set."));
        }
        ExportQueries blobs = new ExportQueries(source);
        Instant now = clock.instant();
        String bundleId = "training-" + STAMP.format(now) + "-" + Integer.toHexString(random.nextInt() & 0xffffff);
        int[] attachments = {0};
        AtomicFiles.write(out, stream -> {
            try (JsonGenerator g = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("format", "case-bundle");
                g.writeNumberField("formatVersion", BundleReader.FORMAT_VERSION);
                g.writeStringField("bundleId", bundleId);
                g.writeStringField("createdAt", now.toString());
                g.writeStringField("producer", "trainer");
                g.writeStringField("purpose", "TRAINING");
                g.writeArrayFieldStart("cases");
                CaseWriter writer = new CaseWriter(g, (gen, a) -> {
                    try (InputStream in = blob(blobs, a)) {
                        gen.writeFieldName("data");
                        gen.writeBinary(in, -1);
                    }
                    attachments[0]++;
                }, false);
                for (DisputeCase c : made) {
                    writer.write(c);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
        try {
            ImportReport check = Importer.validate(out, Limits.defaults());
            if (check.refused()) {
                throw new IllegalStateException("the training set did not validate: " + check.errors());
            }
        } catch (BundleException | RuntimeException e) {
            Files.deleteIfExists(out);
            throw new IllegalStateException("the training set did not validate: " + e.getMessage(), e);
        }
        return new TrainingSetResult(out, bundleId, made.size(), attachments[0]);
    }

    private static InputStream blob(ExportQueries blobs, Attachment a) throws IOException {
        return blobs.openBlob(a.sha256()).orElseThrow(() -> new IOException("attachment " + a.fileName() + " ("
                + a.sha256() + ") is missing from the workspace"));
    }

    private static RefusedException refused(String code, String message, Object... args) {
        return new RefusedException(Refusal.of(code, message, args));
    }
}
