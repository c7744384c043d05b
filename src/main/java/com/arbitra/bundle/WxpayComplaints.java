package com.arbitra.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WeChat Pay consumer complaints 2.0, as a merchant's API client saved them (list pages, complaint
 * details, negotiation history pages, decrypted notifications and a {@code media/} folder), read into
 * a case bundle: a folder with {@code bundle.json} and the media files, which the {@link Importer}
 * then imports with every guarantee a bundle has. Each input file is checked as it is read, and the
 * first problem refuses the whole input with the file and the JSON Pointer of the member at fault.
 * The complaints are spilled to the bundle folder one file each and joined from there, so memory holds
 * one saved response at a time. The mapping is the README's (issue 18); the field model is
 * {@code wxpay-complaints-v2.md}.
 */
final class WxpayComplaints {

    static final String FORMAT = "wxpay-complaints-v2";
    static final String CASE_PREFIX = "WXP-";
    /** A saved response larger than this is no API response (a list page holds at most 50 complaints). */
    static final long MAX_FILE_BYTES = 16L << 20;
    private static final Pattern COMPLAINT_ID = Pattern.compile("[A-Za-z0-9._-]{1,60}");
    private static final Pattern NEGOTIATION_FILE = Pattern.compile("(?:.*/)?negotiation-([A-Za-z0-9._-]{1,60}?)"
            + "(?:-\\d+)?\\.json", Pattern.CASE_INSENSITIVE);
    private static final String MEDIA_PATH = "/v3/merchant-service/images/";
    private static final Set<String> STATES = Set.of("PENDING", "PROCESSING", "PROCESSED");
    /** Entries by which the consumer asked for the platform's help, in both vocabularies (and an old misspelling). */
    private static final Set<String> HELP_ASKED = Set.of("USER_APPLY_PLATFORM_SERVICE", "USER_APPLY_PLATFORM_SERIVCE",
            "USER_APPLY_PLATFORM_HELP", "PLATFORM_HELP_APPLICATION");
    private static final Set<String> HELP_ENDED = Set.of("USER_CANCEL_PLATFORM_SERVICE", "PLATFORM_SERVICE_FINISHED");
    private static final Map<String, String> ACTORS = actors();

    /** What the translation found besides the cases: the cases its notifications name, and warnings. */
    record Translation(Set<String> notifiedCaseIds, List<String> warnings) {
    }

    private final ObjectMapper mapper;
    private final Limits limits;
    private final Duration negotiation;
    private final Duration firstReview;

    WxpayComplaints(Limits limits, Duration negotiation, Duration firstReview) {
        this.mapper = new BundleReader(limits).mapper();
        this.limits = limits;
        this.negotiation = negotiation;
        this.firstReview = firstReview;
    }

    /**
     * Whether {@code path} holds saved complaints 2.0 responses rather than a case bundle: a JSON file,
     * a folder or a ZIP without {@code bundle.json}, with a JSON file that reads as such a response.
     */
    static boolean recognises(Path path, Limits limits) {
        try (Inputs in = Inputs.open(path, limits, false)) {
            if (in.names().contains(BundleSource.BUNDLE_JSON)) {
                return false;
            }
            for (String name : in.names()) {
                if (isJson(name) && looksLikeAResponse(in, name)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | BundleException e) {
            return false;
        }
    }

    private static boolean looksLikeAResponse(Inputs in, String name) throws IOException {
        try (InputStream s = in.open(name)) {
            String head = new String(s.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            return !head.contains("\"case-bundle\"") && (head.contains("\"complaint_id\"") || head.contains("\"log_id\"")
                    || head.contains("\"action_type\"") || head.contains("\"complainted_mchid\"")
                    || head.contains("\"event_type\"") && head.contains("\"COMPLAINT."));
        }
    }

    /** Reads {@code path} into a bundle folder {@code into} (empty, private to this import). */
    Translation translate(Path path, Path into, Instant now) throws BundleException, IOException {
        Path spill = Files.createDirectories(into.resolve("complaints"));
        Map<String, String> negotiationsOf = new HashMap<>();
        Set<String> complaintIds = new TreeSet<>();
        Set<String> notified = new TreeSet<>();
        List<String> warnings = new ArrayList<>();
        MessageDigest inputDigest = sha256();
        try (Inputs in = Inputs.open(path, limits, true)) {
            Map<String, String> media = new HashMap<>();
            for (String name : in.names()) {
                String file = name.substring(name.lastIndexOf('/') + 1);
                if (name.startsWith("media/") || name.contains("/media/")) {
                    media.put(file, name);
                }
            }
            List<String> jsonFiles = in.names().stream().filter(WxpayComplaints::isJson)
                    .filter(n -> !media.containsValue(n)).sorted().toList();
            if (jsonFiles.isEmpty()) {
                throw new BundleException(path + " holds no saved response of the WeChat Pay complaints 2.0 API "
                        + "(no .json file).");
            }
            for (String name : jsonFiles) {
                byte[] bytes = read(in, name, path);
                inputDigest.update(name.getBytes(StandardCharsets.UTF_8));
                inputDigest.update((byte) 0);
                inputDigest.update(bytes);
                JsonNode body = parse(path, name, bytes);
                File f = new File(path, name);
                switch (kind(f, body)) {
                    case NOTIFICATION -> notified.add(CASE_PREFIX + f.text(body, "complaint_id", "", COMPLAINT_ID,
                            "a complaint id (1 to 60 letters, digits, '.', '_' or '-')", true));
                    case DETAIL -> spillComplaint(f, body, "", spill, complaintIds);
                    case LIST -> {
                        page(f, body);
                        Map<String, String> onPage = new HashMap<>();
                        ArrayNode data = f.array(body, "data", "", false);
                        for (int i = 0; data != null && i < data.size(); i++) {
                            String at = "/data/" + i;
                            String id = spillComplaint(f, f.object(data.get(i), at), at, spill, complaintIds);
                            String first = onPage.putIfAbsent(id, at);
                            if (first != null) {
                                throw f.refused(at + "/complaint_id", "appears twice on the page (also at " + first
                                        + ")");
                            }
                        }
                    }
                    case NEGOTIATION -> {
                        page(f, body);
                        Matcher m = NEGOTIATION_FILE.matcher(name);
                        if (!m.matches()) {
                            throw f.refused("", "is a page of a negotiation history, which does not name its complaint:"
                                    + " save it as negotiation-<complaint_id>.json (or negotiation-<complaint_id>-2.json"
                                    + " for its second page)");
                        }
                        String id = m.group(1);
                        ArrayNode data = f.array(body, "data", "", false);
                        for (int i = 0; data != null && i < data.size(); i++) {
                            String at = "/data/" + i;
                            checkEntry(f, f.object(data.get(i), at), at);
                        }
                        if (data != null && !data.isEmpty()) {
                            negotiationsOf.merge(id, name, (a, b) -> a + "\n" + b);
                        }
                    }
                }
            }
            for (String id : negotiationsOf.keySet()) {
                if (!complaintIds.contains(id)) {
                    throw new File(path, negotiationsOf.get(id).split("\n")[0]).refused("", "is the negotiation "
                            + "history of complaint " + id + ", but this input holds no detail or list page with that "
                            + "complaint: save its detail (detail-" + id + ".json) beside it");
                }
            }
            String bundleId = "wxpay-" + HexFormat.of().formatHex(inputDigest.digest()).substring(0, 40);
            writeBundle(path, in, into, spill, complaintIds, negotiationsOf, media, bundleId, now, warnings);
            return new Translation(notified, warnings);
        }
    }

    private enum Kind { LIST, DETAIL, NEGOTIATION, NOTIFICATION }

    private static Kind kind(File f, JsonNode body) throws BundleException {
        if (!body.isObject()) {
            throw f.refused("", "must be a JSON object (a saved response of the complaints 2.0 API)");
        }
        if (body.has("resource") && body.has("event_type")) {
            throw f.refused("/resource", "is an encrypted notification: decrypt it with the merchant's APIv3 key and "
                    + "save the plaintext ({\"complaint_id\": …, \"action_type\": …}) instead");
        }
        if (body.has("action_type")) {
            return Kind.NOTIFICATION;
        }
        if (body.has("data")) {
            JsonNode first = body.path("data").path(0);
            return first.has("log_id") || f.name.matches("(?i)(?:.*/)?negotiation-.*") ? Kind.NEGOTIATION : Kind.LIST;
        }
        if (body.has("complaint_id")) {
            return Kind.DETAIL;
        }
        throw f.refused("", "is not a saved response of the complaints 2.0 API: it has no complaint_id (a detail or "
                + "a notification) and no data (a list or negotiation history page)");
    }

    /** A page's own members: data an array, limit and offset integers, total_count (first page only) too. */
    private static void page(File f, JsonNode body) throws BundleException {
        f.array(body, "data", "", false);
        for (String member : List.of("limit", "offset", "total_count")) {
            f.integer(body, member, "", false);
        }
    }

    /** Checks one complaint (a detail or a list item) and writes it to the spill folder; gives its id. */
    private String spillComplaint(File f, JsonNode c, String at, Path spill, Set<String> ids)
            throws BundleException, IOException {
        String id = f.text(c, "complaint_id", at, COMPLAINT_ID, "a complaint id (1 to 60 letters, digits, '.', '_' "
                + "or '-')", true);
        f.time(c, "complaint_time", at, true);
        f.string(c, "complaint_detail", at, 2000, true);
        String state = f.string(c, "complaint_state", at, 30, true);
        if (!STATES.contains(state)) {
            throw f.refused(at + "/complaint_state", "must be PENDING, PROCESSING or PROCESSED (was " + quoted(state) + ")");
        }
        f.string(c, "complainted_mchid", at, 64, true);
        f.string(c, "payer_openid", at, 128, false);
        f.string(c, "problem_description", at, 256, false);
        f.string(c, "problem_type", at, 64, false);
        f.integer(c, "apply_refund_amount", at, false);
        Long times = f.integer(c, "user_complaint_times", at, false);
        if (times != null && times < 1) {
            throw f.refused(at + "/user_complaint_times", "must be 1 or more (was " + times + ")");
        }
        for (String flag : List.of("complaint_full_refunded", "incoming_user_response", "in_platform_service",
                "need_immediate_service")) {
            f.bool(c, flag, at);
        }
        ArrayNode tags = f.array(c, "user_tag_list", at, false);
        for (int i = 0; tags != null && i < tags.size(); i++) {
            if (!tags.get(i).isTextual() || tags.get(i).textValue().length() > 64) {
                throw f.refused(at + "/user_tag_list/" + i, "must be a tag of at most 64 characters");
            }
        }
        ArrayNode orders = f.array(c, "complaint_order_info", at, false);
        for (int i = 0; orders != null && i < orders.size(); i++) {
            String o = at + "/complaint_order_info/" + i;
            JsonNode order = f.object(orders.get(i), o);
            f.string(order, "transaction_id", o, 64, true);
            f.string(order, "out_trade_no", o, 200, false);
            if (f.integer(order, "amount", o, true) == null) {
                throw f.refused(o + "/amount", "is required");
            }
        }
        ArrayNode media = f.array(c, "complaint_media_list", at, false);
        for (int i = 0; media != null && i < media.size(); i++) {
            mediaUrls(f, f.object(media.get(i), at + "/complaint_media_list/" + i), at + "/complaint_media_list/" + i);
        }
        ids.add(id);
        // a detail is the fuller answer: it replaces the same complaint's list item, never the reverse
        Path file = spill.resolve(id + ".json");
        if (at.isEmpty() || !Files.exists(file)) {
            Files.write(file, mapper.writeValueAsBytes(withSource(c, f.name + "#" + at)));
        }
        return id;
    }

    private ObjectNode withSource(JsonNode c, String source) {
        ObjectNode copy = ((ObjectNode) c).deepCopy();
        copy.put("_arbitra_source", source);
        return copy;
    }

    /** The URLs of a media object: {@code media_url} as a string or an array of them (both are seen). */
    private static List<String> mediaUrls(File f, JsonNode media, String at) throws BundleException {
        f.string(media, "media_type", at, 64, false);
        JsonNode urls = media.get("media_url");
        List<String> out = new ArrayList<>();
        if (urls == null || urls.isNull()) {
            return out;
        }
        if (urls.isTextual()) {
            out.add(url(f, urls.textValue(), at + "/media_url"));
        } else if (urls.isArray()) {
            for (int i = 0; i < urls.size(); i++) {
                if (!urls.get(i).isTextual()) {
                    throw f.refused(at + "/media_url/" + i, "must be a URL");
                }
                out.add(url(f, urls.get(i).textValue(), at + "/media_url/" + i));
            }
        } else {
            throw f.refused(at + "/media_url", "must be a URL or an array of URLs");
        }
        return out;
    }

    private static String url(File f, String url, String at) throws BundleException {
        if (url.length() > 2048 || !url.matches("https?://[\\x21-\\x7e]+")) {
            throw f.refused(at, "must be an http(s) URL of at most 2,048 characters without spaces (was "
                    + quoted(url) + ")");
        }
        return url;
    }

    private static void checkEntry(File f, JsonNode e, String at) throws BundleException {
        f.string(e, "log_id", at, 64, true);
        f.time(e, "operate_time", at, true);
        f.string(e, "operate_type", at, 64, true);
        f.string(e, "operator", at, 64, false);
        f.string(e, "operate_details", at, 2000, false);
        f.string(e, "user_appy_platform_service_reason", at, 256, false);
        f.string(e, "user_appy_platform_service_reason_description", at, 1000, false);
        ArrayNode images = f.array(e, "image_list", at, false);
        for (int i = 0; images != null && i < images.size(); i++) {
            if (!images.get(i).isTextual()) {
                throw f.refused(at + "/image_list/" + i, "must be a URL");
            }
            url(f, images.get(i).textValue(), at + "/image_list/" + i);
        }
        JsonNode media = e.get("complaint_media_list");
        if (media != null && !media.isNull()) {
            // one object in the newer documents, a list in older SDKs: both are accepted
            if (media.isObject()) {
                mediaUrls(f, media, at + "/complaint_media_list");
            } else if (media.isArray()) {
                for (int i = 0; i < media.size(); i++) {
                    mediaUrls(f, f.object(media.get(i), at + "/complaint_media_list/" + i),
                            at + "/complaint_media_list/" + i);
                }
            } else {
                throw f.refused(at + "/complaint_media_list", "must be an object (or an array of them)");
            }
        }
    }

    /** Writes {@code bundle.json}: one case per complaint, in complaint id order, with its history. */
    private void writeBundle(Path path, Inputs in, Path into, Path spill, Set<String> ids,
                             Map<String, String> negotiationsOf, Map<String, String> media, String bundleId,
                             Instant now, List<String> warnings) throws IOException, BundleException {
        try (OutputStream out = Files.newOutputStream(into.resolve(BundleSource.BUNDLE_JSON));
             JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format", "case-bundle");
            g.writeNumberField("formatVersion", BundleReader.FORMAT_VERSION);
            g.writeStringField("bundleId", bundleId);
            g.writeStringField("createdAt", now.toString());
            g.writeStringField("producer", "platform");
            g.writeStringField("purpose", "LIVE");
            g.writeArrayFieldStart("cases");
            for (String id : ids) {
                JsonNode complaint = mapper.readTree(spill.resolve(id + ".json").toFile());
                List<Entry> entries = new ArrayList<>();
                String files = negotiationsOf.get(id);
                if (files != null) {
                    Map<String, Entry> byLog = new LinkedHashMap<>();
                    for (String name : files.split("\n")) {
                        File f = new File(path, name);
                        ArrayNode data = (ArrayNode) mapper.readTree(read(in, name, path)).get("data");
                        for (int i = 0; i < data.size(); i++) {
                            JsonNode e = data.get(i);
                            Entry entry = new Entry(e, f.name + "#/data/" + i);
                            Entry before = byLog.putIfAbsent(e.get("log_id").textValue(), entry);
                            if (before != null && !before.node.equals(e)) {
                                throw f.refused("/data/" + i + "/log_id", "names an entry that " + before.source
                                        + " gives with other content");
                            }
                        }
                    }
                    entries.addAll(byLog.values());
                }
                g.writeTree(new CaseMapping(id, complaint, entries, in, into, media, warnings).node());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        Files.walk(spill).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }

    private record Entry(JsonNode node, String source) {
        Instant at() {
            return Rfc3339.parse(node.get("operate_time").textValue());
        }

        String type() {
            return node.get("operate_type").textValue();
        }
    }

    /** One complaint as a case of the bundle format: the README's mapping. */
    private final class CaseMapping {
        private final String id;
        private final JsonNode c;
        private final List<Entry> entries;
        private final Inputs in;
        private final Path into;
        private final Map<String, String> media;
        private final List<String> warnings;
        private final Set<String> urlsSeen = new LinkedHashSet<>();

        CaseMapping(String id, JsonNode c, List<Entry> entries, Inputs in, Path into, Map<String, String> media,
                    List<String> warnings) {
            this.id = id;
            this.c = c;
            this.entries = new ArrayList<>(entries);
            // the history's order is not documented: by time, then by log id
            this.entries.sort(Comparator.comparing(Entry::at).thenComparing(e -> e.node.get("log_id").textValue()));
            this.in = in;
            this.into = into;
            this.media = media;
            this.warnings = warnings;
        }

        ObjectNode node() throws IOException {
            ObjectNode k = mapper.createObjectNode();
            k.put("caseId", CASE_PREFIX + id);
            k.put("revision", 1);
            k.put("complaintId", id);
            k.put("channel", "PAYMENT_COMPLAINT");
            String mchid = c.get("complainted_mchid").textValue();
            ObjectNode merchant = k.putObject("merchant");
            merchant.put("merchantId", mchid);
            merchant.put("name", mchid);
            // payer_phone is ciphertext for the merchant's key: never stored, never shown
            k.putObject("consumer").put("consumerId", text(c, "payer_openid", "unknown"));
            JsonNode order = c.path("complaint_order_info").path(0);
            long amount = order.path("amount").asLong(0);
            ObjectNode o = k.putObject("order");
            o.put("transactionId", order.has("transaction_id") ? order.get("transaction_id").textValue() : "unknown");
            if (order.hasNonNull("out_trade_no")) {
                o.put("outTradeNo", order.get("out_trade_no").textValue());
            }
            money(o, "amount", amount);
            String filedAt = c.get("complaint_time").textValue();
            ObjectNode complaint = k.putObject("complaint");
            complaint.put("filedAt", filedAt);
            String problem = text(c, "problem_description", null);
            if (problem != null && !problem.isBlank()) {
                complaint.put("category", problem.length() <= 64 ? problem : problem.substring(0, 63) + "…");
            }
            complaint.put("problemType", text(c, "problem_type", "OTHERS"));
            complaint.put("description", c.get("complaint_detail").textValue());
            if (c.hasNonNull("apply_refund_amount")) {
                long asked = c.get("apply_refund_amount").asLong();
                if (asked <= amount) {
                    money(complaint, "requestedRefund", asked);
                } else {
                    warnings.add(source() + "/apply_refund_amount: " + asked + " fen is more than the order's " + amount
                            + "; the case records no requested refund");
                }
            }
            complaint.put("complaintCount", c.path("user_complaint_times").asInt(1));
            ArrayNode tags = complaint.putArray("userTags");
            c.path("user_tag_list").forEach(tags::add);
            if (c.path("need_immediate_service").asBoolean(false)) {
                tags.add(com.arbitra.domain.Complaint.NEEDS_IMMEDIATE_SERVICE);
            }
            if (c.path("incoming_user_response").asBoolean(false)) {
                tags.add("AWAITING_MERCHANT_REPLY");
            }
            state(k, filedAt);
            timeline(k);
            evidence(k, filedAt);
            return k;
        }

        /** PENDING and PROCESSING negotiate (or wait for an agent once the platform helps); PROCESSED is closed. */
        private void state(ObjectNode k, String filedAt) {
            String state = c.get("complaint_state").textValue();
            Instant filed = Rfc3339.parse(filedAt);
            if (state.equals("PROCESSED")) {
                k.put("state", "CLOSED");
                k.put("closeReason", c.path("complaint_full_refunded").asBoolean(false) ? "FULFILLED"
                        : "SETTLED_BY_NEGOTIATION");
                k.put("stateSince", entries.isEmpty() ? filedAt : entries.get(entries.size() - 1).node
                        .get("operate_time").textValue());
                return;
            }
            Entry asked = helpAsked();
            boolean helping = c.has("in_platform_service") ? c.get("in_platform_service").asBoolean()
                    : asked != null;
            if (helping) {
                Instant since = asked == null ? filed : asked.at();
                k.put("state", "INTERVENTION_REQUESTED");
                k.put("stateSince", since.toString());
                k.put("dueAt", since.plus(firstReview).toString());
                ObjectNode intervention = k.putObject("intervention");
                intervention.put("requestedAt", since.toString());
                intervention.put("trigger", "CONSUMER_REQUEST");
                String reason = asked == null ? null : reason(asked.node);
                if (reason != null) {
                    intervention.put("reason", reason);
                }
            } else {
                k.put("state", "NEGOTIATION");
                k.put("stateSince", filedAt);
                k.put("dueAt", filed.plus(negotiation).toString());
            }
        }

        /** The last request for the platform's help that was not cancelled or ended since. */
        private Entry helpAsked() {
            Entry asked = null;
            for (Entry e : entries) {
                if (HELP_ASKED.contains(e.type())) {
                    asked = e;
                } else if (HELP_ENDED.contains(e.type())) {
                    asked = null;
                }
            }
            return asked;
        }

        private void timeline(ObjectNode k) throws IOException {
            ArrayNode timeline = k.putArray("timeline");
            for (Entry entry : entries) {
                JsonNode e = entry.node;
                ObjectNode t = timeline.addObject();
                t.put("eventId", e.get("log_id").textValue());
                t.put("at", e.get("operate_time").textValue());
                t.put("actor", actor(entry.type()));
                t.put("type", entry.type());
                String text = entryText(e);
                if (text != null) {
                    t.put("text", text.length() <= 2000 ? text : text.substring(0, 1999) + "…");
                }
                List<String> urls = new ArrayList<>();
                e.path("image_list").forEach(u -> urls.add(u.textValue()));
                JsonNode media = e.get("complaint_media_list");
                if (media != null && media.isObject()) {
                    urls.addAll(urlsOf(media));
                } else if (media != null && media.isArray()) {
                    media.forEach(m -> urls.addAll(urlsOf(m)));
                }
                ArrayNode attachments = attachments(urls, entry.source);
                if (!attachments.isEmpty()) {
                    t.set("attachments", attachments);
                }
            }
        }

        /** The consumer's uploads with the complaint: evidence items of at most 20 files each. */
        private void evidence(ObjectNode k, String filedAt) throws IOException {
            ArrayNode evidence = k.putArray("evidence");
            List<String> urls = new ArrayList<>();
            c.path("complaint_media_list").forEach(m -> urls.addAll(urlsOf(m)));
            ArrayNode all = attachments(urls, source() + "/complaint_media_list");
            for (int from = 0, n = 1; from < all.size(); from += 20, n++) {
                ObjectNode item = evidence.addObject();
                item.put("evidenceId", "wxp-complaint-media-" + n);
                item.put("party", "CONSUMER");
                item.put("category", "OTHER");
                item.put("submittedAt", filedAt);
                ArrayNode part = item.putArray("attachments");
                for (int i = from; i < Math.min(all.size(), from + 20); i++) {
                    part.add(all.get(i));
                }
            }
        }

        /**
         * Each URL once in the case: the file's bytes when {@code media/} holds its media id, else a
         * reference that names the URL and is never fetched.
         */
        private ArrayNode attachments(List<String> urls, String where) throws IOException {
            ArrayNode out = mapper.createArrayNode();
            for (String url : urls) {
                if (!urlsSeen.add(url)) {
                    continue;
                }
                String mediaId = mediaId(url);
                if (mediaId == null) {
                    warnings.add(where + ": " + quoted(url) + " is not a WeChat Pay media URL (" + MEDIA_PATH
                            + "…); it is kept as given: check it before opening it");
                }
                String name = mediaId == null ? "file" : mediaId.replaceAll("[/\\\\\\p{Cntrl}]", "_");
                name = name.length() > 200 ? name.substring(0, 200) : name;
                ObjectNode a = out.addObject();
                a.put("attachmentId", "wxp-" + hex(sha256().digest(url.getBytes(StandardCharsets.UTF_8))).substring(0,
                        20));
                a.put("fileName", name);
                String file = mediaId == null ? null : media.get(mediaId);
                if (file == null) {
                    a.put("mediaType", "image/*");
                    a.put("url", url);
                    continue;
                }
                Path copy = into.resolve("media").resolve(a.get("attachmentId").textValue());
                Files.createDirectories(copy.getParent());
                MessageDigest sha = sha256();
                byte[] head;
                long size;
                try (InputStream s = in.open(file); OutputStream o = Files.newOutputStream(copy,
                        StandardOpenOption.CREATE_NEW)) {
                    head = s.readNBytes(8);
                    sha.update(head);
                    o.write(head);
                    size = head.length;
                    byte[] buf = new byte[65536];
                    for (int n; (n = s.read(buf)) > 0; ) {
                        sha.update(buf, 0, n);
                        o.write(buf, 0, n);
                        size += n;
                    }
                }
                a.put("mediaType", mediaType(head));
                a.put("size", size);
                a.put("sha256", hex(sha.digest()));
                a.put("path", "media/" + a.get("attachmentId").textValue());
            }
            return out;
        }

        private String source() {
            return c.path("_arbitra_source").asText(id);
        }
    }

    private static List<String> urlsOf(JsonNode media) {
        List<String> out = new ArrayList<>();
        JsonNode urls = media.path("media_url");
        if (urls.isTextual()) {
            out.add(urls.textValue());
        } else {
            urls.forEach(u -> out.add(u.textValue()));
        }
        return out;
    }

    /** The media id of a WeChat Pay media URL (the path after {@code /v3/merchant-service/images/}, decoded). */
    static String mediaId(String url) {
        int at = url.indexOf(MEDIA_PATH);
        String host = at < 0 ? "" : url.substring(0, at);
        if (at < 0 || !(host.equals("https://api.mch.weixin.qq.com") || host.equals("https://api2.mch.weixin.qq.com"))) {
            return null;
        }
        String id = url.substring(at + MEDIA_PATH.length());
        int query = id.indexOf('?');
        id = query < 0 ? id : id.substring(0, query);
        try {
            id = URLDecoder.decode(id, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return id.isEmpty() ? null : id;
    }

    private static String entryText(JsonNode e) {
        List<String> parts = new ArrayList<>();
        String details = text(e, "operate_details", null);
        if (details != null && !details.isBlank()) {
            parts.add(details);
        } else {
            // a rich "immediate service" message: its text blocks
            e.path("normal_message").path("blocks").forEach(b -> {
                String t = b.path("text").path("text").asText(b.path("text").isTextual() ? b.path("text").asText() : "");
                if (!t.isBlank()) {
                    parts.add(t);
                }
            });
            String clicked = e.path("click_message").path("message_content").asText("");
            if (!clicked.isBlank()) {
                parts.add(clicked);
            }
        }
        String reason = reason(e);
        if (reason != null) {
            parts.add(reason);
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    private static String reason(JsonNode e) {
        String reason = text(e, "user_appy_platform_service_reason", null);
        String more = text(e, "user_appy_platform_service_reason_description", null);
        if (reason == null || reason.isBlank()) {
            return more == null || more.isBlank() ? null : more;
        }
        return more == null || more.isBlank() ? reason : reason + ": " + more;
    }

    /** Who acted, from the operation's type ({@code operator} is free text); unknown types by their prefix. */
    static String actor(String operateType) {
        String known = ACTORS.get(operateType);
        if (known != null) {
            return known;
        }
        if (operateType.endsWith("_SYSTEM_MESSAGE")) {
            return "SYSTEM";
        }
        if (operateType.startsWith("USER_")) {
            return "CONSUMER";
        }
        if (operateType.startsWith("MERCHANT_")) {
            return "MERCHANT";
        }
        return operateType.startsWith("PLATFORM_") ? "PLATFORM" : "SYSTEM";
    }

    private static Map<String, String> actors() {
        Map<String, String> m = new HashMap<>();
        for (String t : List.of("USER_CREATE_COMPLAINT", "USER_CONTINUE_COMPLAINT", "USER_RESPONSE",
                "USER_REVOKE_COMPLAINT", "USER_COMFIRM_COMPLAINT", "USER_APPLY_PLATFORM_HELP", "USER_SUBMIT_SATISFACTION",
                "USER_APPLY_PLATFORM_SERVICE", "USER_APPLY_PLATFORM_SERIVCE", "USER_CANCEL_PLATFORM_SERVICE",
                "USER_CLICK_RESPONSE")) {
            m.put(t, "CONSUMER");
        }
        for (String t : List.of("MERCHANT_RESPONSE", "MERCHANT_CONFIRM_COMPLETE", "MERCHANT_APPROVE_REFUND",
                "MERCHANT_REFUSE_RERUND")) {
            m.put(t, "MERCHANT");
        }
        for (String t : List.of("PLATFORM_RESPONSE", "PLATFORM_HELP_APPLICATION", "PLATFORM_SERVICE_FINISHED")) {
            m.put(t, "PLATFORM");
        }
        for (String t : List.of("SERVICE_ORDER_CANCEL", "SERVICE_ORDER_COMPLETE", "COMPLAINT_FULL_REFUNDED")) {
            m.put(t, "SYSTEM");
        }
        return Map.copyOf(m);
    }

    private static String mediaType(byte[] head) {
        if (head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "image/png";
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (head.length >= 2 && head[0] == 'B' && head[1] == 'M') {
            return "image/bmp";
        }
        if (head.length >= 4 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return "image/gif";
        }
        if (head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return "application/pdf";
        }
        return "application/octet-stream";
    }

    private static void money(ObjectNode owner, String name, long fen) {
        ObjectNode m = owner.putObject(name);
        m.put("value", fen);
        m.put("currency", "CNY");
    }

    private static String quoted(String s) {
        return Fields.shortly(com.fasterxml.jackson.databind.node.TextNode.valueOf(s));
    }

    private static String text(JsonNode node, String member, String otherwise) {
        JsonNode v = node.get(member);
        return v != null && v.isTextual() ? v.textValue() : otherwise;
    }

    private static boolean isJson(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static byte[] read(Inputs in, String name, Path path) throws IOException, BundleException {
        try (InputStream s = in.open(name)) {
            byte[] bytes = s.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new BundleException(path + ": " + name + " is larger than " + (MAX_FILE_BYTES >> 20)
                        + " MiB, which no saved response of the API is.");
            }
            return bytes;
        }
    }

    private JsonNode parse(Path path, String name, byte[] bytes) throws BundleException, IOException {
        boolean bom16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE);
        boolean zero = false;
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            zero |= bytes[i] == 0;
        }
        File f = new File(path, name);
        if (bom16 || zero) {
            throw f.refused("", "is not UTF-8 (it looks like UTF-16 or UTF-32 text): the API answers in UTF-8; save "
                    + "it again as UTF-8");
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            JsonNode node = mapper.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw f.refused("", "is empty: a saved response is one JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // too deep, a number or string too long: no location to name (found by fuzzing)
            throw f.refused("", "is refused: " + BundleReader.plain(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw f.refused("", "is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")") + ": " + BundleReader.plain(e.getOriginalMessage()));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** One input file: the checks of its members, each refusal naming the file and the member's pointer. */
    private record File(Path input, String name) {

        BundleException refused(String pointer, String message) {
            String where = input.getFileName() != null && input.toString().endsWith(name) ? input.toString()
                    : input + (input.toString().endsWith("/") ? "" : "/") + name;
            return new BundleException(where + ": " + (pointer.isEmpty() ? "the file" : pointer) + " " + message + ".");
        }

        JsonNode object(JsonNode v, String at) throws BundleException {
            if (v == null || !v.isObject()) {
                throw refused(at, "must be an object");
            }
            return v;
        }

        /** The member's value, or null when it is absent (or null) and may be; refused when it must be there. */
        private JsonNode present(JsonNode owner, String member, String at, boolean required) throws BundleException {
            JsonNode v = owner.get(member);
            if ((v == null || v.isNull()) && required) {
                throw refused(at + "/" + member, "is required");
            }
            return v == null || v.isNull() ? null : v;
        }

        ArrayNode array(JsonNode owner, String member, String at, boolean required) throws BundleException {
            JsonNode v = present(owner, member, at, required);
            if (v == null) {
                return null;
            }
            if (!v.isArray()) {
                throw refused(at + "/" + member, "must be an array");
            }
            return (ArrayNode) v;
        }

        String string(JsonNode owner, String member, String at, int max, boolean required) throws BundleException {
            JsonNode v = present(owner, member, at, required);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                throw refused(at + "/" + member, "must be a string (was " + Fields.shortly(v) + ")");
            }
            if (v.textValue().length() > max) {
                throw refused(at + "/" + member, "must be at most " + max + " characters (was "
                        + v.textValue().length() + ")");
            }
            if (required && v.textValue().isBlank()) {
                throw refused(at + "/" + member, "must not be empty");
            }
            return v.textValue();
        }

        String text(JsonNode owner, String member, String at, Pattern pattern, String rule, boolean required)
                throws BundleException {
            String v = string(owner, member, at, 256, required);
            if (v != null && !pattern.matcher(v).matches()) {
                throw refused(at + "/" + member, "must be " + rule + " (was " + quoted(v) + ")");
            }
            return v;
        }

        void time(JsonNode owner, String member, String at, boolean required) throws BundleException {
            String v = string(owner, member, at, 64, required);
            if (v != null && Rfc3339.parse(v) == null) {
                throw refused(at + "/" + member, "must be an RFC 3339 time with its offset, e.g. "
                        + "2026-11-20T10:21:33+08:00 (was " + quoted(v) + ")");
            }
        }

        Long integer(JsonNode owner, String member, String at, boolean required) throws BundleException {
            JsonNode v = present(owner, member, at, required);
            if (v == null) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
                throw refused(at + "/" + member, "must be a whole number of 0 or more (was " + Fields.shortly(v) + ")");
            }
            return v.asLong();
        }

        void bool(JsonNode owner, String member, String at) throws BundleException {
            JsonNode v = present(owner, member, at, false);
            if (v != null && !v.isBoolean()) {
                throw refused(at + "/" + member, "must be true or false (was " + Fields.shortly(v) + ")");
            }
        }
    }

    /** Opens one file of an input by its name there. */
    @FunctionalInterface
    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    /**
     * The files of an input: a folder (its files at any depth), a ZIP (checked as bundles are) or one
     * JSON file; {@code closer} releases what is held open (the ZIP).
     */
    private record Inputs(List<String> names, Opener opener, java.io.Closeable closer) implements java.io.Closeable {

        InputStream open(String name) throws IOException {
            return opener.open(name);
        }

        @Override
        public void close() throws IOException {
            closer.close();
        }

        static Inputs open(Path path, Limits limits, boolean strict) throws BundleException, IOException {
            if (Files.isDirectory(path)) {
                return folder(path, strict);
            }
            if (!Files.isRegularFile(path)) {
                throw new BundleException(path + " does not exist or is not a file.");
            }
            if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                BundleSource.Zip zip = BundleSource.Zip.openZip(path, limits, false);
                return new Inputs(zip.names(), zip::openAttachment, zip);
            }
            // the one file the operator named (a link to it is theirs to make)
            return files(Map.of(path.getFileName().toString(), path.toRealPath()));
        }

        private static Inputs folder(Path root, boolean strict) throws BundleException, IOException {
            Map<String, Path> files = new TreeMap<>();
            try (var walk = Files.walk(root, 4)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    if (Files.isSymbolicLink(p)) {
                        if (strict) {
                            throw new BundleException(root + ": " + root.relativize(p) + " is a link, and links are "
                                    + "refused.");
                        }
                        continue;
                    }
                    if (Files.isRegularFile(p)) {
                        files.put(root.relativize(p).toString().replace('\\', '/'), p);
                    }
                }
            }
            return files(files);
        }

        /** Files on disk by their names in the input (a folder's relative paths, or one file's name). */
        private static Inputs files(Map<String, Path> files) {
            return new Inputs(List.copyOf(new java.util.TreeSet<>(files.keySet())),
                    name -> Files.newInputStream(files.get(name), java.nio.file.LinkOption.NOFOLLOW_LINKS), () -> { });
        }
    }
}
