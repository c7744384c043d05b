package com.arbitra.store;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file completely under a temporary name, forces it to disk, then renames it into place.
 * (In store since backups use it too; bundle uses it from here.)
 */
public final class AtomicFiles {

    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** How old a temporary file or folder of ours must be before it counts as left by a killed process. */
    static final java.time.Duration LEFT_BEHIND = java.time.Duration.ofHours(1);

    /**
     * Writes {@code out} for its owner only (0600 on POSIX: exports and backups hold whole cases); on the
     * way, removes the temporary files that earlier writes into the folder left when killed.
     */
    public static void write(Path out, Body body) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        sweep(dir, name -> name.startsWith(".") && name.endsWith(".part"));
        Path tmp = ownerOnly(Files.createTempFile(dir, "." + out.getFileName(), ".part"));
        try {
            try (FileOutputStream fos = new FileOutputStream(tmp.toFile());
                 OutputStream buffered = new BufferedOutputStream(fos, 1 << 20)) {
                body.write(buffered);
                buffered.flush();
                fos.getFD().sync();
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | java.io.UncheckedIOException e) {
            if (DiskFull.in(e)) {
                throw DiskFull.ofFile(out, Files.exists(tmp) ? Files.size(tmp) : 0, e);
            }
            throw e;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes a file readable and writable by its owner only (0600 on POSIX); returns it. */
    public static Path ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    /**
     * Deletes what a process killed mid-way left in {@code dir}: the files and folders whose names are
     * {@code ours} and that nothing touched for {@link #LEFT_BEHIND} (a younger one may be another
     * process's work in progress). A leftover that cannot be deleted is left for the next time.
     */
    static void sweep(Path dir, java.util.function.Predicate<String> ours) {
        java.time.Instant before = java.time.Instant.now().minus(LEFT_BEHIND);
        try (var entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                if (ours.test(p.getFileName().toString())
                        && Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    try (var tree = Files.walk(p)) {
                        for (Path q : (Iterable<Path>) tree.sorted(java.util.Comparator.reverseOrder())::iterator) {
                            Files.deleteIfExists(q);
                        }
                    }
                    LOG.info("Removed {}, left behind by a process that did not finish", p);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not clear what was left behind in {}", dir, e);
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AtomicFiles.class);
}
