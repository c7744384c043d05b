package com.arbitra.store;

import com.arbitra.domain.StoreFullException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Tells a full disk from other failures, and says it in a sentence: where, and how much to free. */
final class DiskFull {

    /** Less than this is never enough: H2 writes whole chunks, and compacts into new ones. */
    static final long MINIMUM_MB = 100;
    private static final long MB = 1024 * 1024;

    private DiskFull() {
    }

    /** Whether {@code t} (or one of its causes) is the operating system saying the disk is full. */
    static boolean in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left on device") || m.contains("not enough space on the disk")
                    || m.contains("disk quota exceeded")) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    /** The workspace's disk full: free at least a tenth of its database, and never less than 100 MB. */
    static StoreFullException ofWorkspace(Path dir, Throwable cause) {
        long db = sizeOf(dir.resolve(Workspace.DB_NAME + ".mv.db"));
        long mb = Math.max(MINIMUM_MB, (db / 10 + MB - 1) / MB);
        return new StoreFullException("The disk holding the workspace " + dir + " is full: free at least " + mb
                + " MB there, then try again. Nothing was changed.", mb, cause);
    }

    /** A file's disk full while it was written: free twice what was written, and never less than 100 MB. */
    static StoreFullException ofFile(Path file, long written, Throwable cause) {
        long mb = Math.max(MINIMUM_MB, (2 * written + MB - 1) / MB);
        return new StoreFullException("The disk holding " + file.toAbsolutePath().getParent() + " is full: free at "
                + "least " + mb + " MB there, then try again. Nothing was written to " + file + ".", mb, cause);
    }

    /** {@code e} as a full disk of the workspace when it is one, else {@code e} itself. */
    static RuntimeException orElse(Path dir, RuntimeException e) {
        return in(e) ? ofWorkspace(dir, e) : e;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
