package com.arbitra.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What makes a folder a team workspace: {@code team.properties}, holding the server's JDBC URL and the
 * database user to sign in as, never a password. The cases, attachments, operators, audit chain and
 * settings live in that server database; the folder keeps this file and the local log.
 *
 * @param url  a {@code jdbc:postgresql://} URL
 * @param user the database user, or null to let the driver use the OS user's name
 */
public record TeamDescriptor(String url, String user) {

    public static final String FILE = "team.properties";

    public TeamDescriptor {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("A team workspace's server is a jdbc:postgresql:// URL (was "
                    + url + ").");
        }
        if (url.matches("(?i).*[?&]password=.*")) {
            throw new IllegalArgumentException("The server URL must not hold a password: give it in "
                    + "ARBITRA_DB_PASSWORD or ~/.pgpass.");
        }
        user = user == null || user.isBlank() ? null : user.strip();
    }

    /** Whether the folder holds a team descriptor. */
    public static boolean in(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    public static TeamDescriptor read(Path dir) throws WorkspaceException {
        Path file = dir.resolve(FILE);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new WorkspaceException("The team descriptor " + file + " cannot be read: " + e.getMessage(), e);
        }
        try {
            return new TeamDescriptor(p.getProperty("server.url"), p.getProperty("server.user"));
        } catch (IllegalArgumentException e) {
            throw new WorkspaceException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the descriptor into the folder, whole or not at all. */
    public void write(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("server.url", url);
        if (user != null) {
            p.setProperty("server.user", user);
        }
        StringWriter text = new StringWriter();
        p.store(text, "Arbitra team workspace: the server database holding its data (no credentials are kept here)");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(dir.resolve(FILE), out -> out.write(bytes));
    }
}
