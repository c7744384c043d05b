package com.arbitra.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The workspace's migrations for PostgreSQL. There is one set of scripts ({@code db/migration}); H2
 * runs them as they are, and they are frozen once released, so the two column types PostgreSQL lacks
 * are translated here instead of in copies: {@code CLOB} becomes {@code TEXT} and {@code BLOB}
 * {@code BYTEA} (upper case only: the table {@code blob} keeps its name). Everything else in them is
 * SQL both engines take, which {@code PostgresWorkspaceTest} proves by migrating a fresh database.
 */
final class PostgresMigrations {

    private static final String LOCATION = "db/migration";
    private static final Pattern CLOB = Pattern.compile("\\bCLOB\\b");
    private static final Pattern BLOB = Pattern.compile("\\bBLOB\\b");

    private PostgresMigrations() {
    }

    /** Writes the translated scripts into a new folder (for Flyway's {@code filesystem:} location). */
    static Path translatedInto(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> script : scripts()) {
            Files.writeString(dir.resolve(script.getKey()), translate(script.getValue()), StandardCharsets.UTF_8);
        }
        return dir;
    }

    static String translate(String sql) {
        return BLOB.matcher(CLOB.matcher(sql).replaceAll("TEXT")).replaceAll("BYTEA");
    }

    /** The SQL scripts of {@code db/migration}, by file name, from the class path (a folder or the jar). */
    private static List<Map.Entry<String, String>> scripts() throws IOException {
        URL url = PostgresMigrations.class.getClassLoader().getResource(LOCATION);
        if (url == null) {
            throw new IOException("The migrations (" + LOCATION + ") are not on the class path.");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath(LOCATION));
                }
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IOException("The migrations' location " + url + " cannot be read.", e);
        }
    }

    private static List<Map.Entry<String, String>> read(Path dir) throws IOException {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    out.add(Map.entry(f.getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }
}
