package com.arbitra.domain;

import java.util.List;

/**
 * Why something is not allowed, as a sentence a person understands. {@code code} and {@code args}
 * let the console show the same sentence in the operator's language.
 */
public record Refusal(String code, String message, List<Object> args) {

    public Refusal {
        args = List.copyOf(args == null ? List.of() : args);
    }

    public static Refusal of(String code, String message, Object... args) {
        return new Refusal(code, message, List.of(args));
    }

    @Override
    public String toString() {
        return message;
    }
}
