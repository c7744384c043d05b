package com.arbitra.bundle;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Where a bundle's JSON and attachment files come from: a {@code .json} file (attachments beside
 * it), a {@code .zip} holding {@code bundle.json}, or a folder holding {@code bundle.json}. The JSON
 * can be opened more than once (for bundles that put {@code cases} before other members).
 */
public abstract sealed class BundleSource implements Closeable {

    public static final String BUNDLE_JSON = "bundle.json";
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final String name;

    BundleSource(String name) {
        this.name = name;
    }

    /** The bundle as the user named it. */
    public String name() {
        return name;
    }

    public abstract InputStream openJson() throws IOException;

    /**
     * Opens an attachment named by a relative {@code path}; the path was checked by
     * {@link #pathProblem(String)} first.
     *
     * @throws NoSuchFileException when there is no such file in the bundle
     * @throws IOException         when the file is a link or cannot be read
     */
    public abstract InputStream openAttachment(String path) throws IOException;

    /** Opens a bundle, refusing archives that are hostile before anything is read from them. */
    public static BundleSource open(Path path, Limits limits) throws BundleException {
        if (Files.isDirectory(path)) {
            Path json = path.resolve(BUNDLE_JSON);
            if (!Files.isRegularFile(json, LinkOption.NOFOLLOW_LINKS)) {
                throw new BundleException(path + " is a folder without a " + BUNDLE_JSON + ".");
            }
            return new Folder(path.toString(), path, json);
        }
        if (!Files.isRegularFile(path)) {
            throw new BundleException(path + " does not exist or is not a file.");
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return Zip.openZip(path, limits, true);
        }
        Path parent = path.toAbsolutePath().getParent();
        return new Folder(path.toString(), parent, path);
    }

    /**
     * Why a relative attachment path is refused (absolute, {@code ..}, backslashes, drive letters),
     * or null when it is acceptable.
     */
    public static String pathProblem(String path) {
        if (path.isEmpty()) {
            return "must name a file";
        }
        if (path.indexOf('\\') >= 0) {
            return "must use / between folders, not backslashes (was " + path + ")";
        }
        if (path.startsWith("/") || DRIVE.matcher(path).matches()) {
            return "must be relative to the bundle, not absolute (was " + path + ")";
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return "escapes the bundle (was " + path + ")";
            }
        }
        return null;
    }

    /** A JSON file and the folder beside it, or a folder holding bundle.json. */
    static final class Folder extends BundleSource {
        private final Path root;
        private final Path json;

        Folder(String name, Path root, Path json) {
            super(name);
            this.root = root.toAbsolutePath().normalize();
            this.json = json;
        }

        @Override
        public InputStream openJson() throws IOException {
            return Files.newInputStream(json);
        }

        @Override
        public InputStream openAttachment(String path) throws IOException {
            Path current = root;
            for (String segment : path.split("/")) {
                if (segment.isEmpty() || segment.equals(".")) {
                    continue;
                }
                current = current.resolve(segment);
                if (Files.isSymbolicLink(current)) {
                    throw new IOException("is a link, and links are refused (" + path + ")");
                }
            }
            if (!current.normalize().startsWith(root)) {
                throw new IOException("escapes the bundle (" + path + ")");
            }
            if (!Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
                throw new NoSuchFileException(path);
            }
            return Files.newInputStream(current, LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public void close() {
            // nothing held open
        }
    }

    /** A ZIP archive with bundle.json at its root; every entry was checked when it was opened. */
    static final class Zip extends BundleSource {
        private final ZipFile zip;
        private final Limits limits;

        private Zip(String name, ZipFile zip, Limits limits) {
            super(name);
            this.zip = zip;
            this.limits = limits;
        }

        /** {@code needsBundleJson}: a case bundle's archive; without it, any archive of files checked alike. */
        static Zip openZip(Path path, Limits limits, boolean needsBundleJson) throws BundleException {
            Set<String> links;
            ZipFile zip;
            try {
                links = ZipLinks.symbolicLinks(path);
                zip = new ZipFile(path.toFile());
            } catch (ZipException e) {
                throw new BundleException(path + " is not a readable ZIP archive (" + e.getMessage() + ").", e);
            } catch (IOException e) {
                throw new BundleException(path + " cannot be read (" + e.getMessage() + ").", e);
            }
            try {
                check(path, zip, links, limits, needsBundleJson);
            } catch (BundleException e) {
                closeQuietly(zip);
                throw e;
            }
            return new Zip(path.toString(), zip, limits);
        }

        private static void check(Path path, ZipFile zip, Set<String> links, Limits limits, boolean needsBundleJson)
                throws BundleException {
            if (zip.size() > limits.maxZipEntries()) {
                throw new BundleException(path + " holds " + zip.size() + " entries; at most "
                        + limits.maxZipEntries() + " are accepted.");
            }
            long total = 0;
            boolean hasJson = false;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String problem = pathProblem(e.getName());
                if (problem != null) {
                    throw new BundleException(path + ": the archive entry " + e.getName() + " " + problem
                            + "; the archive is refused.");
                }
                if (links.contains(e.getName())) {
                    throw new BundleException(path + ": the archive entry " + e.getName()
                            + " is a link, and links are refused.");
                }
                long size = e.getSize();
                long compressed = e.getCompressedSize();
                if (size > 0 && compressed > 0 && size > Limits.MIB && size / compressed > limits.maxZipRatio()) {
                    throw new BundleException(path + ": the archive entry " + e.getName() + " expands "
                            + (size / compressed) + " times (to " + size + " bytes); this looks like a ZIP bomb "
                            + "and the archive is refused.");
                }
                total += Math.max(size, 0);
                if (total > limits.maxZipTotalBytes()) {
                    throw new BundleException(path + " expands to more than " + limits.maxZipTotalBytes()
                            + " bytes; the archive is refused.");
                }
                hasJson |= e.getName().equals(BUNDLE_JSON);
            }
            if (!hasJson && needsBundleJson) {
                throw new BundleException(path + " holds no " + BUNDLE_JSON + " at its root.");
            }
        }

        @Override
        public InputStream openJson() throws IOException {
            return entry(BUNDLE_JSON, limits.maxBundleJsonBytes());
        }

        /** The names of the archive's files (not its folders), in the archive's order. */
        java.util.List<String> names() {
            return zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).toList();
        }

        @Override
        public InputStream openAttachment(String path) throws IOException {
            String name = path.startsWith("./") ? path.substring(2) : path;
            return entry(name, limits.maxAttachmentBytes());
        }

        private InputStream entry(String name, long max) throws IOException {
            ZipEntry e = zip.getEntry(name);
            if (e == null || e.isDirectory()) {
                throw new NoSuchFileException(name);
            }
            long declared = e.getSize();
            long cap = declared >= 0 ? Math.min(declared, max) : max;
            return new Capped(zip.getInputStream(e), cap, name);
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }

        private static void closeQuietly(ZipFile zip) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    /** An entry longer than it declares, or than the limits allow. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    /** Refuses to read past a limit, so that an entry that lies about its size cannot blow up. */
    static final class Capped extends FilterInputStream {
        private final long cap;
        private final String name;
        private long read;

        Capped(InputStream in, long cap, String name) {
            super(in);
            this.cap = cap;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > cap) {
                throw new TooLargeException(name + " is larger than its declared or allowed size (" + cap + " bytes)");
            }
        }
    }
}
