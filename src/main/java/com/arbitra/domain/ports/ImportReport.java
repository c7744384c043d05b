package com.arbitra.domain.ports;

import java.util.List;

/**
 * What an import did. {@code refused} means nothing was written; {@code alreadyImported} means the
 * bundle's id was seen before and nothing changed.
 */
public record ImportReport(String bundle, String bundleId, boolean refused, boolean alreadyImported, long cases,
                           long added, long updated, long unchanged, long stale, long conflicts, long rejected,
                           long flagged, long warnings, long unknownMembers, double seconds,
                           List<String> errors, List<String> warningLines, String rejectFile) {

    /** This import and the next as one (loading the samples imports two inputs). */
    public ImportReport and(ImportReport next) {
        java.util.List<String> errs = new java.util.ArrayList<>(errors);
        errs.addAll(next.errors);
        java.util.List<String> warned = new java.util.ArrayList<>(warningLines);
        warned.addAll(next.warningLines);
        return new ImportReport(bundle + ", " + next.bundle, bundleId + ", " + next.bundleId, refused || next.refused,
                alreadyImported && next.alreadyImported, cases + next.cases, added + next.added,
                updated + next.updated, unchanged + next.unchanged, stale + next.stale, conflicts + next.conflicts,
                rejected + next.rejected, flagged + next.flagged, warnings + next.warnings,
                unknownMembers + next.unknownMembers, seconds + next.seconds, List.copyOf(errs), List.copyOf(warned),
                rejectFile != null ? rejectFile : next.rejectFile);
    }

    public double casesPerSecond() {
        return seconds <= 0 ? 0 : cases / seconds;
    }

    /** The short report the command prints. */
    public List<String> lines() {
        if (refused) {
            return List.of("Refused " + bundle + ": nothing was written.");
        }
        if (alreadyImported) {
            return List.of("Bundle " + bundleId + " was imported before; nothing changed.");
        }
        return List.of(
                "Imported " + bundle + " (bundle " + bundleId + ")",
                String.format(java.util.Locale.ROOT, "  new %d, updated %d, unchanged %d, stale %d, conflicts %d, "
                        + "rejected %d, warnings %d", added, updated, unchanged, stale, conflicts, rejected, warnings),
                String.format(java.util.Locale.ROOT, "  %d cases in %.1f s (%.0f cases/s)%s%s", cases, seconds,
                        casesPerSecond(), flagged > 0 ? "; " + flagged + " flagged for an agent" : "",
                        unknownMembers > 0 ? "; " + unknownMembers + " unknown members ignored" : ""));
    }
}
