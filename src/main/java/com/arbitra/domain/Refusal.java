package com.arbitra.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why something is not allowed, as a sentence a person understands. {@code code} and {@code args}
 * let the console show the same sentence in the operator's language.
 */
public record Refusal(String code, String message, List<Object> args) {

    public Refusal {
        // arguments may be null (a case without a deadline): keep them as given
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Refusal of(String code, String message, Object... args) {
        return new Refusal(code, message, Arrays.asList(args));
    }

    @Override
    public String toString() {
        return message;
    }
}
