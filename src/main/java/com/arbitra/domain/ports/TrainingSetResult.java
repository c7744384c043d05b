package com.arbitra.domain.ports;

import java.nio.file.Path;

/** What making a training set wrote: the file, its bundle id, the cases and attachments in it. */
public record TrainingSetResult(Path file, String bundleId, int cases, int attachments) {
}
