package com.arbitra.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads one JSON value into a tree, giving up (null) as soon as it runs past a size: a hostile case
 * of gigabytes is refused before it fills the memory, not after. Depth is bounded by the parser.
 */
final class CappedTreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser p;
    private final long limit;

    CappedTreeReader(JsonParser p, long start, long maxChars) {
        this.p = p;
        this.limit = start < 0 ? Long.MAX_VALUE : start + maxChars;
    }

    /** The value at the parser's current token, or null when it is larger than allowed. */
    JsonNode read() throws IOException {
        try {
            return value();
        } catch (TooLarge e) {
            return null;
        }
    }

    private JsonNode value() throws IOException {
        check();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (o.has(name)) {
                        // the parser's duplicate detection reports it; keep the first
                        value();
                    } else {
                        o.set(name, value());
                    }
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value());
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? NODES.numberNode(p.getBigIntegerValue())
                        : NODES.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IOException("unexpected " + t);
        }
    }

    private void check() throws TooLarge {
        if (offset(p) > limit) {
            throw new TooLarge();
        }
    }

    /** Where the parser is: bytes for a byte stream, characters for text (the other reads -1). */
    static long offset(JsonParser p) {
        var at = p.currentTokenLocation();
        return Math.max(at.getByteOffset(), at.getCharOffset());
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super(null, null);
        }
    }
}
