package com.arbitra.bundle;

import com.arbitra.domain.WorkspaceKind;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Streams a bundle: the envelope first, then one case at a time, so that memory does not grow with
 * the number of cases. Producers write {@code cases} last; when a bundle puts it earlier, the file is
 * read twice (first for the envelope, skipping the cases, then for the cases).
 */
public final class BundleReader {

    public static final int FORMAT_VERSION = 1;
    private static final Pattern BUNDLE_ID = Pattern.compile("[A-Za-z0-9._:#-]{1,128}");
    private static final Set<String> PRODUCERS = Set.of("platform", "console", "trainer");

    /** The members around the cases. */
    public record Envelope(String bundleId, Instant createdAt, String producer, WorkspaceKind purpose) {
    }

    /** Takes the valid envelope once, then each case as it is read, with its index in {@code cases}. */
    public interface CaseHandler {
        default void start(Envelope envelope) throws IOException {
        }

        void accept(int index, JsonNode node) throws IOException;
    }

    private final ObjectMapper mapper;
    private final long maxCaseChars;

    public BundleReader(Limits limits) {
        this.maxCaseChars = limits.maxCaseChars();
        JsonFactory factory = JsonFactory.builder()
                // a member given twice is an error, not "the last one wins"
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /**
     * Reads the envelope and hands every case to the handler. Returns the envelope when it is valid
     * (and the handler has then seen every case), or null after reporting what is wrong with it.
     */
    public Envelope read(BundleSource source, Problems problems, CaseHandler handler) throws IOException {
        try {
            return readReadable(source, problems, handler);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            // a damaged or cut-short archive (the JSON parser reports its own end as a JSON error): the
            // bundle is refused, not the program (both found by fuzzing)
            problems.error("", "cannot be read: the archive is damaged where " + BundleSource.BUNDLE_JSON
                    + " is stored");
            return null;
        } catch (BundleSource.TooLargeException e) {
            problems.error("", "cannot be read: " + e.getMessage());
            return null;
        }
    }

    private Envelope readReadable(BundleSource source, Problems problems, CaseHandler handler) throws IOException {
        ObjectNode envelope = mapper.createObjectNode();
        Envelope valid = null;
        boolean casesSeen = false;
        boolean casesRead = false;
        InputStream opened = utf8(source, problems);
        if (opened == null) {
            return null;
        }
        try (InputStream in = opened; JsonParser p = mapper.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.error("", "must be a JSON object (a case bundle)");
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("cases")) {
                    casesSeen = true;
                    Problems quiet = new Problems();
                    valid = envelope(envelope, quiet);
                    if (valid != null) {
                        handler.start(valid);
                        if (!cases(p, problems, handler)) {
                            return null;
                        }
                        casesRead = true;
                    } else if (p.currentToken() != JsonToken.START_ARRAY) {
                        problems.error("/cases", "must be an array");
                        return null;
                    } else {
                        p.skipChildren();
                    }
                } else if (isEnvelopeMember(name)) {
                    envelope.set(name, mapper.readTree(p));
                } else {
                    problems.unknownMember();
                    p.skipChildren();
                }
            }
            valid = envelope(envelope, problems);
            if (!casesSeen) {
                problems.error("/cases", "is required");
                return null;
            }
        } catch (StreamConstraintsException e) {
            problems.error(pointer(e), "is refused: " + plain(e.getOriginalMessage()));
            return null;
        } catch (JsonProcessingException e) {
            problems.error(pointer(e), "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + plain(e.getOriginalMessage()));
            return null;
        }
        if (valid == null || casesRead) {
            return valid;
        }
        handler.start(valid);
        secondPass(source, problems, handler);
        return valid;
    }

    /** Where in the document the parser was when it gave up: the member at fault, or "" for the whole. */
    private static String pointer(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
            String at = p.getParsingContext().pathAsPointer().toString();
            return at.equals("/") ? "" : at;
        }
        return "";
    }

    /**
     * The parser's sentence without the names of its own settings, which mean nothing to whoever
     * made the file ("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow", "from
     * `StreamReadConstraints.getMaxStringLength()`").
     */
    static String plain(String message) {
        return message.replaceAll(": enable `[^`]*` to allow", ": JSON has no such value")
                .replaceAll(", from `[^`]*`", "")
                .replaceAll(" \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)",
                        " (JSON has no comments)");
    }

    /**
     * The bundle's JSON when it is UTF-8, as the contract says (a byte order mark allowed); null after
     * reporting a file in UTF-16 or UTF-32, which the parser would otherwise read without a word. JSON
     * starts with an ASCII character, so a zero among the first bytes, or their byte order mark, gives
     * those encodings away.
     */
    private static InputStream utf8(BundleSource source, Problems problems) throws IOException {
        InputStream in = new java.io.BufferedInputStream(source.openJson());
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        int n = head.length;
        boolean bom = n >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF
                || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE);
        boolean zero = false;
        for (int i = 0; i < n; i++) {
            zero |= head[i] == 0;
        }
        if (!bom && !zero) {
            return in;
        }
        in.close();
        // two zeros side by side: four bytes a character
        boolean wide = n == 4 && (head[0] == 0 && head[1] == 0 || head[2] == 0 && head[3] == 0);
        problems.error("", "is not UTF-8 (it is " + (wide ? "UTF-32" : "UTF-16")
                + " text): a case bundle is UTF-8; save it again as UTF-8");
        return null;
    }

    private void secondPass(BundleSource source, Problems problems, CaseHandler handler) throws IOException {
        try (InputStream in = source.openJson(); JsonParser p = mapper.getFactory().createParser(in)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("cases")) {
                    cases(p, problems, handler);
                    return;
                }

                p.skipChildren();
            }
        }
    }

    private static boolean isEnvelopeMember(String name) {
        return switch (name) {
            case "format", "formatVersion", "bundleId", "createdAt", "producer", "purpose", Witnesses.MEMBER -> true;
            default -> false;
        };
    }

    /** Streams the cases array; false (with an error) when it is not an array. */
    private boolean cases(JsonParser p, Problems problems, CaseHandler handler) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problems.error("/cases", "must be an array");
            return false;
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long start = CappedTreeReader.offset(p);
            JsonNode node = new CappedTreeReader(p, start, maxCaseChars).read();
            if (node == null) {
                problems.error("/cases/" + index, "is larger than " + maxCaseChars + " bytes, the most one case "
                        + "may hold (put large attachments in a .zip bundle and name them by path)");
                return false;
            }
            handler.accept(index++, node);
        }
        return true;
    }

    private static Envelope envelope(ObjectNode node, Problems problems) {
        Fields f = new Fields(node, "", problems);
        JsonNode format = node.get("format");
        if (format == null || !format.isTextual() || !format.textValue().equals("case-bundle")) {
            problems.error("/format", format == null ? "is required" : "must be \"case-bundle\" (was "
                    + Fields.shortly(format) + ")");
        }
        Long version = f.integer("formatVersion", 1, true);
        if (version != null && version != FORMAT_VERSION) {
            problems.error("/formatVersion", "is " + version + ", but this version of Arbitra reads format version "
                    + FORMAT_VERSION + " only");
        }
        String bundleId = f.matching("bundleId", BUNDLE_ID,
                "1 to 128 letters, digits or any of . _ : # -", true);
        Instant createdAt = f.time("createdAt", true);
        String producer = f.text("producer", 16, true);
        if (producer != null && !PRODUCERS.contains(producer)) {
            problems.error("/producer", "must be one of platform, console, trainer (was \"" + producer + "\")");
            producer = null;
        }
        WorkspaceKind purpose = f.oneOf("purpose", WorkspaceKind.class, true);
        if (bundleId == null || createdAt == null || producer == null || purpose == null || version == null
                || version != FORMAT_VERSION || format == null || !"case-bundle".equals(format.asText())) {
            return null;
        }
        return new Envelope(bundleId, createdAt, producer, purpose);
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
