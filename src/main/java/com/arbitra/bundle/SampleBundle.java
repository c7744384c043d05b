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
        return materialize(LIVE);
    }

    /** The same for the training set (assets/samples/training), which only a training workspace takes. */
    public static Path materializeTraining() throws IOException {
        return materialize(TRAINING);
    }

    private static Path materialize(String root) throws IOException {
        Path dir = Files.createTempDirectory(PREFIX);
        byte[] json = resource(root, BundleSource.BUNDLE_JSON);
        Files.write(dir.resolve(BundleSource.BUNDLE_JSON), json);
        for (String path : paths(new ObjectMapper().readTree(json))) {
            if (BundleSource.pathProblem(path) != null) {
                throw new IOException("the sample bundle names a bad path: " + path);
            }
            Path target = dir.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, resource(root, path));
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
