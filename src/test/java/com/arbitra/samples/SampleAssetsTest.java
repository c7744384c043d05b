package com.arbitra.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the committed sample bundle in {@code assets/samples/live} against the case-bundle format and
 * the dispute rules, and that {@link SampleMaker} reproduces it byte for byte. The lists of the spec are
 * written out here on purpose, so that these tests check the samples against the spec, not the code.
 */
class SampleAssetsTest {

    static final Path SAMPLES = Path.of("assets/samples");
    static final Path LIVE = SAMPLES.resolve("live");

    static final List<String> STATES = List.of("NEGOTIATION", "INTERVENTION_REQUESTED", "UNDER_REVIEW",
            "AWAITING_EVIDENCE", "PENDING_APPROVAL", "AWAITING_RETURN", "AWAITING_FULFILMENT", "VERIFYING_FULFILMENT",
            "FULFILMENT_OVERDUE", "APPEALED", "CLOSED");
    static final List<String> CLOSE_REASONS = List.of("FULFILLED", "NO_MERCHANT_LIABILITY", "FULFILMENT_PROOF_INVALID",
            "PLATFORM_PAID", "WITHDRAWN", "SETTLED_BY_NEGOTIATION");
    static final List<String> CATEGORIES = List.of("COMMUNICATION_RECORD", "LOGISTICS", "REFUND_PROOF",
            "PAYMENT_RECORD", "TRANSFER_PROOF", "PRODUCT_CONDITION", "LISTING_OR_PROMISE", "SERVICE_DELIVERY", "POLICY",
            "FORCE_MAJEURE", "OTHER");
    static final List<String> RESPONSIBILITIES = List.of("MERCHANT", "CONSUMER", "SHARED", "NONE");
    static final List<String> REMEDIES = List.of("FULL_REFUND", "PARTIAL_REFUND", "RETURN_AND_REFUND", "RESHIP",
            "REPAIR", "COMPENSATION", "NO_ACTION");
    static final List<String> REFUNDS = List.of("FULL_REFUND", "PARTIAL_REFUND", "RETURN_AND_REFUND");
    static final List<String> MEASURES = List.of("ADVANCE_PAYMENT", "DEPOSIT_DEDUCTION", "SCORE_DEDUCTION", "WARNING");
    static final List<String> PROOF_TYPES = List.of("PAYMENT_REFUND", "TRANSACTION_FLOW", "TRANSFER", "LOGISTICS",
            "OTHER");
    static final List<String> ACTORS = List.of("CONSUMER", "MERCHANT", "PLATFORM", "AGENT", "SUPERVISOR", "SYSTEM");
    /** States in which the platform already holds an issued ruling. */
    static final Set<String> RULED = Set.of("AWAITING_RETURN", "AWAITING_FULFILMENT", "VERIFYING_FULFILMENT",
            "FULFILMENT_OVERDUE", "APPEALED");
    static final Set<String> CLOSED_AFTER_RULING = Set.of("FULFILLED", "NO_MERCHANT_LIABILITY",
            "FULFILMENT_PROOF_INVALID", "PLATFORM_PAID");
    static final List<String> CASE_MEMBERS = List.of("caseId", "revision", "complaintId", "channel", "miniProgram",
            "merchant", "consumer", "order", "complaint", "state", "closeReason", "stateSince", "dueAt", "intervention",
            "timeline", "evidenceRequests", "evidence", "ruling", "fulfilment", "training");

    static final Pattern RFC3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    static final OffsetDateTime FIRST_DAY = OffsetDateTime.parse("2026-11-10T00:00:00+08:00");
    static final OffsetDateTime AFTER_LAST_DAY = OffsetDateTime.parse("2026-11-27T00:00:00+08:00");

    static byte[] bundleBytes;
    static JsonNode root;
    static List<JsonNode> cases;
    static OffsetDateTime createdAt;

    @BeforeAll
    static void load() throws IOException {
        bundleBytes = Files.readAllBytes(LIVE.resolve("bundle.json"));
        root = new ObjectMapper().readTree(bundleBytes);
        cases = list(root.path("cases"));
        createdAt = OffsetDateTime.parse(root.path("createdAt").asText());
    }

    // ================================================================ envelope

    @Test
    void theEnvelopeIsALiveBundleFromThePlatform() {
        assertThat(root.path("format").asText()).isEqualTo("case-bundle");
        assertThat(root.path("formatVersion").isInt()).as("formatVersion is an integer").isTrue();
        assertThat(root.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(root.path("bundleId").asText()).isEqualTo("sample-live-2026-11").matches("[A-Za-z0-9._:#-]{1,128}");
        assertThat(root.path("createdAt").asText()).matches(RFC3339).endsWith("+08:00");
        assertThat(root.path("producer").asText()).isEqualTo("platform");
        assertThat(root.path("purpose").asText()).isEqualTo("LIVE");
        assertThat(root.path("cases").isArray()).isTrue();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void casesIsTheLastMemberAndCaseMembersFollowTheSpecOrder() throws IOException {
        List<String> topLevel = new ArrayList<>();
        try (JsonParser p = new ObjectMapper().getFactory().createParser(bundleBytes)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                topLevel.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        }
        assertThat(topLevel).containsExactly("format", "formatVersion", "bundleId", "createdAt", "producer",
                "purpose", "cases");
        for (JsonNode c : cases) {
            List<String> names = fieldNames(c);
            assertThat(CASE_MEMBERS).as("members of %s", c.path("caseId").asText()).containsAll(names);
            List<String> expectedOrder = CASE_MEMBERS.stream().filter(names::contains).toList();
            assertThat(names).as("member order of %s", c.path("caseId").asText()).isEqualTo(expectedOrder);
        }
    }

    @Test
    void theJsonIsPrettyPrintedUtf8WithUnixLineEnds() {
        String text = new String(bundleBytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"format\": \"case-bundle\",").endsWith("}\n").doesNotContain("\r");
    }

    // ================================================================ attachments

    @Test
    void everyAttachmentIsAFileInsideTheBundleWithItsSizeAndSha256() throws Exception {
        Path base = LIVE.toRealPath();
        int count = 0;
        for (JsonNode c : cases) {
            for (JsonNode a : attachments(c)) {
                String where = id(c) + " " + a.path("attachmentId").asText();
                assertThat(a.has("data")).as("%s has a path, not inline data", where).isFalse();
                String path = a.path("path").asText();
                assertThat(path).as(where).matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*")
                        .doesNotContain("..").doesNotContain("\\").doesNotStartWith("/");
                Path file = LIVE.resolve(path);
                assertThat(Files.isSymbolicLink(file)).as("%s is not a link", where).isFalse();
                assertThat(file).as(where).isRegularFile();
                assertThat(file.toRealPath().startsWith(base)).as("%s stays inside the bundle folder", where).isTrue();
                assertThat(a.path("fileName").asText()).as(where).isEqualTo(file.getFileName().toString());
                byte[] bytes = Files.readAllBytes(file);
                assertThat(a.path("size").asLong()).as("size of %s", where).isEqualTo(bytes.length);
                assertThat(a.path("sha256").asText()).as("sha256 of %s", where).matches("[0-9a-f]{64}")
                        .isEqualTo(sha256(bytes));
                assertThat(bytes.length).as(where).isLessThanOrEqualTo(25 * 1024 * 1024);
                checkContent(where, a.path("mediaType").asText(), file, bytes);
                count++;
            }
        }
        assertThat(count).isGreaterThanOrEqualTo(30);
    }

    /** The bytes are what the media type says, and a picture is big enough to read. */
    private static void checkContent(String where, String mediaType, Path file, byte[] bytes) throws IOException {
        String name = file.getFileName().toString();
        switch (mediaType) {
            case "image/png" -> {
                assertThat(name).endsWith(".png");
                assertThat(Arrays.copyOf(bytes, 8)).as(where).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
                readableImage(where, file);
            }
            case "image/jpeg" -> {
                assertThat(name).endsWith(".jpg");
                assertThat(Arrays.copyOf(bytes, 3)).as(where).isEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
                readableImage(where, file);
            }
            case "application/pdf" -> {
                assertThat(name).endsWith(".pdf");
                assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).as(where).isEqualTo("%PDF-");
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    assertThat(doc.getNumberOfPages()).as(where).isPositive();
                }
            }
            case "text/plain" -> {
                assertThat(name).endsWith(".txt");
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes));
                } catch (CharacterCodingException e) {
                    fail(where + " is not UTF-8 text");
                }
            }
            default -> fail(where + " has a media type the viewer does not show: " + mediaType);
        }
    }

    private static void readableImage(String where, Path file) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        assertThat(img).as("%s decodes", where).isNotNull();
        assertThat(Math.min(img.getWidth(), img.getHeight())).as("%s is big enough to read", where)
                .isGreaterThanOrEqualTo(300);
    }

    @Test
    void everyFileInTheBundleFolderIsReferencedAndThereIsAMultiPagePdf() throws IOException {
        Set<String> referenced = cases.stream().flatMap(c -> attachments(c).stream())
                .map(a -> a.path("path").asText()).collect(Collectors.toSet());
        Set<String> onDisk;
        try (Stream<Path> walk = Files.walk(LIVE.resolve("files"))) {
            onDisk = walk.filter(Files::isRegularFile).map(p -> LIVE.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
        assertThat(onDisk).isEqualTo(referenced);
        int multiPage = 0;
        for (String path : referenced) {
            if (path.endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(LIVE.resolve(path).toFile())) {
                    multiPage += doc.getNumberOfPages() > 1 ? 1 : 0;
                }
            }
        }
        assertThat(multiPage).as("multi-page PDFs").isPositive();
        Set<String> kinds = referenced.stream().map(p -> p.substring(p.lastIndexOf('.') + 1)).collect(Collectors.toSet());
        assertThat(kinds).contains("png", "jpg", "pdf", "txt");
    }

    // ================================================================ coverage

    @Test
    void everyStateAndAtLeastThreeCloseReasonsAppear() {
        assertThat(values(c -> Stream.of(c.path("state").asText()))).containsAll(STATES);
        Set<String> reasons = values(c -> c.has("closeReason") ? Stream.of(c.path("closeReason").asText()) : Stream.empty());
        assertThat(CLOSE_REASONS).containsAll(reasons);
        assertThat(reasons).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everyEvidenceCategoryAppearsAndOnlyThose() {
        Set<String> used = values(c -> list(c.path("evidence")).stream().map(e -> e.path("category").asText()));
        assertThat(used).containsExactlyInAnyOrderElementsOf(CATEGORIES);
        Set<String> requested = values(c -> list(c.path("evidenceRequests")).stream()
                .flatMap(r -> list(r.path("categories")).stream()).map(JsonNode::asText));
        assertThat(CATEGORIES).containsAll(requested);
    }

    @Test
    void problemTypesTriggersChannelsAndRiskAreAllCovered() {
        assertThat(values(c -> Stream.of(c.path("complaint").path("problemType").asText())))
                .containsExactlyInAnyOrder("REFUND", "SERVICE_NOT_WORK", "OTHERS");
        assertThat(values(c -> c.has("intervention") ? Stream.of(c.path("intervention").path("trigger").asText())
                : Stream.empty())).containsExactlyInAnyOrder("CONSUMER_REQUEST", "MERCHANT_TIMEOUT", "PROACTIVE");
        assertThat(values(c -> Stream.of(c.path("channel").asText())))
                .containsExactlyInAnyOrder("MINI_PROGRAM_REPORT", "PAYMENT_COMPLAINT", "PROACTIVE_INTERVENTION", "OTHER");
        assertThat(values(c -> list(c.path("complaint").path("userTags")).stream().map(JsonNode::asText)))
                .contains("HIGH_RISK");
        assertThat(values(c -> Stream.of(c.path("complaint").path("complaintCount").asText()))).contains("2", "3");
        for (JsonNode c : cases) {
            assertThat(c.path("complaint").path("complaintCount").asInt()).as(id(c)).isBetween(1, 3);
        }
    }

    @Test
    void evidenceRequestsShowEveryOutcomeAndSeveralChannels() {
        assertThat(values(c -> list(c.path("evidenceRequests")).stream().map(r -> r.path("status").asText())))
                .contains("OPEN", "ANSWERED", "TIMED_OUT");
        Set<String> channels = values(c -> notifications(c).map(n -> n.path("channel").asText()));
        assertThat(channels).containsExactlyInAnyOrder("IN_APP", "SMS", "PHONE", "EMAIL");
        assertThat(values(c -> notifications(c).map(n -> n.path("status").asText())))
                .containsExactlyInAnyOrder("SENT", "DELIVERED", "FAILED");
        long late = cases.stream().mapToLong(c -> list(c.path("evidence")).stream().filter(e -> isLate(c, e)).count()).sum();
        assertThat(late).as("evidence submitted after its request's due time").isGreaterThanOrEqualTo(2);
    }

    @Test
    void chineseSpanishAndEnglishCasesAppearInTheirOwnWords() {
        Map<String, Integer> languages = new TreeMap<>();
        Pattern han = Pattern.compile("\\p{IsHan}");
        Pattern spanish = Pattern.compile("[áéíóúñ¿¡]|\\b(que|el|la|los|una|pero|para)\\b");
        Pattern english = Pattern.compile("\\b(the|and|my|was|but|to)\\b");
        for (JsonNode c : cases) {
            String d = c.path("complaint").path("description").asText();
            String lang = han.matcher(d).find() ? "zh" : spanish.matcher(d).find() ? "es"
                    : english.matcher(d).find() ? "en" : "?";
            languages.merge(lang, 1, Integer::sum);
            String timeline = list(c.path("timeline")).stream().map(e -> e.path("text").asText())
                    .collect(Collectors.joining(" "));
            if (lang.equals("zh")) {
                assertThat(han.matcher(timeline).find()).as("%s timeline in Chinese", id(c)).isTrue();
            }
            if (lang.equals("es")) {
                assertThat(timeline).as("%s timeline in Spanish", id(c)).containsPattern("[áéíóúñ]");
            }
        }
        assertThat(languages).doesNotContainKey("?");
        assertThat(languages.getOrDefault("zh", 0)).isGreaterThanOrEqualTo(3);
        assertThat(languages.getOrDefault("es", 0)).isGreaterThanOrEqualTo(3);
        assertThat(languages.getOrDefault("en", 0)).isGreaterThanOrEqualTo(3);
    }

    // ================================================================ rulings

    @Test
    void rulingsObeyTheConsistencyRules() {
        int issued = 0;
        Set<String> combinations = new TreeSet<>();
        for (JsonNode c : cases) {
            JsonNode r = c.path("ruling");
            if (r.isNull()) {
                continue;
            }
            String where = id(c);
            String resp = r.path("responsibility").asText();
            String remedy = r.path("remedy").asText();
            assertThat(RESPONSIBILITIES).as(where).contains(resp);
            assertThat(REMEDIES).as(where).contains(remedy);
            combinations.add(resp + "x" + remedy);
            boolean liable = resp.equals("MERCHANT") || resp.equals("SHARED");
            if (remedy.equals("NO_ACTION")) {
                assertThat(resp).as("%s: NO_ACTION goes only with CONSUMER or NONE", where).isIn("CONSUMER", "NONE");
            } else {
                assertThat(liable).as("%s: a remedy other than NO_ACTION needs a liable merchant", where).isTrue();
                assertThat(list(r.path("obligations"))).as("%s: a merchant-liable ruling has a merchant obligation", where)
                        .anyMatch(o -> o.path("party").asText().equals("MERCHANT"));
            }
            long paid = c.path("order").path("amount").path("value").asLong();
            String currency = c.path("order").path("amount").path("currency").asText();
            if (remedy.equals("PARTIAL_REFUND") || remedy.equals("COMPENSATION")) {
                assertThat(r.path("amount").path("value").asLong()).as("%s: amount required and positive", where).isPositive();
            }
            if (r.has("amount")) {
                assertThat(r.path("amount").path("currency").asText()).as(where).isEqualTo(currency);
                if (REFUNDS.contains(remedy)) {
                    assertThat(r.path("amount").path("value").asLong()).as("%s: a refund never exceeds the amount paid",
                            where).isLessThanOrEqualTo(paid);
                }
            }
            String rationale = r.path("rationale").asText().strip();
            assertThat(rationale.length()).as("%s: rationale length", where).isBetween(20, 4000);
            Set<String> evidenceIds = list(c.path("evidence")).stream().map(e -> e.path("evidenceId").asText())
                    .collect(Collectors.toSet());
            assertThat(list(r.path("citedEvidence"))).as("%s cites evidence", where).isNotEmpty();
            for (JsonNode cited : list(r.path("citedEvidence"))) {
                assertThat(evidenceIds).as("%s: cited evidence belongs to the case", where).contains(cited.asText());
            }
            for (JsonNode o : list(r.path("obligations"))) {
                assertThat(o.path("party").asText()).as(where).isIn("CONSUMER", "MERCHANT");
                assertThat(o.path("action").asText()).as(where).isNotBlank();
                assertThat(o.path("dueAt").asText()).as(where).matches(RFC3339);
            }
            assertThat(MEASURES).as(where).containsAll(list(r.path("measures")).stream().map(JsonNode::asText).toList());
            assertThat(r.path("proposedBy").asText()).as(where).isNotBlank();
            assertThat(r.path("decidedOnCollectedEvidence").isBoolean()).as(where).isTrue();
            if (r.has("issuedAt")) {
                issued++;
                assertThat(r.path("issuedBy").asText()).as(where).endsWith(".supervisor");
                assertThat(time(r, "issuedAt")).as(where).isAfterOrEqualTo(time(r, "proposedAt"));
                for (JsonNode o : list(r.path("obligations"))) {
                    assertThat(time(o, "dueAt")).as("%s: obligation due after the ruling", where).isAfter(time(r, "issuedAt"));
                }
            } else {
                assertThat(r.has("issuedBy")).as(where).isFalse();
            }
        }
        assertThat(issued).isGreaterThanOrEqualTo(8);
        assertThat(combinations).as("responsibility x remedy combinations").hasSizeGreaterThanOrEqualTo(6);
        assertThat(values(c -> c.path("ruling").isNull() ? Stream.empty()
                : Stream.of(c.path("ruling").path("remedy").asText()))).containsExactlyInAnyOrderElementsOf(REMEDIES);
        assertThat(values(c -> c.path("ruling").isNull() ? Stream.empty()
                : Stream.of(c.path("ruling").path("responsibility").asText())))
                .containsExactlyInAnyOrderElementsOf(RESPONSIBILITIES);
    }

    @Test
    void eachStateCarriesWhatItImplies() {
        for (JsonNode c : cases) {
            String where = id(c);
            String state = c.path("state").asText();
            JsonNode r = c.path("ruling");
            boolean issued = !r.isNull() && r.has("issuedAt");
            if (state.equals("CLOSED")) {
                String reason = c.path("closeReason").asText();
                assertThat(CLOSE_REASONS).as(where).contains(reason);
                assertThat(issued).as("%s: closed %s after a ruling", where, reason)
                        .isEqualTo(CLOSED_AFTER_RULING.contains(reason));
            } else {
                assertThat(c.has("closeReason")).as("%s: only CLOSED has a close reason", where).isFalse();
            }
            if (RULED.contains(state)) {
                assertThat(issued).as("%s: %s implies an issued ruling", where, state).isTrue();
            }
            if (state.equals("PENDING_APPROVAL")) {
                assertThat(r.isNull()).as(where).isFalse();
                assertThat(r.has("proposedAt") && !r.has("issuedAt")).as("%s: proposed, not issued", where).isTrue();
            }
            if (List.of("NEGOTIATION", "INTERVENTION_REQUESTED").contains(state)) {
                assertThat(r.isNull()).as(where).isTrue();
            }
            if (state.equals("NEGOTIATION")) {
                assertThat(c.has("intervention")).as("%s: the platform is not involved yet", where).isFalse();
            } else if (!state.equals("CLOSED") || !c.path("closeReason").asText().equals("SETTLED_BY_NEGOTIATION")) {
                assertThat(c.path("intervention").path("trigger").asText()).as(where)
                        .isIn("CONSUMER_REQUEST", "MERCHANT_TIMEOUT", "PROACTIVE");
            }
            if (issued && !r.path("remedy").asText().equals("NO_ACTION")
                    && !state.equals("AWAITING_RETURN")) {
                assertThat(c.path("fulfilment").isObject()).as("%s: a ruling to carry out has a fulfilment", where).isTrue();
            }
            if (c.path("fulfilment").isObject()) {
                for (JsonNode p : list(c.path("fulfilment").path("proofs"))) {
                    assertThat(PROOF_TYPES).as(where).contains(p.path("type").asText());
                }
            }
            assertThat(c.path("training").isNull()).as("%s: training is null in a live bundle", where).isTrue();
        }
        JsonNode verifying = only("VERIFYING_FULFILMENT");
        assertThat(list(verifying.path("fulfilment").path("proofs")).stream().map(p -> p.path("type").asText())
                .collect(Collectors.toSet())).as("proof types being verified").hasSizeGreaterThanOrEqualTo(2);
        assertThat(verifying.path("fulfilment").has("verification")).isFalse();
        assertThat(closed("FULFILLED").path("fulfilment").path("verification").path("status").asText()).isEqualTo("VERIFIED");
        assertThat(closed("FULFILMENT_PROOF_INVALID").path("fulfilment").path("verification").path("status").asText())
                .isEqualTo("INVALID");
    }

    // ================================================================ ids, parties, money

    @Test
    void idsAreUniqueWithinEachCaseAndReferencesResolve() {
        assertThat(cases.stream().map(SampleAssetsTest::id).distinct().count()).isEqualTo(cases.size());
        for (JsonNode c : cases) {
            String where = id(c);
            assertUnique(where, list(c.path("timeline")), "eventId");
            assertUnique(where, list(c.path("evidenceRequests")), "requestId");
            assertUnique(where, list(c.path("evidence")), "evidenceId");
            assertUnique(where, attachments(c), "attachmentId");
            if (c.path("fulfilment").isObject()) {
                assertUnique(where, list(c.path("fulfilment").path("proofs")), "proofId");
            }
            Set<String> requestIds = list(c.path("evidenceRequests")).stream().map(r -> r.path("requestId").asText())
                    .collect(Collectors.toSet());
            for (JsonNode e : list(c.path("evidence"))) {
                if (e.has("requestId")) {
                    assertThat(requestIds).as("%s %s answers a request of the case", where, e.path("evidenceId").asText())
                            .contains(e.path("requestId").asText());
                }
                assertThat(e.path("party").asText()).isIn("CONSUMER", "MERCHANT");
                assertThat(list(e.path("attachments"))).hasSizeLessThanOrEqualTo(20);
            }
            for (JsonNode ev : list(c.path("timeline"))) {
                assertThat(ACTORS).as(where).contains(ev.path("actor").asText());
                assertThat(ev.path("type").asText()).as(where).matches("[A-Z_]{1,64}");
                assertThat(ev.path("text").asText().length()).as(where).isBetween(1, 2000);
            }
            assertThat(c.path("revision").asInt()).as(where).isPositive();
        }
    }

    @Test
    void identifiersAndMaskedPhonesLookLikeThePlatforms() {
        for (JsonNode c : cases) {
            String where = id(c);
            assertThat(id(c)).matches("MP-2026-\\d{7}");
            assertThat(c.path("complaintId").asText()).as(where).matches("\\d{27}");
            assertThat(c.path("order").path("transactionId").asText()).as(where).matches("\\d{28}");
            assertThat(c.path("miniProgram").path("appId").asText()).as(where).matches("wx[0-9a-f]{16}");
            assertThat(c.path("merchant").path("merchantId").asText()).as(where).matches("\\d{10}");
            assertThat(c.path("consumer").path("consumerId").asText()).as(where).matches("[A-Za-z0-9_-]{28}");
            String phone = c.path("consumer").path("phoneMasked").asText();
            assertThat(phone).as("%s phone is masked", where).contains("*").doesNotContainPattern("\\d{5}");
            assertThat(phone.replaceAll("\\D", "").length()).as("%s visible digits", where).isLessThanOrEqualTo(7);
            String merchantPhone = c.path("merchant").path("phone").asText("");
            assertThat(merchantPhone).as(where).doesNotContainPattern("\\d{5}");
            assertThat(c.path("complaint").path("description").asText().length()).as(where).isBetween(1, 2000);
            assertThat(c.path("merchant").path("email").asText("x@y.example")).as(where).endsWith(".example");
        }
    }

    @Test
    void everyAmountOfACaseIsInTheOrdersCurrency() {
        Set<String> currencies = new HashSet<>();
        for (JsonNode c : cases) {
            String currency = c.path("order").path("amount").path("currency").asText();
            currencies.add(currency);
            List<JsonNode> amounts = new ArrayList<>();
            collectMoney(c, amounts);
            assertThat(amounts).as(id(c)).isNotEmpty();
            for (JsonNode m : amounts) {
                assertThat(m.path("currency").asText()).as("%s money %s", id(c), m).isEqualTo(currency);
                assertThat(m.path("value").isIntegralNumber() && m.path("value").asLong() >= 0).as(id(c)).isTrue();
            }
            JsonNode requested = c.path("complaint").path("requestedRefund");
            if (!requested.isMissingNode()) {
                assertThat(requested.path("value").asLong()).as(id(c))
                        .isLessThanOrEqualTo(c.path("order").path("amount").path("value").asLong());
            }
        }
        assertThat(currencies).contains("CNY", "MXN", "EUR", "USD");
    }

    // ================================================================ time

    @Test
    void everyTimestampIsRfc3339InChinaTimeWithinTheSampleDays() {
        for (JsonNode c : cases) {
            List<String[]> stamps = new ArrayList<>();
            collectTimes(c, "", stamps);
            assertThat(stamps).as(id(c)).isNotEmpty();
            for (String[] s : stamps) {
                String where = id(c) + s[0];
                assertThat(s[1]).as(where).matches(RFC3339);
                OffsetDateTime t = OffsetDateTime.parse(s[1]);
                assertThat(t.getOffset()).as(where).isEqualTo(ZoneOffset.ofHours(8));
                assertThat(t).as(where).isAfterOrEqualTo(FIRST_DAY).isBefore(AFTER_LAST_DAY);
                if (!s[0].endsWith("dueAt")) {
                    assertThat(t).as("%s happened before the bundle was made", where).isBeforeOrEqualTo(createdAt);
                }
            }
        }
    }

    @Test
    void eventsFollowOneAnotherInOrder() {
        for (JsonNode c : cases) {
            String where = id(c);
            OffsetDateTime filed = time(c.path("complaint"), "filedAt");
            assertThat(time(c.path("order"), "paidAt")).as(where).isBefore(filed);
            assertThat(time(c, "stateSince")).as(where).isAfterOrEqualTo(filed).isBeforeOrEqualTo(createdAt);
            OffsetDateTime intervened = c.has("intervention") ? time(c.path("intervention"), "requestedAt") : filed;
            assertThat(intervened).as(where).isAfterOrEqualTo(filed);
            OffsetDateTime previous = null;
            for (JsonNode ev : list(c.path("timeline"))) {
                OffsetDateTime at = time(ev, "at");
                if (previous != null) {
                    assertThat(at).as("%s %s in order", where, ev.path("eventId").asText()).isAfterOrEqualTo(previous);
                }
                previous = at;
            }
            assertThat(time(list(c.path("timeline")).get(0), "at")).as(where).isEqualTo(filed);
            for (JsonNode r : list(c.path("evidenceRequests"))) {
                OffsetDateTime requested = time(r, "requestedAt");
                assertThat(requested).as(where).isAfterOrEqualTo(intervened);
                assertThat(time(r, "dueAt")).as("%s due after requested", where).isAfter(requested);
                for (JsonNode n : list(r.path("notifications"))) {
                    assertThat(time(n, "sentAt")).as(where).isAfterOrEqualTo(requested);
                }
            }
            OffsetDateTime lastEvidence = filed;
            for (JsonNode e : list(c.path("evidence"))) {
                OffsetDateTime at = time(e, "submittedAt");
                assertThat(at).as(where).isAfterOrEqualTo(intervened);
                request(c, e).ifPresent(r -> assertThat(at).as(where).isAfterOrEqualTo(time(r, "requestedAt")));
                lastEvidence = at.isAfter(lastEvidence) ? at : lastEvidence;
            }
            JsonNode r = c.path("ruling");
            if (!r.isNull()) {
                assertThat(time(r, "proposedAt")).as("%s: the ruling comes after the evidence", where).isAfter(lastEvidence);
                OffsetDateTime ruled = r.has("issuedAt") ? time(r, "issuedAt") : time(r, "proposedAt");
                JsonNode f = c.path("fulfilment");
                if (f.isObject()) {
                    assertThat(time(f, "dueAt")).as(where).isAfter(ruled);
                    OffsetDateTime lastProof = ruled;
                    for (JsonNode p : list(f.path("proofs"))) {
                        assertThat(time(p, "submittedAt")).as(where).isAfter(ruled);
                        lastProof = time(p, "submittedAt");
                    }
                    if (f.has("verification")) {
                        assertThat(time(f.path("verification"), "at")).as(where).isAfterOrEqualTo(lastProof);
                    }
                }
            }
        }
    }

    @Test
    void stateDeadlinesFollowTheRules() {
        for (JsonNode c : cases) {
            String where = id(c);
            String state = c.path("state").asText();
            OffsetDateTime since = time(c, "stateSince");
            OffsetDateTime due = c.has("dueAt") ? time(c, "dueAt") : null;
            List<JsonNode> open = list(c.path("evidenceRequests")).stream()
                    .filter(r -> r.path("status").asText().equals("OPEN")).toList();
            assertThat(open.isEmpty()).as("%s: open requests only while awaiting evidence", where)
                    .isEqualTo(!state.equals("AWAITING_EVIDENCE"));
            switch (state) {
                case "NEGOTIATION" -> assertThat(due).as(where)
                        .isEqualTo(time(c.path("complaint"), "filedAt").plusHours(48));
                case "INTERVENTION_REQUESTED" -> {
                    assertThat(since).as(where).isEqualTo(time(c.path("intervention"), "requestedAt"));
                    assertThat(due).as(where).isEqualTo(since.plusHours(24));
                }
                case "AWAITING_EVIDENCE" -> assertThat(due).as("%s: the earliest open request's due time", where)
                        .isEqualTo(open.stream().map(r -> time(r, "dueAt")).min(OffsetDateTime::compareTo).orElseThrow());
                case "AWAITING_FULFILMENT" -> {
                    assertThat(due).as(where).isEqualTo(since.plusHours(48));
                    assertThat(time(c.path("fulfilment"), "dueAt")).as(where).isEqualTo(due);
                }
                case "AWAITING_RETURN" -> assertThat(due).as(where).isEqualTo(since.plus(Duration.ofDays(7)));
                default -> assertThat(due).as("%s: %s has no deadline of its own", where, state).isNull();
            }
            if (RULED.contains(state) || state.equals("CLOSED") && c.path("ruling").has("issuedAt")) {
                assertThat(since).as(where).isAfterOrEqualTo(time(c.path("ruling"), "issuedAt"));
            }
        }
    }

    // ================================================================ reproducible

    /**
     * Pixels depend on the fonts, which a fresh machine of this kind does not have (it ships DejaVu
     * only): the comparison runs where the samples' fonts are installed (see assets/samples/README.md).
     */
    @Test
    void runningTheMakerAgainGivesTheSameBytes(@TempDir Path tmp) throws Exception {
        java.util.Set<String> families = java.util.Set.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        org.junit.jupiter.api.Assumptions.assumeTrue(families.contains("Noto Sans CJK SC")
                && Files.isDirectory(Path.of("/usr/share/fonts/truetype/droid")),
                "the samples' fonts (fonts-noto-cjk, fonts-droid-fallback) are not installed");
        SampleMaker.main(new String[] {tmp.toString()});
        Map<String, Path> expected = files(LIVE);
        Map<String, Path> actual = files(tmp.resolve("live"));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        List<String> different = new ArrayList<>();
        for (String name : expected.keySet()) {
            if (!Arrays.equals(Files.readAllBytes(expected.get(name)), Files.readAllBytes(actual.get(name)))) {
                different.add(name);
            }
        }
        assertThat(different).as("files that differ from the committed ones").isEmpty();
    }

    // ================================================================ helpers

    static String id(JsonNode c) {
        return c.path("caseId").asText();
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Set<String> values(Function<JsonNode, Stream<String>> f) {
        return cases.stream().flatMap(f).collect(Collectors.toCollection(TreeSet::new));
    }

    static OffsetDateTime time(JsonNode node, String field) {
        return OffsetDateTime.parse(node.path(field).asText());
    }

    static JsonNode only(String state) {
        List<JsonNode> found = cases.stream().filter(c -> c.path("state").asText().equals(state)).toList();
        assertThat(found).as(state).isNotEmpty();
        return found.get(0);
    }

    static JsonNode closed(String reason) {
        return cases.stream().filter(c -> c.path("closeReason").asText().equals(reason)).findFirst()
                .orElseThrow(() -> new AssertionError("no case closed as " + reason));
    }

    static List<JsonNode> attachments(JsonNode c) {
        List<JsonNode> out = new ArrayList<>();
        list(c.path("timeline")).forEach(e -> out.addAll(list(e.path("attachments"))));
        list(c.path("evidence")).forEach(e -> out.addAll(list(e.path("attachments"))));
        list(c.path("fulfilment").path("proofs")).forEach(p -> out.addAll(list(p.path("attachments"))));
        return out;
    }

    static Stream<JsonNode> notifications(JsonNode c) {
        return list(c.path("evidenceRequests")).stream().flatMap(r -> list(r.path("notifications")).stream());
    }

    static java.util.Optional<JsonNode> request(JsonNode c, JsonNode evidence) {
        if (!evidence.has("requestId")) {
            return java.util.Optional.empty();
        }
        return list(c.path("evidenceRequests")).stream()
                .filter(r -> r.path("requestId").asText().equals(evidence.path("requestId").asText())).findFirst();
    }

    static boolean isLate(JsonNode c, JsonNode evidence) {
        return request(c, evidence).map(r -> time(evidence, "submittedAt").isAfter(time(r, "dueAt"))).orElse(false);
    }

    static void assertUnique(String where, List<JsonNode> nodes, String field) {
        List<String> ids = nodes.stream().map(n -> n.path(field).asText()).toList();
        assertThat(ids).as("%s %s", where, field).doesNotHaveDuplicates().allMatch(s -> !s.isBlank());
    }

    /** Every {value, currency} object anywhere in the node. */
    static void collectMoney(JsonNode node, List<JsonNode> out) {
        if (node.isObject() && node.has("value") && node.has("currency")) {
            out.add(node);
            return;
        }
        node.forEach(child -> collectMoney(child, out));
    }

    /** Every member named "at", "stateSince" or ending in "At" anywhere in the node, with its JSON path. */
    static void collectTimes(JsonNode node, String path, List<String[]> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String p = path + "/" + e.getKey();
                boolean isTime = e.getKey().equals("at") || e.getKey().endsWith("At") || e.getKey().equals("stateSince");
                if (isTime && e.getValue().isTextual()) {
                    out.add(new String[] {p, e.getValue().asText()});
                } else {
                    collectTimes(e.getValue(), p, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectTimes(node.get(i), path + "/" + i, out);
            }
        }
    }

    static Map<String, Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toMap(
                    p -> dir.relativize(p).toString().replace('\\', '/'), p -> p, (a, b) -> a, TreeMap::new));
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
