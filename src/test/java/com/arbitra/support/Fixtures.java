package com.arbitra.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The workspaces kept in {@code src/test/resources/fixtures} (see its README). */
public final class Fixtures {

    private Fixtures() {
    }

    /** Unpacks the workspace made by Arbitra 0.1.0 at schema V2 into {@code into}; returns it. */
    public static Path workspaceV2(Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/workspace-v2.zip");
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Files.copy(zip, into.resolve(e.getName()));
            }
        }
        return into;
    }
}
