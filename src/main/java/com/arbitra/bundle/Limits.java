package com.arbitra.bundle;

/**
 * Bounds that protect the console from hostile or broken bundles.
 *
 * @param maxDepth              nesting depth of the JSON
 * @param maxStringLength       characters in one JSON string (an inline attachment's base64 counts)
 * @param maxAttachmentBytes    decoded bytes of one attachment (the spec's 25 MiB, configurable)
 * @param maxZipEntries         entries in a ZIP bundle
 * @param maxZipTotalBytes      bytes a ZIP bundle may expand to, all entries together
 * @param maxZipRatio           how many times larger than its compressed size an entry may grow
 * @param maxBundleJsonBytes    bytes of bundle.json itself
 */
public record Limits(int maxDepth, int maxStringLength, long maxAttachmentBytes, int maxZipEntries,
                     long maxZipTotalBytes, long maxZipRatio, long maxBundleJsonBytes) {

    public static final long MIB = 1024L * 1024;

    public static Limits defaults() {
        long attachment = 25 * MIB;
        // base64 takes 4 characters per 3 bytes
        int string = (int) (attachment / 3 * 4 + 16);
        return new Limits(64, string, attachment, 1_000_000, 64L * 1024 * MIB, 1000, 32L * 1024 * MIB);
    }

    public Limits withMaxAttachmentBytes(long bytes) {
        return new Limits(maxDepth, (int) Math.min(Integer.MAX_VALUE - 16, bytes / 3 * 4 + 16), bytes,
                maxZipEntries, maxZipTotalBytes, maxZipRatio, maxBundleJsonBytes);
    }

    public Limits withZip(int entries, long totalBytes, long ratio) {
        return new Limits(maxDepth, maxStringLength, maxAttachmentBytes, entries, totalBytes, ratio,
                maxBundleJsonBytes);
    }
}
