package com.arbitra.domain;

import java.time.Instant;

/** A note operators leave on a case; never sent to the parties. */
public record InternalNote(String noteId, String author, Instant at, String text) {
}
