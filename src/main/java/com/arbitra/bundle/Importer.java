package com.arbitra.bundle;

import com.arbitra.domain.ports.ImportReport;

import com.arbitra.domain.Actor;
import com.arbitra.domain.AuditEntry;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Role;
import com.arbitra.store.ImportTransaction;
import com.arbitra.store.SecondThread;
import com.arbitra.store.Workspace;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Imports a bundle as case-bundle-v1 says: validation first, all or nothing (or, with skip-invalid,
 * the valid cases with the others written to a reject file), idempotent by bundle id and by case id
 * plus revision, local work never overwritten, contradictions flagged. Everything a bundle writes,
 * attachment bytes included, commits in one transaction.
 */
public final class Importer {

    private static final int CHUNK = 500;

    /**
     * @param skipInvalid import the valid cases and write the others to {@code rejectFile}
     * @param rejectFile  where rejected cases go (with skip-invalid)
     * @param validateOnly read and check everything, write nothing
     */
    public record Options(boolean skipInvalid, Path rejectFile, boolean validateOnly, Format format) {
        public Options(boolean skipInvalid, Path rejectFile, boolean validateOnly) {
            this(skipInvalid, rejectFile, validateOnly, Format.BY_CONTENT);
        }

        public static Options defaults() {
            return new Options(false, null, false);
        }
    }

    /** What an input is: known by its content, or as the operator says ({@code --format}). */
    public enum Format {
        BY_CONTENT, CASE_BUNDLE, WXPAY_COMPLAINTS_V2;

        /** The name {@code --format} takes: case-bundle, wxpay-complaints-v2. */
        public String cliName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Told how far the import is, now and then. */
    @FunctionalInterface
    public interface Progress {
        void cases(long read, Duration elapsed);
    }

    private final Workspace workspace;
    private final Clock clock;
    private final Limits limits;
    private final String operator;

    public Importer(Workspace workspace, Clock clock, Limits limits, String operator) {
        this.workspace = workspace;
        this.clock = clock;
        this.limits = limits;
        this.operator = operator;
    }

    /** Whether this importer fills a training workspace (which takes training bundles only). */
    public boolean training() {
        return workspace != null && workspace.kind() == com.arbitra.domain.WorkspaceKind.TRAINING;
    }

    /** Reads and checks a bundle without a workspace: what {@code arbitra validate} does. */
    public static ImportReport validate(Path bundle, Limits limits) throws BundleException, IOException {
        return new Importer(null, Clock.systemUTC(), limits, "validate").run(bundle,
                new Options(false, null, true), (n, t) -> { });
    }

    /** Reads and checks an input of either format without a workspace: what {@code arbitra validate} does. */
    public static ImportReport validate(Path bundle, Limits limits, Format format) throws BundleException, IOException {
        return new Importer(null, Clock.systemUTC(), limits, "validate").run(bundle,
                new Options(false, null, true, format), (n, t) -> { });
    }

    public ImportReport run(Path bundle, Options options, Progress progress) throws BundleException, IOException {
        boolean wxpay = options.format() == Format.WXPAY_COMPLAINTS_V2
                || options.format() == Format.BY_CONTENT && WxpayComplaints.recognises(bundle, limits);
        if (!wxpay) {
            return run(bundle, bundle.toString(), null, options, progress);
        }
        // saved WeChat Pay responses become a bundle in a private folder, imported as any bundle is
        Path folder = Files.createTempDirectory("arbitra-wxpay-");
        try {
            com.arbitra.domain.WorkflowSettings rules = com.arbitra.domain.WorkflowSettings.defaults();
            WxpayComplaints.Translation t = new WxpayComplaints(limits, rules.negotiation(), rules.firstReview())
                    .translate(bundle, folder, clock.instant());
            return run(folder, bundle.toString(), t, options, progress);
        } finally {
            try (var all = Files.walk(folder)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private ImportReport run(Path bundle, String name, WxpayComplaints.Translation wxpay, Options options,
                             Progress progress) throws BundleException, IOException {
        long started = System.nanoTime();
        Problems problems = new Problems();
        if (wxpay != null) {
            wxpay.warnings().forEach(w -> problems.warning("", w));
        }
        try (BundleSource source = BundleSource.open(bundle, limits)) {
            Run run = new Run(source, options, problems, progress, started);
            run.wxpay = wxpay;
            if (options.validateOnly()) {
                run.readAll();
            } else {
                try {
                    ImportTransaction.run(workspace, tx -> {
                        run.tx = tx;
                        try {
                            run.readAll();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } finally {
                            run.stopWriter();
                        }
                        if (run.mustRollBack()) {
                            throw new RollBack();
                        }
                        run.finish();
                        return null;
                    });
                } catch (RollBack expected) {
                    // nothing was written
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            run.closeRejects();
            return run.report(name, seconds(started));
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static final class RollBack extends RuntimeException {
        RollBack() {
            super(null, null, false, false);
        }
    }

    /** One import's state while the bundle streams by. */
    private final class Run implements BundleReader.CaseHandler {
        private final BundleSource source;
        private final Options options;
        private final Problems problems;
        private final Progress progress;
        private final long started;
        private final Map<String, Integer> seenCaseIds = new HashMap<>();
        private final List<Pending> chunk = new ArrayList<>();
        /** What goes into the audit log at the end, kept small: one line per case. */
        private final List<Audited> audit = new ArrayList<>();
        private ImportTransaction tx;
        /** What the input was read from when it was WeChat Pay's responses (revisions are then ours to count). */
        private WxpayComplaints.Translation wxpay;
        /**
         * Writes each chunk of checked cases in its own thread while the next chunk is read and checked
         * here: reading and checking take about a third of an import, writing the rest, and on two
         * cores the two overlap. One chunk is written at a time, in order; whatever touches the
         * transaction from this thread (attachment bytes) waits for it first.
         */
        private ExecutorService writer;
        /** The chunk being written, giving the warnings its merges found. */
        private Future<List<String[]>> writing;
        private BundleReader.Envelope envelope;
        private boolean alreadyImported;
        private boolean refused;
        private JsonGenerator rejects;
        private long cases;
        private long added;
        private long updated;
        private long unchanged;
        private long stale;
        private long conflicts;
        private long rejected;
        private long flagged;

        Run(BundleSource source, Options options, Problems problems, Progress progress, long started) {
            this.source = source;
            this.options = options;
            this.problems = problems;
            this.progress = progress;
            this.started = started;
        }

        void readAll() throws IOException {
            envelope = new BundleReader(limits).read(source, problems, this);
            if (envelope == null) {
                refused = true;
                return;
            }
            flushChunk();
            awaitWriter();
        }

        /** Waits for the chunk being written, takes over its warnings, and rethrows its failure. */
        private void awaitWriter() {
            if (writing == null) {
                return;
            }
            Future<List<String[]>> w = writing;
            writing = null;
            for (String[] warning : SecondThread.result(w)) {
                problems.warning(warning[0], warning[1]);
            }
        }

        /** Ends the writer thread, after the chunk it writes (the transaction ends after it). */
        void stopWriter() {
            if (writer == null) {
                return;
            }
            writer.shutdown();
            try {
                while (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                    // a chunk still being written: the transaction must not end under it
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void start(BundleReader.Envelope e) {
            envelope = e;
            if (workspace != null && e.purpose() != workspace.kind()) {
                problems.error("/purpose", "is " + e.purpose() + ", but this is a " + workspace.kind().name()
                        .toLowerCase(java.util.Locale.ROOT) + " workspace: " + e.purpose().name()
                        .toLowerCase(java.util.Locale.ROOT) + " bundles go into " + e.purpose().name()
                        .toLowerCase(java.util.Locale.ROOT) + " workspaces only");
                refused = true;
            }
            if (tx != null && tx.bundleImported(e.producer(), e.bundleId())) {
                alreadyImported = true;
            }
        }

        @Override
        public void accept(int index, JsonNode node) throws IOException {
            cases++;
            if (alreadyImported) {
                return;
            }
            String pointer = "/cases/" + index;
            if (node.has("actions") && !node.has("revision")) {
                problems.error(pointer, "is an export of console actions for the platform, not a case to import");
                reject(node);
                return;
            }
            long errorsBefore = problems.errorCount();
            CaseReader.Read read = CaseReader.read(node, pointer, envelope.purpose(), problems);
            if (read.valid()) {
                Integer first = seenCaseIds.putIfAbsent(read.value().caseId(), index);
                if (first != null) {
                    problems.error(pointer + "/caseId", "appears twice in the bundle (also at /cases/" + first + ")");
                }
            }
            if (read.valid() && problems.errorCount() == errorsBefore) {
                storeAttachments(read);
            }
            if (problems.errorCount() > errorsBefore) {
                reject(node);
                return;
            }
            chunk.add(new Pending(read.value(), Canonical.platformHash(read.value()), pointer));
            if (chunk.size() >= CHUNK) {
                flushChunk();
            }
            if (cases % CHUNK == 0) {
                progress.cases(cases, Duration.ofNanos(System.nanoTime() - started));
            }
        }

        /**
         * Checks each attachment's bytes against its size and SHA-256 as they are read, writing them to
         * the import's transaction part by part; what a case wrote is undone unless every attachment of
         * it is right, so that a rejected case leaves nothing behind.
         */
        private void storeAttachments(CaseReader.Read read) throws IOException {
            if (read.attachments().isEmpty()) {
                return;
            }
            if (tx == null || refused || options.validateOnly()) {
                checkAttachments(read, null);
                return;
            }
            awaitWriter();
            tx.keepIf(() -> checkAttachments(read, tx));
        }

        /** True when every attachment of the case has the size and SHA-256 it declares. */
        private boolean checkAttachments(CaseReader.Read read, ImportTransaction into) throws IOException {
            long errorsBefore = problems.errorCount();
            for (CaseReader.AttachmentRef ref : read.attachments()) {
                Hashing got = readAttachment(ref, into);
                if (got == null) {
                    continue;
                }
                String sha = got.sha256();
                if (got.size() != ref.attachment().size()) {
                    problems.error(ref.pointer() + "/size", "must be the file's size in bytes, " + got.size()
                            + " (was " + ref.attachment().size() + ")");
                } else if (!sha.equals(ref.attachment().sha256())) {
                    problems.error(ref.pointer() + "/sha256", "does not match the file's bytes (their SHA-256 is "
                            + sha + ")");
                }
            }
            return problems.errorCount() == errorsBefore;
        }

        /** Reads one attachment to its end (into the workspace when given), or null after naming its fault. */
        private Hashing readAttachment(CaseReader.AttachmentRef ref, ImportTransaction into) throws IOException {
            InputStream raw;
            if (ref.data() != null) {
                byte[] decoded;
                try {
                    decoded = Base64.getDecoder().decode(ref.data());
                } catch (IllegalArgumentException e) {
                    problems.error(ref.pointer() + "/data", "must be base64 (" + e.getMessage() + ")");
                    return null;
                }
                if (decoded.length > limits.maxAttachmentBytes()) {
                    problems.error(ref.pointer() + "/data", "decodes to " + decoded.length
                            + " bytes; at most " + limits.maxAttachmentBytes() + " are accepted");
                    return null;
                }
                raw = new ByteArrayInputStream(decoded);
            } else {
                try {
                    raw = source.openAttachment(ref.path());
                } catch (NoSuchFileException e) {
                    problems.error(ref.pointer() + "/path", "names no file in the bundle (" + ref.path() + ")");
                    return null;
                } catch (IOException e) {
                    problems.error(ref.pointer() + "/path", e.getMessage());
                    return null;
                }
            }
            try (Hashing in = new Hashing(raw, limits.maxAttachmentBytes())) {
                if (into != null) {
                    into.putBlob(ref.attachment().sha256(), in, clock.instant());
                } else {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                return in;
            } catch (Hashing.OverLimit e) {
                problems.error(ref.pointer() + "/path", "names a file larger than "
                        + limits.maxAttachmentBytes() + " bytes (" + ref.path() + ")");
            } catch (IOException e) {
                problems.error(ref.pointer() + "/path", e.getMessage());
            }
            return null;
        }

        private void reject(JsonNode node) throws IOException {
            rejected++;
            if (!options.skipInvalid()) {
                refused = true;
                return;
            }
            if (options.rejectFile() == null) {
                return;
            }
            if (rejects == null) {
                Path tmp = options.rejectFile().resolveSibling(options.rejectFile().getFileName() + ".part");
                // the rejected cases are whole cases: for the owner only, as exports are
                Files.deleteIfExists(tmp);
                com.arbitra.store.AtomicFiles.ownerOnly(Files.createFile(tmp));
                rejects = new BundleReader(limits).mapper().getFactory().createGenerator(tmp.toFile(),
                        JsonEncoding.UTF8);
                rejects.useDefaultPrettyPrinter();
                rejects.writeStartObject();
                rejects.writeStringField("format", "case-bundle");
                rejects.writeNumberField("formatVersion", BundleReader.FORMAT_VERSION);
                rejects.writeStringField("bundleId", envelope.bundleId() + ".rejected");
                rejects.writeStringField("createdAt", envelope.createdAt().toString());
                rejects.writeStringField("producer", envelope.producer());
                rejects.writeStringField("purpose", envelope.purpose().name());
                rejects.writeArrayFieldStart("cases");
            }
            rejects.writeTree(node);
        }

        void closeRejects() throws IOException {
            if (rejects != null) {
                rejects.writeEndArray();
                rejects.writeEndObject();
                rejects.close();
                Path tmp = options.rejectFile().resolveSibling(options.rejectFile().getFileName() + ".part");
                Files.move(tmp, options.rejectFile(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }

        boolean mustRollBack() {
            return refused || alreadyImported;
        }

        /** Hands the chunk of valid cases to the writer thread, once it has written the one before. */
        private void flushChunk() {
            if (chunk.isEmpty() || tx == null || refused || alreadyImported) {
                chunk.clear();
                return;
            }
            awaitWriter();
            List<Pending> cases = List.copyOf(chunk);
            chunk.clear();
            if (writer == null) {
                writer = SecondThread.named("import-writer");
            }
            writing = writer.submit(() -> write(cases));
        }

        /**
         * Decides, for a chunk of valid cases, what each one does to the workspace, and writes it (in the
         * writer thread); gives the warnings found.
         */
        private List<String[]> write(List<Pending> cases) {
            List<String[]> warnings = new ArrayList<>();
            Map<String, ImportTransaction.Existing> existing = tx.existing(cases.stream()
                    .map(p -> p.value().caseId()).toList());
            Instant now = clock.instant();
            for (Pending p : cases) {
                DisputeCase incoming = p.value();
                ImportTransaction.Existing e = existing.get(incoming.caseId());
                if (e == null) {
                    // a console's full export carries local states: the platform's own is not known
                    boolean fromPlatform = !envelope.producer().equals("console");
                    tx.insert(incoming.toBuilder().updatedBy(operator).updatedAt(now).build(),
                            fromPlatform ? incoming.state().name() : null, fromPlatform ? p.hash() : null);
                    audit.add(new Audited(incoming.caseId(), "IMPORTED", null, incoming.state(), incoming.revision(),
                            null));
                    added++;
                } else if (wxpay != null) {
                    mergeFetched(incoming, p.pointer(), e, now, warnings);
                } else {
                    merge(incoming, p.hash(), p.pointer(), e, now, warnings);
                }
            }
            // written now, not at the end: memory stays flat however many cases the bundle holds
            tx.flush();
            return warnings;
        }

        /**
         * A case fetched again from WeChat Pay, which keeps no revisions: the same content as the
         * revision this workspace holds is unchanged; other content is the next revision.
         */
        private void mergeFetched(DisputeCase incoming, String pointer, ImportTransaction.Existing e, Instant now,
                                  List<String[]> warnings) {
            DisputeCase local = e.value();
            DisputeCase same = incoming.toBuilder().revision(local.revision()).build();
            if (Canonical.platformHash(same).equals(e.platformHash())) {
                unchanged++;
                if (local.hasFlag(com.arbitra.domain.CaseFlag.CHANGED_AT_PLATFORM)) {
                    // fetched again as the notification asked: nothing changed, the mark goes
                    tx.update(local.toBuilder().unflag(com.arbitra.domain.CaseFlag.CHANGED_AT_PLATFORM)
                            .updatedBy(operator).updatedAt(now).build(), local.version(), e.platformState(),
                            e.platformHash());
                }
                return;
            }
            DisputeCase next = incoming.toBuilder().revision(local.revision() + 1).build();
            merge(next, Canonical.platformHash(next), pointer, e, now, warnings);
        }

        private void merge(DisputeCase incoming, String hash, String pointer, ImportTransaction.Existing e,
                           Instant now, List<String[]> warnings) {
            DisputeCase local = e.value();
            if (incoming.revision() < local.revision()) {
                stale++;
                warnings.add(new String[] {pointer + "/revision", "is " + incoming.revision() + ", older than the "
                        + local.revision() + " this workspace has; ignored as stale"});
                return;
            }
            if (incoming.revision() == local.revision()) {
                if (hash.equals(e.platformHash())) {
                    unchanged++;
                } else {
                    conflicts++;
                    warnings.add(new String[] {pointer, "has revision " + incoming.revision() + " again but "
                            + "different content; a conflict, so this case was left as it was"});
                }
                return;
            }
            Merges.Merged m = Merges.merge(local, incoming, e.platformState(), e.pendingActions());
            DisputeCase next = m.value().toBuilder().unflag(com.arbitra.domain.CaseFlag.CHANGED_AT_PLATFORM)
                    .updatedBy(operator).updatedAt(now).build();
            tx.update(next, local.version(), incoming.state().name(), hash);
            audit.add(new Audited(incoming.caseId(), "PLATFORM_UPDATE", local.state(), next.state(),
                    incoming.revision(), m.contradiction()));
            updated++;
            if (m.contradiction() != null) {
                flagged++;
                warnings.add(new String[] {pointer, m.contradiction() + "; flagged for an agent"});
            }
        }

        /**
         * Appends the import's audit records last: appending locks the chain's head until the import
         * commits, and other writers (the console, other commands) must not wait through the whole
         * import for it.
         */
        void finish() {
            Instant now = clock.instant();
            if (wxpay != null) {
                markNotified(now);
            }
            for (int from = 0; from < audit.size(); from += 5_000) {
                tx.audit(audit.subList(from, Math.min(audit.size(), from + 5_000)).stream()
                        .map(a -> a.entry(now, envelope.bundleId(), operator)).toList());
            }
            tx.recordBundle(envelope.producer(), envelope.bundleId(), clock.instant(), operator, (int) cases,
                    String.join("\n", report(source.name(), seconds(started)).lines()));
        }

        /**
         * WeChat Pay's notifications say only that a complaint changed: each case they name that this
         * input does not bring again is marked "changed at the platform, fetch it again"; nothing is made.
         */
        private void markNotified(Instant now) {
            List<String> named = wxpay.notifiedCaseIds().stream().filter(id -> !seenCaseIds.containsKey(id)).toList();
            Map<String, ImportTransaction.Existing> existing = tx.existing(named);
            for (String id : named) {
                ImportTransaction.Existing e = existing.get(id);
                if (e == null) {
                    problems.warning("", "a notification names " + id + ", which this workspace does not hold: fetch "
                            + "its detail and negotiation history and import them");
                    continue;
                }
                DisputeCase local = e.value();
                if (!local.hasFlag(com.arbitra.domain.CaseFlag.CHANGED_AT_PLATFORM)) {
                    tx.update(local.toBuilder().flag(com.arbitra.domain.CaseFlag.CHANGED_AT_PLATFORM).updatedBy(operator)
                            .updatedAt(now).build(), local.version(), e.platformState(), e.platformHash());
                    audit.add(new Audited(id, "PLATFORM_NOTIFIED", local.state(), local.state(), local.revision(),
                            null));
                    flagged++;
                }
                problems.warning("", id + " changed at the platform: marked to be fetched again");
            }
        }

        ImportReport report(String bundle, double seconds) {
            return new ImportReport(bundle, envelope == null ? null : envelope.bundleId(), refused,
                    alreadyImported && !refused, cases, added, updated, unchanged, stale, conflicts, rejected,
                    flagged, problems.warningCount(), problems.unknownMembers(), seconds, problems.errorLines(),
                    problems.warnings().stream().map(Problems.Problem::toString).toList(),
                    rejects == null || options.rejectFile() == null ? null : options.rejectFile().toString());
        }
    }

    private record Pending(DisputeCase value, String hash, String pointer) {
    }

    /** One case's audit line, before it is written. */
    private record Audited(String caseId, String action, CaseState before, CaseState after, int revision,
                           String flagged) {
        /** The platform changed the case; who brought its bundle in is part of the details. */
        AuditEntry entry(Instant at, String bundleId, String importedBy) {
            return new AuditEntry(caseId, Actor.PLATFORM.name(), Role.PLATFORM, at, action, before, after,
                    "bundle=" + bundleId + "; revision=" + revision + "; imported by " + importedBy
                    + (flagged == null ? "" : "; flagged: " + flagged));
        }
    }


    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
