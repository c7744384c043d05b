package com.arbitra.store;

import com.arbitra.domain.CaseAction;
import com.arbitra.domain.Draft;
import com.arbitra.domain.HeldDrafts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Held drafts in the workspace folder on this workstation: {@code held-drafts/OPERATOR.json}, written
 * whole (owner-only) at every change, removed once the drafts reached the database.
 */
final class HeldDraftsFiles implements HeldDrafts {

    static final String FOLDER = "held-drafts";
    private static final Logger LOG = LoggerFactory.getLogger(HeldDraftsFiles.class);

    /** One held draft as written: the content as the drafts table keeps it. */
    record Stored(String operator, String caseId, String action, long seenVersion, String savedAt, String content) {
    }

    private final Path folder;

    HeldDraftsFiles(Path workspaceDir) {
        this.folder = workspaceDir.resolve(FOLDER);
    }

    @Override
    public List<Draft> load() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Draft> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                try {
                    for (Stored s : Json.read(Files.readString(f, StandardCharsets.UTF_8), Stored[].class)) {
                        CaseAction action = CaseAction.valueOf(s.action());
                        out.add(new Draft(s.operator(), s.caseId(), action, s.seenVersion(), Instant.parse(s.savedAt()),
                                Json.read(s.content(), JooqDraftRepository.contentType(action))));
                    }
                } catch (IOException | RuntimeException e) {
                    // kept where it is for whoever looks: a damaged file must not stop the console
                    LOG.warn("The held drafts in {} cannot be read; they are left there: {}", f, e.toString());
                }
            }
        } catch (IOException e) {
            LOG.warn("The held drafts in {} cannot be listed: {}", folder, e.toString());
        }
        if (!out.isEmpty()) {
            LOG.info("{} drafts held on this workstation since the database last answered are kept again", out.size());
        }
        return out;
    }

    @Override
    public void keep(String operator, Collection<Draft> drafts) {
        Path file = folder.resolve(operator + ".json");
        try {
            if (drafts.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(folder);
            List<Stored> stored = drafts.stream().map(d -> new Stored(d.operator(), d.caseId(), d.action().name(),
                    d.seenVersion(), d.savedAt().toString(), Json.write(d.content()))).toList();
            byte[] bytes = Json.write(stored).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, os -> os.write(bytes));
        } catch (IOException e) {
            // the drafts are still held in memory; saved at the next call that reaches the database
            LOG.warn("The held drafts of {} cannot be written to {}: {}", operator, file, e.toString());
        }
    }
}
