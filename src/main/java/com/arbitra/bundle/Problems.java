package com.arbitra.bundle;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a bundle: errors and warnings, each with the JSON Pointer of its place. At most
 * {@link #LISTED} of each are kept; the rest are counted.
 */
public final class Problems {

    public static final int LISTED = 100;

    /** One problem: where (a JSON Pointer) and what, as a plain sentence. */
    public record Problem(String pointer, String message) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
        }
    }

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private long errorCount;
    private long warningCount;
    private long unknownMembers;

    public void error(String pointer, String message) {
        errorCount++;
        if (errors.size() < LISTED) {
            errors.add(new Problem(pointer, message));
        }
    }

    public void warning(String pointer, String message) {
        warningCount++;
        if (warnings.size() < LISTED) {
            warnings.add(new Problem(pointer, message));
        }
    }

    void unknownMember() {
        unknownMembers++;
    }

    public List<Problem> errors() {
        return List.copyOf(errors);
    }

    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    public long errorCount() {
        return errorCount;
    }

    public long warningCount() {
        return warningCount;
    }

    public long unknownMembers() {
        return unknownMembers;
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    /** The listed errors, one per line, then how many more there were. */
    public List<String> errorLines() {
        List<String> lines = new ArrayList<>();
        errors.forEach(p -> lines.add(p.toString()));
        if (errorCount > errors.size()) {
            lines.add("… and " + (errorCount - errors.size()) + " more errors");
        }
        return lines;
    }

    /** Escapes a member name for a JSON Pointer (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
