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
 * @param maxCaseChars          characters of one case's JSON, inline attachments included: a case is
 *                              held in memory while it is checked, so this bounds the memory an import needs
 */
public record Limits(int maxDepth, int maxStringLength, long maxAttachmentBytes, int maxZipEntries,
                     long maxZipTotalBytes, long maxZipRatio, long maxBundleJsonBytes, long maxCaseChars) {

    public static final long MIB = 1024L * 1024;

    public static Limits defaults() {
        long attachment = 25 * MIB;
        // base64 takes 4 characters per 3 bytes
        int string = (int) (attachment / 3 * 4 + 16);
        return new Limits(64, string, attachment, 1_000_000, 64L * 1024 * MIB, 1000, 32L * 1024 * MIB, 64 * MIB);
    }

    public Limits withMaxCaseChars(long chars) {
        return new Limits(maxDepth, maxStringLength, maxAttachmentBytes, maxZipEntries, maxZipTotalBytes, maxZipRatio,
                maxBundleJsonBytes, chars);
    }
}
