package com.arbitra.domain.ports;

import com.arbitra.domain.WorkspaceKind;
import java.nio.file.Path;

/** Which workspace the console has open: its folder and its kind. */
public record WorkspaceInfo(Path dir, WorkspaceKind kind) {
}
