package com.arbitra.bundle;

import static com.arbitra.bundle.BundleTestSupport.JSON;
import static com.arbitra.bundle.BundleTestSupport.assertNothingWritten;
import static com.arbitra.bundle.BundleTestSupport.caseIds;
import static com.arbitra.bundle.BundleTestSupport.run;
import static com.arbitra.bundle.BundleTestSupport.session;
import static com.arbitra.bundle.BundleTestSupport.show;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseService;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.Money;
import com.arbitra.domain.NotificationChannel;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Party;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.store.Session;
import com.arbitra.support.Seen;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 18: saved responses of WeChat Pay's complaints 2.0 API, from real files on disk through the
 * real importer into a real workspace, and the merchant's requests back out.
 */
class WxpayComplaintsTest {

    static final Path SAMPLES = Path.of("assets/samples/wxpay");
    static final String PAGE_1 = "complaints-page-1.json";
    static final String DETAIL_2 = "detail-200201820261118080076610002.json";
    static final String HISTORY_2 = "negotiation-200201820261118080076610002.json";
    static final String HISTORY_4 = "negotiation-200201820261118080076610004.json";
    static final String C1 = "WXP-200201820261118080076610001";
    static final String C2 = "WXP-200201820261118080076610002";
    static final String C3 = "WXP-200201820261118080076610003";
    static final String C4 = "WXP-200201820261118080076610004";

    @TempDir
    Path dir;

    Path home() {
        return dir.resolve("default");
    }

    Path ws() {
        return dir.resolve("ws");
    }

    BundleTestSupport.Result importInto(Path input, String... options) {
        List<String> args = new ArrayList<>(List.of("import", "--workspace", ws().toString()));
        args.addAll(List.of(options));
        args.add(input.toString());
        return run(home(), args.toArray(String[]::new));
    }

    /** A copy of the sample folder, changed by {@code edit}. */
    Path samples(String name, Consumer<Path> edit) throws Exception {
        Path copy = dir.resolve(name);
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(SAMPLES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        edit.accept(copy);
        return copy;
    }

    static ObjectNode read(Path file) {
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void write(Path file, JsonNode tree) {
        try {
            Files.writeString(file, JSON.writeValueAsString(tree));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void edit(Path folder, String file, Consumer<ObjectNode> change) {
        ObjectNode tree = read(folder.resolve(file));
        change.accept(tree);
        write(folder.resolve(file), tree);
    }

    static ObjectNode item(ObjectNode page, int i) {
        return (ObjectNode) page.get("data").get(i);
    }

    @Test
    void theSampleFolderBecomesCasesAsTheReadmeMapsThem() {
        BundleTestSupport.Result r = importInto(SAMPLES);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("new 4,");
        assertThat(caseIds(home(), ws())).containsExactlyInAnyOrder(C1, C2, C3, C4);

        JsonNode c1 = show(home(), ws(), C1);
        assertThat(c1.get("channel").asText()).isEqualTo("PAYMENT_COMPLAINT");
        assertThat(c1.get("complaintId").asText()).isEqualTo("200201820261118080076610001");
        assertThat(c1.get("state").asText()).isEqualTo("NEGOTIATION");
        assertThat(Instant.parse(c1.get("dueAt").asText())).as("48 h after complaint_time")
                .isEqualTo(Instant.parse("2026-11-25T02:21:33Z"));
        assertThat(c1.at("/merchant/merchantId").asText()).isEqualTo("1900009191");
        assertThat(c1.at("/merchant/name").asText()).as("the id until a name is known").isEqualTo("1900009191");
        assertThat(c1.at("/consumer/consumerId").asText()).as("no payer_openid in a list item").isEqualTo("unknown");
        assertThat(c1.at("/order/transactionId").asText()).isEqualTo("4200001890202611227117582536");
        assertThat(c1.at("/order/outTradeNo").asText()).isEqualTo("VIP20261122-0071");
        assertThat(c1.at("/order/amount/value").asLong()).isEqualTo(2500);
        assertThat(c1.at("/order/amount/currency").asText()).isEqualTo("CNY");
        assertThat(c1.at("/complaint/category").asText()).isEqualTo("服务权益未生效");
        assertThat(c1.at("/complaint/problemType").asText()).isEqualTo("SERVICE_NOT_WORK");
        assertThat(c1.at("/complaint/requestedRefund/value").asLong()).isEqualTo(2500);
        assertThat(c1.at("/complaint/complaintCount").asInt()).isEqualTo(1);
        assertThat(c1.at("/complaint/userTags").toString()).contains("NEED_IMMEDIATE_SERVICE", "AWAITING_MERCHANT_REPLY");
        assertThat(c1.toString()).as("payer_phone is ciphertext: never stored")
                .doesNotContain("Xh3Y0l").doesNotContain("phone");
        JsonNode media1 = c1.at("/evidence/0/attachments/0");
        assertThat(media1.get("url").asText()).startsWith("https://api.mch.weixin.qq.com/v3/merchant-service/images/");
        assertThat(media1.has("sha256")).as("a reference, not retrieved").isFalse();

        JsonNode c2 = show(home(), ws(), C2);
        assertThat(c2.at("/consumer/consumerId").asText()).as("from the detail").isEqualTo("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
        assertThat(c2.get("state").asText()).isEqualTo("INTERVENTION_REQUESTED");
        assertThat(c2.at("/intervention/trigger").asText()).isEqualTo("CONSUMER_REQUEST");
        assertThat(c2.at("/intervention/reason").asText()).isEqualTo("商家未按约定退款: 商品已寄回，商家不回复");
        assertThat(c2.at("/complaint/userTags/0").asText()).isEqualTo("HIGH_RISK");
        assertThat(c2.at("/complaint/complaintCount").asInt()).isEqualTo(2);
        List<String> events = new ArrayList<>();
        c2.get("timeline").forEach(e -> events.add(e.get("eventId").asText().substring(24) + " "
                + e.get("actor").asText() + " " + e.get("type").asText()));
        assertThat(events).as("both pages, in time order").containsExactly(
                "001 CONSUMER USER_CREATE_COMPLAINT", "002 MERCHANT MERCHANT_RESPONSE", "003 CONSUMER USER_RESPONSE",
                "004 CONSUMER USER_APPLY_PLATFORM_SERVICE");
        assertThat(c2.at("/timeline/1/attachments/0/url").asText()).endsWith("/merchant-return-address");
        assertThat(c2.at("/timeline/2/attachments/0/url").asText()).as("history media as an object")
                .endsWith("/waybill-SF1402");
        JsonNode bytes = c2.at("/evidence/0/attachments/0");
        assertThat(bytes.get("fileName").asText()).isEqualTo("earphone-left-silent");
        assertThat(bytes.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(bytes.get("sha256").asText()).isEqualTo(BundleTestSupport.sha256(
                readBytes(SAMPLES.resolve("media/earphone-left-silent"))));

        JsonNode c3 = show(home(), ws(), C3);
        assertThat(c3.get("state").asText()).isEqualTo("CLOSED");
        assertThat(c3.get("closeReason").asText()).as("complaint_full_refunded").isEqualTo("FULFILLED");

        JsonNode c4 = show(home(), ws(), C4);
        assertThat(c4.get("state").asText()).as("the older platform-help vocabulary escalates too")
                .isEqualTo("INTERVENTION_REQUESTED");
        assertThat(c4.at("/timeline/2/type").asText()).as("the wire's own spelling").isEqualTo("MERCHANT_REFUSE_RERUND");
        assertThat(c4.at("/timeline/2/actor").asText()).isEqualTo("MERCHANT");
        assertThat(c4.at("/timeline/1/actor").asText()).isEqualTo("PLATFORM");
    }

    @Test
    void aTeamWorkspaceOnPostgresqlTakesTheSameResponsesAndALaterFetch() throws Exception {
        com.arbitra.support.PgDatabase.requireServer();
        try (com.arbitra.support.PgDatabase db = com.arbitra.support.PgDatabase.create()) {
            Path team = dir.resolve("team");
            BundleTestSupport.Result made = run(home(), "init", "--server", db.url(), "--db-user",
                    com.arbitra.support.PgDatabase.USER, team.toString());
            assertThat(made.code()).as(made.toString()).isZero();

            BundleTestSupport.Result first = run(home(), "import", "--workspace", team.toString(), SAMPLES.toString());
            BundleTestSupport.Result later = run(home(), "import", "--workspace", team.toString(),
                    samples("later", f -> edit(f, DETAIL_2, d -> d.put("complaint_state", "PROCESSED"))).toString());

            assertThat(first.code()).as(first.toString()).isZero();
            assertThat(first.out()).contains("new 4,");
            assertThat(later.out()).contains("new 0, updated 1, unchanged 3");
            JsonNode c2 = show(home(), team, C2);
            assertThat(c2.get("revision").asInt()).isEqualTo(2);
            assertThat(c2.get("closeReason").asText()).isEqualTo("SETTLED_BY_NEGOTIATION");
            assertThat(c2.at("/evidence/0/attachments/0/sha256").asText()).as("media bytes in the server")
                    .isEqualTo(BundleTestSupport.sha256(readBytes(SAMPLES.resolve("media/earphone-left-silent"))));
            assertThat(run(home(), "audit", "verify", "--workspace", team.toString()).out()).startsWith("OK");
        }
    }

    @Test
    void theSampleListNamesEveryFileOfTheSampleFolder() throws Exception {
        List<String> files;
        try (Stream<Path> all = Files.walk(SAMPLES)) {
            files = all.filter(Files::isRegularFile).map(p -> SAMPLES.relativize(p).toString())
                    .filter(n -> !n.equals("files.txt")).sorted().toList();
        }
        assertThat(Files.readAllLines(SAMPLES.resolve("files.txt")).stream().filter(l -> !l.isBlank()).sorted())
                .as("the console copies the samples out of the jar by this list").containsExactlyElementsOf(files);
    }

    @Test
    void theSameResponsesAsAZipInAnotherOrderAndForcedGiveTheSameCases() throws Exception {
        BundleTestSupport.Result folder = importInto(SAMPLES);
        JsonNode before = show(home(), ws(), C2);
        // the second page first, the history pages swapped, in a ZIP of their own
        Path zip = dir.resolve("saved.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(SAMPLES)) {
            for (Path p : files.filter(Files::isRegularFile).sorted(java.util.Comparator.reverseOrder()).toList()) {
                String name = SAMPLES.relativize(p).toString().replace("complaints-page-2", "a-page-2");
                z.putNextEntry(new ZipEntry(name));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
        }
        Path other = dir.resolve("other");
        BundleTestSupport.Result fresh = run(home(), "import", "--workspace", other.toString(), "--format",
                "wxpay-complaints-v2", zip.toString());

        assertThat(folder.code()).as(folder.toString()).isZero();
        assertThat(fresh.code()).as(fresh.toString()).isZero();
        assertThat(fresh.out()).contains("new 4,");
        assertThat(withoutLocal(show(home(), other, C2))).isEqualTo(withoutLocal(before));
    }

    private static JsonNode withoutLocal(JsonNode c) {
        ObjectNode copy = c.deepCopy();
        copy.remove("local");
        return copy;
    }

    @Test
    void aReimportChangesNothingAndALaterFetchIsTheNextRevision() throws Exception {
        importInto(SAMPLES);
        BundleTestSupport.Result again = importInto(SAMPLES);
        // the same answers fetched again later: other bytes, the same content
        Path refetched = samples("refetched", f -> edit(f, PAGE_1, page -> page.put("limit", 3)));
        BundleTestSupport.Result same = importInto(refetched);
        Path later = samples("later", f -> {
            edit(f, DETAIL_2, d -> d.put("complaint_state", "PROCESSED").put("complaint_full_refunded", true)
                    .put("in_platform_service", false));
            edit(f, "negotiation-200201820261118080076610002-2.json", h -> ((ArrayNode) h.get("data")).addObject()
                    .put("log_id", "300285320261121180210000005").put("operator", "系统")
                    .put("operate_time", "2026-11-25T09:00:00+08:00")
                    .put("operate_type", "COMPLAINT_FULL_REFUNDED_SYSTEM_MESSAGE").put("operate_details", "已全额退款"));
        });
        BundleTestSupport.Result fetched = importInto(later);

        assertThat(again.out()).contains("was imported before; nothing changed.");
        assertThat(same.code()).as(same.toString()).isZero();
        assertThat(same.out()).contains("new 0, updated 0, unchanged 4");
        assertThat(fetched.code()).as(fetched.toString()).isZero();
        assertThat(fetched.out()).contains("new 0, updated 1, unchanged 3");
        JsonNode c2 = show(home(), ws(), C2);
        assertThat(c2.get("revision").asInt()).isEqualTo(2);
        assertThat(c2.get("state").asText()).isEqualTo("CLOSED");
        assertThat(c2.get("closeReason").asText()).isEqualTo("FULFILLED");
        assertThat(c2.get("timeline")).hasSize(5);
        assertThat(show(home(), ws(), C1).get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void aNotificationMarksTheCaseToFetchAgainAndCreatesNothing() throws Exception {
        importInto(SAMPLES);
        Path notices = Files.createDirectories(dir.resolve("notices"));
        Files.writeString(notices.resolve("n1.json"), "{\"complaint_id\":\"200201820261118080076610001\","
                + "\"action_type\":\"USER_RESPONSE\"}");
        Files.writeString(notices.resolve("n2.json"), "{\"complaint_id\":\"200201820261118080076610099\","
                + "\"action_type\":\"CREATE_COMPLAINT\"}");

        BundleTestSupport.Result r = importInto(notices);
        BundleTestSupport.Result refetched = importInto(samples("refetched", f -> edit(f, PAGE_1,
                page -> page.put("offset", 0))));

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("new 0,").contains("WXP-200201820261118080076610099, which this workspace does "
                + "not hold");
        assertThat(caseIds(home(), ws())).hasSize(4);
        assertThat(refetched.code()).as(refetched.toString()).isZero();
        try (Session s = session(ws())) {
            assertThat(s.cases().find(C1).orElseThrow().hasFlag(com.arbitra.domain.CaseFlag.CHANGED_AT_PLATFORM))
                    .as("fetched again: the mark goes").isFalse();
        }
        assertThat(show(home(), ws(), C1).get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void aNotificationAloneLeavesTheMark() throws Exception {
        importInto(SAMPLES);
        Path notice = dir.resolve("notice.json");
        Files.writeString(notice, "{\"complaint_id\":\"200201820261118080076610001\",\"action_type\":\"USER_RESPONSE\"}");

        BundleTestSupport.Result r = importInto(notice);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(show(home(), ws(), C1).at("/local/flags").toString()).contains("CHANGED_AT_PLATFORM");
    }

    static Stream<Arguments> brokenInputs() {
        return Stream.of(
                broken("data not an array", PAGE_1, "/data must be an array", f -> edit(f, PAGE_1,
                        p -> p.put("data", "none"))),
                broken("no complaint_id", PAGE_1, "/data/0/complaint_id is required", f -> edit(f, PAGE_1,
                        p -> item(p, 0).remove("complaint_id"))),
                broken("a time without offset", PAGE_1, "/data/0/complaint_time must be an RFC 3339 time",
                        f -> edit(f, PAGE_1, p -> item(p, 0).put("complaint_time", "2026-11-22T10:21:33"))),
                broken("an unknown state", PAGE_1, "/data/1/complaint_state must be PENDING, PROCESSING or PROCESSED",
                        f -> edit(f, PAGE_1, p -> item(p, 1).put("complaint_state", "CLOSED"))),
                broken("an amount as a string", PAGE_1, "/data/0/complaint_order_info/0/amount must be a whole number",
                        f -> edit(f, PAGE_1, p -> ((ObjectNode) item(p, 0).get("complaint_order_info").get(0))
                                .put("amount", "2500"))),
                broken("a negative refund", PAGE_1, "/data/0/apply_refund_amount must be a whole number of 0 or more",
                        f -> edit(f, PAGE_1, p -> item(p, 0).put("apply_refund_amount", -1))),
                broken("a complaint twice on a page", PAGE_1, "/data/1/complaint_id appears twice on the page",
                        f -> edit(f, PAGE_1, p -> item(p, 1).put("complaint_id", "200201820261118080076610001"))),
                broken("an entry without log_id", HISTORY_4, "/data/0/log_id is required", f -> edit(f, HISTORY_4,
                        h -> item(h, 0).remove("log_id"))),
                broken("a history without its complaint", "negotiation-200201820261118080076610077.json",
                        "holds no detail or list page with that complaint", f -> rename(f, HISTORY_4,
                                "negotiation-200201820261118080076610077.json")),
                broken("a media URL that is none", PAGE_1, "/data/0/complaint_media_list/0/media_url/0 must be an "
                        + "http(s) URL", f -> edit(f, PAGE_1, p -> ((ObjectNode) item(p, 0).get("complaint_media_list")
                        .get(0)).putArray("media_url").add("javascript:alert(1)"))),
                broken("not JSON", DETAIL_2, "the file is not valid JSON (line", f -> writeText(f.resolve(DETAIL_2),
                        "{\"complaint_id\": \"2002\",", StandardCharsets.UTF_8)),
                broken("UTF-16", DETAIL_2, "the file is not UTF-8", f -> writeText(f.resolve(DETAIL_2),
                        "{\"complaint_id\": \"200201820261118080076610002\"}", StandardCharsets.UTF_16)),
                broken("an encrypted notification", "notification-200201820261118080076610003.json",
                        "/resource is an encrypted notification", f -> writeText(f.resolve(
                                "notification-200201820261118080076610003.json"), "{\"id\":\"n\",\"event_type\":"
                                + "\"COMPLAINT.STATE_CHANGE\",\"resource\":{\"algorithm\":\"AEAD_AES_256_GCM\"}}",
                                StandardCharsets.UTF_8)),
                broken("a history page named otherwise", "history.json", "save it as negotiation-<complaint_id>.json",
                        f -> rename(f, HISTORY_4, "history.json")),
                broken("history media of the wrong kind", HISTORY_2, "/data/2/complaint_media_list must be an object",
                        f -> edit(f, HISTORY_2, h -> item(h, 2).put("complaint_media_list", 7))),
                broken("a complaint count of 0", PAGE_1, "/data/2/user_complaint_times must be 1 or more",
                        f -> edit(f, PAGE_1, p -> item(p, 2).put("user_complaint_times", 0))));
    }

    static Arguments broken(String what, String file, String message, Consumer<Path> edit) {
        return Arguments.of(what, file, message, edit);
    }

    static void rename(Path folder, String from, String to) {
        try {
            Files.move(folder.resolve(from), folder.resolve(to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void writeText(Path file, String text, java.nio.charset.Charset charset) {
        try {
            Files.write(file, text.getBytes(charset));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInputs")
    void aBrokenInputIsRefusedWithItsFileAndPointerAndNothingIsWritten(String what, String file, String message,
                                                                       Consumer<Path> edit) throws Exception {
        Path input = samples("broken", edit);
        run(home(), "init", ws().toString());

        BundleTestSupport.Result r = importInto(input);
        BundleTestSupport.Result checked = run(home(), "validate", input.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains(file + ": ").contains(message).contains("Nothing was written.");
        assertNothingWritten(home(), ws());
        assertThat(checked.code()).isEqualTo(1);
        assertThat(checked.out()).contains(message);
    }

    @Test
    void theExportGivesTheRequestsTheApiNeedsAndNamesWhatItCannotSay() throws Exception {
        assertThat(importInto(SAMPLES).code()).isZero();
        Actor lin = new Actor("lin", Role.AGENT);
        Actor chen = new Actor("chen", Role.SUPERVISOR);
        Instant refundDue;
        try (Session s = session(ws())) {
            CaseService cases = s.cases();
            cases.claim(C4, lin, Seen.version(cases, C4));
            cases.requestEvidence(C4, lin, Seen.version(cases, C4), Party.CONSUMER,
                    List.of(EvidenceCategory.COMMUNICATION_RECORD), "请上传购买课程包时商家承诺可随时退款的聊天记录。",
                    Instant.now().plus(Duration.ofHours(48)), List.of(NotificationChannel.IN_APP));
            cases.claim(C2, lin, Seen.version(cases, C2));
            refundDue = Instant.now().plus(Duration.ofDays(3));
            Ruling refund = new Ruling(null, Responsibility.MERCHANT, Remedy.FULL_REFUND, Money.of(19900, "CNY"),
                    List.of("GOODS_DAMAGED"), List.of("wxp-complaint-media-1"),
                    "左耳无声，商家收到退货后未处理，应全额退款。The merchant must refund in full.", false,
                    List.of(new Obligation(Party.MERCHANT, "REFUND", refundDue)), List.of(), null, null, null, null,
                    null, null, null);
            cases.proposeRuling(C2, lin, Seen.version(cases, C2), refund);
            cases.issueRuling(C2, chen, Seen.version(cases, C2), null);
        }
        Path out = dir.resolve("requests.jsonl");

        BundleTestSupport.Result r = run(home(), "export", "--workspace", ws().toString(), "--format",
                "wxpay-complaints-v2", "--out", out.toString());
        BundleTestSupport.Result again = run(home(), "export", "--workspace", ws().toString(), "--format",
                "wxpay-complaints-v2", "--out", dir.resolve("again.jsonl").toString());

        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        String base = "/v3/merchant-service/complaints-v2/200201820261118080076610002";
        JsonNode ask = JSON.readTree(lines.get(0));
        assertThat(ask.get("path").asText()).isEqualTo("/v3/merchant-service/complaints-v2/200201820261118080076610004"
                + "/response");
        assertThat(fieldNames(ask)).containsExactly("method", "path", "body");
        assertThat(ask.get("method").asText()).isEqualTo("POST");
        assertThat(fieldNames(ask.get("body"))).containsExactly("complainted_mchid", "response_content");
        assertThat(ask.at("/body/complainted_mchid").asText()).isEqualTo("1900009192");
        assertThat(ask.at("/body/response_content").asText()).isEqualTo("请上传购买课程包时商家承诺可随时退款的聊天记录。");
        JsonNode notice = JSON.readTree(lines.get(1));
        assertThat(notice.get("path").asText()).isEqualTo(base + "/response");
        assertThat(notice.at("/body/complainted_mchid").asText()).isEqualTo("1900009191");
        assertThat(notice.at("/body/response_content").asText()).contains(C2).hasSizeLessThanOrEqualTo(500);
        JsonNode refund = JSON.readTree(lines.get(2));
        assertThat(refund.get("path").asText()).isEqualTo(base + "/update-refund-progress");
        assertThat(fieldNames(refund.get("body"))).containsExactly("action", "launch_refund_day");
        assertThat(refund.at("/body/action").asText()).isEqualTo("APPROVE");
        assertThat(refund.at("/body/launch_refund_day").asInt()).isBetween(2, 3);
        assertThat(r.out()).contains("Exported 3 requests for 5 actions")
                .contains("not sent as a request: " + C4 + " CASE_CLAIMED")
                .contains("not sent as a request: " + C2 + " CASE_CLAIMED")
                .contains("not sent as a request: " + C2 + " RULING_PROPOSED");
        assertThat(again.out()).contains("Exported 0 requests for 0 actions");
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRefusedRefundIsRejectedWithTheRationaleAndTheClosedCaseCompleted() throws Exception {
        // a refused refund and closing: REJECT with the rationale, then complete
        assertThat(importInto(SAMPLES).code()).isZero();
        Actor lin = new Actor("lin", Role.AGENT);
        Actor chen = new Actor("chen", Role.SUPERVISOR);
        try (Session s = session(ws())) {
            CaseService cases = s.cases();
            cases.claim(C4, lin, Seen.version(cases, C4));
            Ruling none = new Ruling(null, Responsibility.CONSUMER, Remedy.NO_ACTION, null, List.of("POLICY_DISCLOSED"),
                    List.of(), "课程已使用8节，协议约定不退剩余费用，消费者已签署。", false, List.of(), List.of(), null, null, null, null,
                    null, null, null);
            cases.proposeRuling(C4, lin, Seen.version(cases, C4), none);
            cases.issueRuling(C4, chen, Seen.version(cases, C4), null);
        }
        Path out = dir.resolve("requests.jsonl");

        BundleTestSupport.Result r = run(home(), "export", "--workspace", ws().toString(), "--format",
                "wxpay-complaints-v2", "--out", out.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            lines.add(JSON.readTree(line));
        }
        JsonNode reject = lines.stream().filter(l -> l.get("path").asText().endsWith("/update-refund-progress"))
                .findFirst().orElseThrow();
        assertThat(reject.at("/body/action").asText()).isEqualTo("REJECT");
        assertThat(reject.at("/body/reject_reason").asText()).startsWith("课程已使用8节");
        assertThat(lines.get(lines.size() - 1).get("path").asText()).as("a ruling without remedy closes the case")
                .isEqualTo("/v3/merchant-service/complaints-v2/200201820261118080076610004/complete");
        assertThat(lines.get(lines.size() - 1).at("/body/complainted_mchid").asText()).isEqualTo("1900009192");
        assertThat(show(home(), ws(), C4).get("state").asText()).isEqualTo("CLOSED");
    }
}
