package com.arbitra.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample cases shipped inside the application (from assets/samples/live), copied out to a
 * folder bundle that the importer reads like any other.
 */
public final class SampleBundle {

    private static final String LIVE = "/samples/live/";
    private static final String TRAINING = "/samples/training/";
    private static final String PREFIX = "arbitra-samples";

    private SampleBundle() {
    }

    /** Writes the sample bundle (bundle.json and every file it names) into a new temporary folder. */
    public static Path materialize() throws IOException {
        return materialize(LIVE, null);
    }

    /**
     * The same with every time in the bundle moved by one amount so that the bundle was made at
     * {@code now} (to the minute): the cases arrive as a platform's fresh export would, their deadlines
     * ahead of them as when the samples were written, instead of days overdue. The bundle keeps its
     * id, so loading the samples again finds them imported already.
     */
    public static Path materialize(java.time.Instant now) throws IOException {
        return materialize(LIVE, now);
    }

    /** The same for the training set (assets/samples/training), which only a training workspace takes. */
    public static Path materializeTraining() throws IOException {
        return materialize(TRAINING, null);
    }

    private static Path materialize(String root, java.time.Instant now) throws IOException {
        Path dir = Files.createTempDirectory(PREFIX);
        byte[] json = resource(root, BundleSource.BUNDLE_JSON);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode tree = mapper.readTree(json);
        if (now != null) {
            java.time.Duration by = java.time.Duration.between(
                    java.time.OffsetDateTime.parse(tree.path("createdAt").asText()).toInstant(),
                    now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
            json = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(shifted(tree, by));
        }
        Files.write(dir.resolve(BundleSource.BUNDLE_JSON), json);
        for (String path : paths(tree)) {
            if (BundleSource.pathProblem(path) != null) {
                throw new IOException("the sample bundle names a bad path: " + path);
            }
            Path target = dir.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, resource(root, path));
        }
        return dir;
    }

    /** When the WeChat Pay samples were notionally fetched: their times are moved by now minus this. */
    static final java.time.Instant WXPAY_FETCHED = java.time.Instant.parse("2026-11-24T04:00:00Z");
    /** The first of the WeChat Pay sample cases: a workspace that holds it has the samples already. */
    public static final String WXPAY_FIRST_CASE = WxpayComplaints.CASE_PREFIX + "200201820261118080076610001";

    /**
     * The WeChat Pay sample folder (assets/samples/wxpay: saved list pages, a detail, negotiation
     * histories, a notification, a media file) in a new temporary folder, every time moved so that it
     * was fetched at {@code now} (to the hour).
     */
    public static Path materializeWxpay(java.time.Instant now) throws IOException {
        Path dir = Files.createTempDirectory(PREFIX);
        java.time.Duration by = java.time.Duration.between(WXPAY_FETCHED,
                now.truncatedTo(java.time.temporal.ChronoUnit.HOURS));
        ObjectMapper mapper = new ObjectMapper();
        String root = "/samples/wxpay/";
        for (String path : new String(resource(root, "files.txt"), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            if (path.isBlank()) {
                continue;
            }
            if (BundleSource.pathProblem(path) != null) {
                throw new IOException("the WeChat Pay samples name a bad path: " + path);
            }
            byte[] bytes = resource(root, path);
            if (path.endsWith(".json")) {
                bytes = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(shifted(mapper.readTree(bytes), by));
            }
            Path target = dir.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        }
        return dir;
    }

    /** Removes a copy made by {@link #materialize()}; any other path is left alone. */
    public static void removeCopy(Path dir) {
        if (dir == null || !dir.getFileName().toString().startsWith(PREFIX)
                || !dir.getParent().equals(Path.of(System.getProperty("java.io.tmpdir")))) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static final java.util.regex.Pattern TIME =
            java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)");

    /** The tree with every date-time text moved by {@code by}, each in its own offset. */
    private static JsonNode shifted(JsonNode node, java.time.Duration by) {
        if (node.isTextual() && TIME.matcher(node.textValue()).matches()) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(java.time.format.DateTimeFormatter
                    .ISO_OFFSET_DATE_TIME.format(java.time.OffsetDateTime.parse(node.textValue()).plus(by)));
        }
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            o.fields().forEachRemaining(e -> e.setValue(shifted(e.getValue(), by)));
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, shifted(a.get(i), by));
            }
        }
        return node;
    }

    private static List<String> paths(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.findParents("path").forEach(parent -> {
            if (parent.has("sha256") && parent.get("path").isTextual()) {
                out.add(parent.get("path").textValue());
            }
        });
        return out;
    }

    private static byte[] resource(String root, String path) throws IOException {
        try (InputStream in = SampleBundle.class.getResourceAsStream(root + path)) {
            if (in == null) {
                throw new IOException("the sample file " + path + " is missing from the application");
            }
            return in.readAllBytes();
        }
    }
}
