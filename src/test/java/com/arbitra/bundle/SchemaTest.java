package com.arbitra.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema of case-bundle v1 ({@code /schema/case-bundle-v1.schema.json}): it is a valid 2020-12
 * schema, it accepts the fixtures and the spec's examples, and it rejects each broken variant at the
 * place that was broken. Valid documents are checked with format assertions off (the 2020-12 default,
 * so the schema's own patterns must do the work) and on.
 */
class SchemaTest {

    private static final String SCHEMA_RESOURCE = "/schema/case-bundle-v1.schema.json";
    private static final String FIXTURES = "/schema-fixtures/";
    /** Produced by another part of the project; checked when present. */
    private static final Path LIVE_SAMPLE = Path.of("assets", "samples", "live", "bundle.json");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode schemaNode;
    private static SchemaRegistry registry;
    private static Schema schema;
    private static Schema schemaWithFormats;

    @BeforeAll
    static void loadSchema() {
        schemaNode = readResource(SCHEMA_RESOURCE);
        registry = registry(false);
        schema = registry.getSchema(schemaNode);
        schemaWithFormats = registry(true).getSchema(schemaNode);
    }

    private static SchemaRegistry registry(boolean formatAssertions) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(formatAssertions)
                .build();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
    }

    // ------------------------------------------------------------------ the schema itself

    @Test
    void schemaIsValidAgainstTheDraft202012MetaSchema() {
        assertThat(schemaNode.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        Schema meta = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

        assertThat(meta.validate(schemaNode)).isEmpty();
    }

    @Test
    void metaSchemaCheckCatchesABrokenSchema() {
        Schema meta = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        ObjectNode broken = schemaNode.deepCopy();
        ((ObjectNode) broken.at("/$defs/money/properties/value")).put("minimum", "zero");

        assertThat(meta.validate(broken)).extracting(e -> e.getInstanceLocation().toString())
                .contains("/$defs/money/properties/value/minimum");
    }

    @Test
    void everyDefinitionHasADescription() {
        assertThat(schemaNode.path("description").asText()).isNotBlank();
        List<String> undocumented = new ArrayList<>();
        for (var def : schemaNode.path("$defs").properties()) {
            if (def.getValue().path("description").asText().isBlank()) {
                undocumented.add(def.getKey());
            }
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void unknownMembersAreAllowedEverywhere() {
        assertThat(schemaNode.findValues("additionalProperties")).isEmpty();
        assertThat(schemaNode.findValues("unevaluatedProperties")).isEmpty();
        ObjectNode bundle = fixture("rich-bundle.json");
        bundle.put("producerVersion", "arbitra 0.1.0");
        ((ObjectNode) bundle.at("/cases/0")).put("priorityScore", 17);
        ((ObjectNode) bundle.at("/cases/0/evidence/0/attachments/0")).put("thumbnail", "none");
        ((ObjectNode) bundle.at("/cases/0/ruling")).putObject("reviewedBy").put("name", "qa");

        assertThat(errors(schema, bundle)).isEmpty();
    }

    // ------------------------------------------------------------------ valid documents

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"minimal-bundle.json", "rich-bundle.json", "rich-export.json", "training-bundle.json"})
    void validFixturePasses(String name) {
        ObjectNode bundle = fixture(name);

        assertThat(errors(schema, bundle)).as("without format assertions").isEmpty();
        assertThat(errors(schemaWithFormats, bundle)).as("with format assertions").isEmpty();
    }

    @Test
    void bundleWithoutCasesPasses() {
        ObjectNode bundle = fixture("minimal-bundle.json");
        bundle.putArray("cases");

        assertThat(errors(schema, bundle)).isEmpty();
    }

    @Test
    void timestampsMayUseAnyOffsetFractionsAndLowerCaseSeparators() {
        for (String at : List.of("2026-11-20T02:00:00Z", "2026-11-19T18:00:00.5-05:30", "2026-11-20t02:00:00.123456789z",
                "2026-11-20T02:00:00+14:00")) {
            ObjectNode bundle = fixture("minimal-bundle.json");
            bundle.put("createdAt", at);

            assertThat(errors(schemaWithFormats, bundle)).as(at).isEmpty();
        }
    }

    @Test
    void consumerPhoneIsMaskedAsThePlatformMasksIt() {
        for (String masked : List.of("", "***********", "*******1234", "1**********", "138*****", "*** **** 1234",
                "138****1234", "55****8841", "612***418")) {
            ObjectNode bundle = fixture("minimal-bundle.json");
            ((ObjectNode) bundle.at("/cases/0/consumer")).put("phoneMasked", masked);

            assertThat(errors(schema, bundle)).as(masked).isEmpty();
        }
    }

    @Test
    void unknownProblemTypeIsLeftToTheImporter() {
        ObjectNode bundle = fixture("rich-bundle.json");
        ((ObjectNode) bundle.at("/cases/0/complaint")).put("problemType", "DELIVERY_DELAY");

        assertThat(errors(schema, bundle)).isEmpty();
    }

    /**
     * The spec's case and ruling examples, with "…" replaced by real text (timeline text, the base64
     * data and its size and hash, the rationale). Its phoneMasked "138****1234" shows 7 digits, against
     * the spec's words ("more than 4 visible digits is refused"); the example is what the platform sends,
     * so the masking rule follows it (see the schema's description of phoneMasked).
     */
    @Test
    void specExamplePassesOnceItsPlaceholdersAreFilledIn() {
        ObjectNode bundle = fixture("spec-example.json");

        assertThat(errors(schema, bundle)).isEmpty();
        assertThat(errors(schemaWithFormats, bundle)).isEmpty();
    }

    @Test
    void specExportExamplePassesOnceItsPlaceholdersAreFilledIn() {
        ObjectNode bundle = fixture("spec-export-example.json");

        assertThat(errors(schema, bundle)).isEmpty();
        assertThat(errors(schemaWithFormats, bundle)).isEmpty();
    }

    @Test
    void liveSampleBundleValidates() {
        Assumptions.assumeTrue(Files.isRegularFile(LIVE_SAMPLE), "no " + LIVE_SAMPLE + " yet");
        JsonNode bundle;
        try {
            bundle = MAPPER.readTree(LIVE_SAMPLE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertThat(errors(schema, bundle)).extracting(Error::toString).isEmpty();
    }

    @Test
    void trainingSampleBundleValidates() throws IOException {
        JsonNode bundle = MAPPER.readTree(Path.of("assets", "samples", "training", "bundle.json").toFile());
        assertThat(errors(schema, bundle)).extracting(Error::toString).isEmpty();
    }

    // ------------------------------------------------------------------ rules across members

    @Test
    void platformAndTrainerBundlesHoldFullCasesOnly() {
        for (String producer : List.of("platform", "trainer")) {
            ObjectNode bundle = fixture("rich-export.json");
            bundle.put("producer", producer);

            assertThat(errors(schema, bundle)).extracting(SchemaTest::location)
                    .as(producer).contains("/cases/0", "/cases/1", "/cases/2")
                    .allMatch(l -> l.startsWith("/cases/"));
        }
    }

    @Test
    void consoleBundleMayHoldFullCases() {
        ObjectNode bundle = fixture("training-bundle.json");
        bundle.put("producer", "console");

        assertThat(errors(schema, bundle)).isEmpty();
    }

    // ------------------------------------------------------------------ broken variants

    /**
     * One small edit of a valid fixture, and where the error must be reported.
     *
     * @param expected JSON Pointer every error must be at, under or above (an ancestor, for a
     *                 missing member or a rule over several members); at least one error is exactly here
     */
    record Variant(String name, String fixture, Consumer<JsonNode> edit, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVariants")
    void brokenVariantIsRejectedAtTheEditedSpot(Variant variant) {
        JsonNode bundle = fixture(variant.fixture());
        assertThat(errors(schema, bundle)).as("the fixture itself").isEmpty();
        variant.edit().accept(bundle);

        List<Error> errors = errors(schema, bundle);

        assertThat(errors).as("errors of %s", variant).isNotEmpty();
        assertThat(errors).extracting(SchemaTest::location).as("%s", errors).contains(variant.expected())
                .allMatch(l -> related(l, variant.expected()));
    }

    static Stream<Variant> brokenVariants() {
        String rich = "rich-bundle.json";
        String export = "rich-export.json";
        String training = "training-bundle.json";
        String att = "/cases/0/evidence/0/attachments/0";
        String pathAtt = "/cases/0/evidence/1/attachments/0";
        return Stream.of(
                // envelope
                set("wrong format", rich, "/format", "\"case-bundle-v2\""),
                set("formatVersion 2", rich, "/formatVersion", "2"),
                set("formatVersion as a string", rich, "/formatVersion", "\"1\""),
                set("bundleId with a space and a slash", rich, "/bundleId", "\"plat 2026/11\""),
                set("bundleId of 129 characters", rich, "/bundleId", json("b".repeat(129))),
                set("createdAt without offset", rich, "/createdAt", "\"2026-11-25T18:30:12\""),
                set("createdAt as a date only", rich, "/createdAt", "\"2026-11-25\""),
                set("createdAt at hour 24", rich, "/createdAt", "\"2026-11-25T24:00:00+08:00\""),
                set("unknown producer", rich, "/producer", "\"importer\""),
                set("purpose in lower case", rich, "/purpose", "\"live\""),
                set("cases not an array", rich, "/cases", "{}"),
                remove("bundleId missing", rich, "/bundleId", ""),
                // case
                set("unknown state", rich, "/cases/0/state", "\"ESCALATED\""),
                remove("CLOSED without closeReason", rich, "/cases/1/closeReason", "/cases/1"),
                set("unknown closeReason", rich, "/cases/1/closeReason", "\"RESOLVED\""),
                set("caseId of 65 characters", rich, "/cases/0/caseId", json("M".repeat(65))),
                set("caseId with a slash", rich, "/cases/0/caseId", "\"MP/2026/0000123\""),
                set("revision 0", rich, "/cases/0/revision", "0"),
                remove("revision missing", rich, "/cases/0/revision", "/cases/0"),
                set("unknown channel", rich, "/cases/0/channel", "\"APP\""),
                set("complaintId of 65 characters", rich, "/cases/0/complaintId", json("2".repeat(65))),
                set("mini program name of 201 characters", rich, "/cases/0/miniProgram/name", json("青".repeat(201))),
                remove("merchant name missing", rich, "/cases/0/merchant/name", "/cases/0/merchant"),
                set("consumerId of 129 characters", rich, "/cases/0/consumer/consumerId", json("o".repeat(129))),
                set("phoneMasked 13812341234", rich, "/cases/0/consumer/phoneMasked", "\"13812341234\""),
                set("phoneMasked 138****12345", rich, "/cases/0/consumer/phoneMasked", "\"138****12345\""),
                set("phoneMasked 1380****1234", rich, "/cases/0/consumer/phoneMasked", "\"1380****1234\""),
                set("phoneMasked in full-width digits", rich, "/cases/0/consumer/phoneMasked", "\"１３８１２３４１２３４\""),
                set("transactionId of 65 characters", rich, "/cases/0/order/transactionId", json("4".repeat(65))),
                set("negative order amount", rich, "/cases/0/order/amount/value", "-1"),
                set("order amount with a fraction", rich, "/cases/0/order/amount/value", "129.5"),
                set("lower-case currency", rich, "/cases/0/order/amount/currency", "\"cny\""),
                remove("order amount missing", rich, "/cases/0/order/amount", "/cases/0/order"),
                set("complaintCount 0", rich, "/cases/0/complaint/complaintCount", "0"),
                set("description of 2,001 characters", rich, "/cases/0/complaint/description", json("述".repeat(2001))),
                set("problemType of 65 characters", rich, "/cases/0/complaint/problemType", json("P".repeat(65))),
                set("complaint category of 65 characters", rich, "/cases/0/complaint/category", json("C".repeat(65))),
                set("dueAt without offset", rich, "/cases/0/dueAt", "\"2026-11-27 09:10:00\""),
                set("unknown intervention trigger", rich, "/cases/0/intervention/trigger", "\"AUTO\""),
                set("unknown timeline actor", rich, "/cases/0/timeline/0/actor", "\"BOT\""),
                set("timeline text of 2,001 characters", rich, "/cases/0/timeline/0/text", json("x".repeat(2001))),
                set("training data in a LIVE bundle", rich, "/cases/0/training",
                        "{\"referenceRuling\": null, \"difficulty\": \"EASY\"}"),
                set("unknown local flag", rich, "/cases/2/local/flags/0", "\"URGENT\""),
                set("negative proofRejections", rich, "/cases/0/local/proofRejections", "-1"),
                set("unknown stateBeforeAppeal", rich, "/cases/2/local/stateBeforeAppeal", "\"REOPENED\""),
                // evidence requests and evidence
                set("unknown party", rich, "/cases/0/evidenceRequests/0/party", "\"PLATFORM\""),
                set("unknown requested category", rich, "/cases/0/evidenceRequests/0/categories/1", "\"PHOTO\""),
                set("no requested category", rich, "/cases/0/evidenceRequests/0/categories", "[]"),
                set("unknown request status", rich, "/cases/0/evidenceRequests/0/status", "\"CLOSED\""),
                set("unknown notification channel", rich, "/cases/0/evidenceRequests/0/notifications/0/channel",
                        "\"WECHAT\""),
                set("unknown notification status", rich, "/cases/0/evidenceRequests/0/notifications/0/status",
                        "\"READ\""),
                set("unknown evidence category", rich, "/cases/0/evidence/0/category", "\"SCREENSHOT\""),
                set("evidence text of 2,001 characters", rich, "/cases/0/evidence/0/text", json("证".repeat(2001))),
                set("unknown assessment", rich, "/cases/0/evidence/0/assessment", "\"VERIFIED\""),
                remove("assessedBy without assessedAt", rich, "/cases/0/evidence/0/assessedAt", "/cases/0/evidence/0"),
                edit("21 attachments", rich, "/cases/0/evidence/1/attachments", b -> {
                    ArrayNode list = (ArrayNode) b.at("/cases/0/evidence/1/attachments");
                    JsonNode first = list.get(0);
                    for (int i = list.size(); i < 21; i++) {
                        list.add(((ObjectNode) first.deepCopy()).put("attachmentId", "a-x" + i)
                                .put("path", "attachments/e-2/photo-x" + i + ".jpg"));
                    }
                }),
                // attachments
                set("sha256 in upper case", rich, att + "/sha256",
                        json("419A574A040662E12B00B728CA65E3AF9197337D8A2E38CA0A28372B2B06495F")),
                set("sha256 too short", rich, att + "/sha256", "\"419a574a\""),
                set("both data and path", rich, att + "/path", "\"attachments/e-1/waybill.png\"", att),
                remove("neither data nor path", rich, att + "/data", att),
                set("data not base64", rich, att + "/data", "\"iVBORw0…\""),
                set("fileName with a slash", rich, att + "/fileName", "\"scans/waybill.png\""),
                set("fileName with a backslash", rich, att + "/fileName", "\"scans\\\\waybill.png\""),
                set("fileName of 256 characters", rich, att + "/fileName", json("f".repeat(252) + ".png")),
                set("negative size", rich, att + "/size", "-74"),
                set("mediaType without a subtype", rich, att + "/mediaType", "\"image\""),
                set("path with ..", rich, pathAtt + "/path", "\"attachments/../../etc/passwd\""),
                set("absolute path", rich, pathAtt + "/path", "\"/etc/passwd\""),
                set("path with a backslash", rich, pathAtt + "/path", "\"attachments\\\\e-2\\\\photo-1.jpg\""),
                set("path with a drive letter", rich, pathAtt + "/path", "\"C:attachments/photo-1.jpg\""),
                // rulings
                set("rationale too short", rich, "/cases/0/ruling/rationale", "\"太短了\""),
                set("rationale of 4,001 characters", rich, "/cases/0/ruling/rationale", json("理".repeat(4001))),
                remove("PARTIAL_REFUND without amount", rich, "/cases/0/ruling/amount", "/cases/0/ruling"),
                set("PARTIAL_REFUND of 0", rich, "/cases/0/ruling/amount/value", "0"),
                set("unknown remedy", rich, "/cases/0/ruling/remedy", "\"REFUND\""),
                set("unknown responsibility", rich, "/cases/0/ruling/responsibility", "\"PLATFORM\""),
                set("NO_ACTION with the merchant responsible", rich, "/cases/1/ruling/responsibility",
                        "\"MERCHANT\""),
                set("a refund with no one responsible", rich, "/cases/0/ruling/responsibility", "\"NONE\"",
                        "/cases/0/ruling/remedy"),
                set("merchant responsible without a merchant obligation", rich, "/cases/0/ruling/obligations",
                        "[{\"party\": \"CONSUMER\", \"action\": \"RETURN_GOODS\", \"dueAt\": \"2026-11-27T09:10:00+08:00\"}]"),
                remove("obligation without dueAt", rich, "/cases/2/ruling/obligations/1/dueAt",
                        "/cases/2/ruling/obligations/1"),
                set("unknown measure", rich, "/cases/2/ruling/measures/0", "\"FINE\""),
                remove("issuedBy without issuedAt", rich, "/cases/0/ruling/issuedAt", "/cases/0/ruling"),
                set("returnComment of 2,001 characters", rich, "/cases/0/ruling/returnComment", json("r".repeat(2001))),
                set("ruling neither null nor an object", rich, "/cases/3/ruling", "\"none\""),
                // fulfilment
                set("unknown proof type", rich, "/cases/0/fulfilment/proofs/0/type", "\"RECEIPT\""),
                set("unknown verification status", rich, "/cases/0/fulfilment/verification/status", "\"OK\""),
                remove("fulfilment without dueAt", rich, "/cases/0/fulfilment/dueAt", "/cases/0/fulfilment"),
                // training
                set("unknown difficulty", training, "/cases/0/training/difficulty", "\"EXPERT\""),
                set("reference ruling rationale too short", training,
                        "/cases/0/training/referenceRuling/rationale", "\"尺码不符\""),
                remove("COMPENSATION without amount", training, "/cases/1/training/referenceRuling/amount",
                        "/cases/1/training/referenceRuling"),
                // console export entries
                set("bad action type", export, "/cases/0/actions/0/type", "\"RULING_DRAFTED\""),
                set("actionId not a UUID", export, "/cases/0/actions/0/actionId", "\"action-0001\""),
                set("actionId UUID without hyphens", export, "/cases/0/actions/0/actionId",
                        "\"5b0c6d0e3a0f4c1e9f5e2d7a8b9c0d11\""),
                set("action by an unknown role", export, "/cases/0/actions/0/by/role", "\"PLATFORM\""),
                remove("action without operator", export, "/cases/0/actions/0/by/operator", "/cases/0/actions/0/by"),
                set("action at without offset", export, "/cases/0/actions/0/at", "\"2026-11-20T09:45:00\""),
                set("payload not an object", export, "/cases/0/actions/0/payload", "\"claimed\""),
                set("baseRevision 0", export, "/cases/0/baseRevision", "0"),
                set("no actions", export, "/cases/0/actions", "[]"),
                set("auditHead in upper case", export, "/cases/0/auditHead", json("AB".repeat(32))),
                set("caseId of an export entry with a space", export, "/cases/1/caseId", "\"MP 2026 0000141\""));
    }

    private static Variant set(String name, String fixture, String pointer, String value) {
        return set(name, fixture, pointer, value, pointer);
    }

    private static Variant set(String name, String fixture, String pointer, String value, String expected) {
        JsonNode parsed = parse(value);
        return new Variant(name, fixture, b -> put(b, pointer, parsed.deepCopy()), expected);
    }

    private static Variant remove(String name, String fixture, String pointer, String expected) {
        return new Variant(name, fixture, b -> {
            JsonPointer p = JsonPointer.compile(pointer);
            JsonNode removed = ((ObjectNode) b.at(p.head())).remove(p.last().getMatchingProperty());
            assertThat(removed).as("member %s to remove", pointer).isNotNull();
        }, expected);
    }

    private static Variant edit(String name, String fixture, String expected, Consumer<JsonNode> change) {
        return new Variant(name, fixture, change, expected);
    }

    /** Sets the member or array element a JSON Pointer names; the parent must exist. */
    private static void put(JsonNode root, String pointer, JsonNode value) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        if (parent instanceof ObjectNode object) {
            object.set(p.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode array && p.last().getMatchingIndex() < array.size()) {
            array.set(p.last().getMatchingIndex(), value);
        } else {
            throw new IllegalArgumentException("no place for " + pointer);
        }
    }

    /** The same node, a node inside it, or one that holds it (short of the whole bundle). */
    private static boolean related(String location, String expected) {
        return location.equals(expected) || location.startsWith(expected + "/")
                || !location.isEmpty() && expected.startsWith(location + "/");
    }

    // ------------------------------------------------------------------ helpers

    private static List<Error> errors(Schema s, JsonNode document) {
        return s.validate(document);
    }

    private static String location(Error e) {
        return e.getInstanceLocation().toString();
    }

    private static ObjectNode fixture(String name) {
        return (ObjectNode) readResource(FIXTURES + name);
    }

    private static JsonNode readResource(String resource) {
        try (InputStream in = SchemaTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
