package com.arbitra.domain.ports;

import java.nio.file.Path;

/** What an export wrote: the file, its bundle id, the cases and the actions in it. */
public record ExportResult(Path file, String bundleId, long cases, long actions) {
}
