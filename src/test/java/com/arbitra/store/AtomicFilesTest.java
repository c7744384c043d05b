package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written whole for their owner only, and what killed writes left behind cleared. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsWrittenForItsOwnerOnlyAndOldLeftoversGo() throws Exception {
        Path killed = Files.writeString(dir.resolve(".export-20261101.json1234567.part"), "half");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path writing = Files.writeString(dir.resolve(".export-20261204.json7654321.part"), "in progress");
        Path notOurs = Files.writeString(dir.resolve("film.part"), "a browser's download");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path out = dir.resolve("export.json");

        AtomicFiles.write(out, o -> o.write("{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(out)).isEqualTo("{}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(killed).as("an hour old: a killed write's").doesNotExist();
        assertThat(writing).as("young: maybe another process's write").exists();
        assertThat(notOurs).as("not named as ours").exists();
    }

    @Test
    void aRestoreKilledMidWayLeavesAFolderTheNextSweepRemoves() throws Exception {
        Path staging = Files.createDirectories(dir.resolve(".ws.restore-123/inner"));
        Files.writeString(staging.resolve("arbitra.mv.db"), "half a database");
        Files.setLastModifiedTime(dir.resolve(".ws.restore-123"), FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Path other = Files.createDirectories(dir.resolve(".other.restore-9"));
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(3))));

        AtomicFiles.sweep(dir, name -> name.startsWith(".ws.restore-"));

        assertThat(dir.resolve(".ws.restore-123")).doesNotExist();
        assertThat(other).as("another workspace's").exists();
    }

    @Test
    void whatAnInterruptedBackupOrRestoreLeftIsRemovedWhenTheWorkspaceNextStarts() throws Exception {
        Path ws = dir.resolve("ws");
        Workspace.create(ws, com.arbitra.domain.WorkspaceKind.LIVE).close();
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Path part = Files.writeString(ws.resolve(".team.properties123.part"), "half");
        Files.setLastModifiedTime(part, old);
        Path backup = Files.writeString(Files.createDirectories(ws.resolve("backups"))
                .resolve(".auto-20261204.zip99.h2.part"), "half a backup");
        Files.setLastModifiedTime(backup, old);
        Path restore = Files.createDirectories(dir.resolve(".ws.restore-77"));
        Files.writeString(restore.resolve("arbitra.mv.db"), "half a database");
        Files.setLastModifiedTime(restore, old);
        Path young = Files.writeString(ws.resolve(".export.json5.part"), "being written");

        Workspace.open(ws).close();

        assertThat(part).doesNotExist();
        assertThat(backup).doesNotExist();
        assertThat(restore).doesNotExist();
        assertThat(young).as("maybe another process's write in progress").exists();
    }
}
