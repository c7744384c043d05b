package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Money;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case body's schema holds still: every component of every domain record in it is written under
 * its name and read back equal; the properties written are those of the golden list (a rename or a
 * removal fails here, asking for a new body version and a migration); unknown properties and bodies
 * of a newer version are refused, never dropped.
 */
class CaseBodySchemaTest {

    static final Path GOLDEN = Path.of("src/test/resources/schema/case-body-v1.properties.txt");
    static final Instant AT = Instant.parse("2026-11-20T02:00:00.123456Z");

    @TempDir
    Path dir;

    /** A value of the type with every component set (one element in each list), by reflection. */
    static Object full(Type type, String name) throws Exception {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Object one = full(p.getActualTypeArguments()[0], name);
            if (raw == List.class) {
                return List.of(one);
            }
            if (raw == Set.class) {
                return Set.of(one);
            }
            throw new IllegalArgumentException("no filler for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return name.toLowerCase().contains("sha256") ? "ab".repeat(32) : name + "-x";
        }
        if (c == int.class || c == Integer.class) {
            return 2;
        }
        if (c == long.class || c == Long.class) {
            return 3L;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == Instant.class) {
            return AT;
        }
        if (c == BigDecimal.class) {
            return new BigDecimal("1.5");
        }
        if (c == Money.class) {
            return Money.of(12_900, "CNY");
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[c.getEnumConstants().length - 1];
        }
        if (c.isRecord()) {
            RecordComponent[] parts = c.getRecordComponents();
            Object[] values = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = full(parts[i].getGenericType(), parts[i].getName());
                types[i] = parts[i].getType();
            }
            return c.getDeclaredConstructor(types).newInstance(values);
        }
        throw new IllegalArgumentException("no filler for " + type + " (" + name + ")");
    }

    static CaseBody fullBody() throws Exception {
        CaseBody b = (CaseBody) full(CaseBody.class, "body");
        return new CaseBody(CaseBody.VERSION, b.userTags(), b.timeline(), b.evidenceRequests(), b.evidence(),
                b.ruling(), b.fulfilment(), b.training(), b.notes());
    }

    /** Every property path of the JSON: "evidence[].attachments[].sha256". */
    static Set<String> paths(JsonNode node, String prefix, Set<String> out) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String n = names.next();
                String p = prefix.isEmpty() ? n : prefix + "." + n;
                out.add(p);
                paths(node.get(n), p, out);
            }
        } else if (node.isArray()) {
            for (JsonNode e : node) {
                paths(e, prefix + "[]", out);
            }
        }
        return out;
    }

    @Test
    void everyComponentIsWrittenAndReadBackEqual() throws Exception {
        CaseBody body = fullBody();
        String json = Json.write(body);

        assertThat(CaseBody.read(json)).isEqualTo(body);
        // nothing was left null and so unwritten: every property of the schema is in the document
        assertThat(paths(Json.MAPPER.readTree(json), "", new TreeSet<>())).isEqualTo(golden());
    }

    @Test
    void thePropertiesWrittenAreTheGoldenList() throws Exception {
        Set<String> written = paths(Json.MAPPER.readTree(Json.write(fullBody())), "", new TreeSet<>());
        if (Boolean.getBoolean("schema.write")) {
            Files.write(GOLDEN, new ArrayList<>(written), StandardCharsets.UTF_8);
        }
        assertThat(written).as("The stored case body changed. A rename or removal loses what old rows hold: "
                + "raise CaseBody.VERSION and write a migration for the stored bodies; an added component only "
                + "needs the list updated (run this test with -Dschema.write=true and review the diff).")
                .isEqualTo(golden());
    }

    @Test
    void aFullCaseGoesThroughTheRepositoryUnchanged() throws Exception {
        CaseBody b = fullBody();
        DisputeCase c = SampleCases.waiting("MP-SCHEMA-1").toBuilder().timeline(b.timeline())
                .evidenceRequests(b.evidenceRequests()).evidence(b.evidence()).ruling(b.ruling())
                .fulfilment(b.fulfilment()).training(b.training()).notes(b.notes()).build();
        try (TestWorkspace ws = TestWorkspace.create(dir)) {
            DisputeCase stored = ws.insert(c);
            assertThat(ws.session.cases().find(c.caseId())).contains(stored);
            assertThat(stored.evidence()).isEqualTo(b.evidence());
            assertThat(stored.ruling()).isEqualTo(b.ruling());
        }
    }

    @Test
    void aPropertyThisVersionDoesNotKnowIsRefusedWithItsPlace() throws Exception {
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(Json.write(fullBody()));
        ((ObjectNode) tree.get("evidence").get(0).get("attachments").get(0)).put("thumbnail", "x");

        assertThatThrownBy(() -> CaseBody.read(tree.toString())).isInstanceOf(StoreException.class)
                .hasMessageContaining("\"thumbnail\" at /evidence/0/attachments/0/thumbnail")
                .hasMessageContaining("does not know");
    }

    @Test
    void aBodyWrittenBeforeTheVersionWasRecordedIsVersionOneAndANewerOneIsRefused() throws Exception {
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(Json.write(fullBody()));
        tree.remove("v");
        assertThat(CaseBody.read(tree.toString()).evidence()).isEqualTo(fullBody().evidence());

        tree.put("v", CaseBody.VERSION + 1);
        assertThatThrownBy(() -> CaseBody.read(tree.toString())).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 2 by a newer version");
    }

    private static Set<String> golden() throws Exception {
        return new TreeSet<>(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
    }
}
