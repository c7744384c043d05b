package com.arbitra.bundle;

import com.arbitra.domain.AuditChain;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The platform's part of a case as canonical text (members sorted, no white space, the console's
 * local members left out) and its SHA-256: equal for the same content however it was formatted.
 */
final class Canonical {

    private static final Set<String> LOCAL_CASE = Set.of("local");
    private static final Set<String> LOCAL_EVIDENCE = Set.of("assessment", "assessmentNote", "assessedBy",
            "assessedAt");
    private static final Set<String> LOCAL_RULING = Set.of("returnedBy", "returnedAt", "returnComment");

    private Canonical() {
    }

    static String platformHash(JsonNode caseNode) {
        StringBuilder sb = new StringBuilder(4096);
        write(sb, caseNode, LOCAL_CASE, "");
        return AuditChain.sha256(sb.toString());
    }

    private static void write(StringBuilder sb, JsonNode n, Set<String> skip, String path) {
        if (n.isObject()) {
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            sb.append('{');
            boolean first = true;
            for (String name : names) {
                if (skip.contains(name)) {
                    continue;
                }
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(sb, name);
                sb.append(':');
                write(sb, n.get(name), skipFor(path, name), name);
            }
            sb.append('}');
        } else if (n.isArray()) {
            sb.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(sb, n.get(i), path.equals("evidence") ? LOCAL_EVIDENCE : Set.of(), path);
            }
            sb.append(']');
        } else if (n.isTextual()) {
            quote(sb, n.textValue());
        } else {
            sb.append(n.toString());
        }
    }

    private static Set<String> skipFor(String parent, String member) {
        return member.equals("ruling") && parent.isEmpty() ? LOCAL_RULING : Set.of();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
