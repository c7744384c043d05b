package com.arbitra.cli;

import com.arbitra.support.Seen;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.support.TestWorkspaces;
import com.arbitra.domain.Actor;
import com.arbitra.domain.Role;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two exports running at once never carry the same action; duplicate JSON members are refused. */
class ExportClaimsTest {

    @TempDir
    Path dir;

    int run(String... args) {
        return Cli.run(args, new TestWorkspaces(dir.resolve("default")),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false);
    }

    @Test
    void concurrentExportsShareTheActionsOut() throws Exception {
        Path ws = dir.resolve("ws");
        // the workspace stays open while the exports run (on a team's server its database lives as long)
        TestWorkspace t = TestWorkspace.create(ws);
        Actor lin = t.addOperator("lin", Role.AGENT).asActor();
        for (int i = 0; i < 200; i++) {
            String id = "MP-" + i;
            t.insert(SampleCases.waiting(id));
            t.session.cases().claim(id, lin, Seen.version(t.session.cases(), id));
            t.session.cases().addNote(id, lin, Seen.version(t.session.cases(), id), "called the merchant");
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (String name : List.of("a.json", "b.json")) {
            runs.add(pool.submit(() -> {
                start.await();
                return run("export", "--workspace", ws.toString(), "--out", dir.resolve(name).toString());
            }));
        }
        start.countDown();
        for (Future<Integer> f : runs) {
            assertThat(f.get()).isZero();
        }
        pool.shutdown();

        Set<String> a = actionIds(dir.resolve("a.json"));
        Set<String> b = actionIds(dir.resolve("b.json"));
        assertThat(a.size() + b.size()).isEqualTo(400);
        // one export may take them all, or both some; never the same one twice
        assertThat(java.util.Collections.disjoint(a, b)).as("no action in both files").isTrue();
        t.close();
    }

    @Test
    void aMemberGivenTwiceIsRefused() throws Exception {
        Path bundle = dir.resolve("twice.json");
        Files.writeString(bundle, "{\"format\":\"case-bundle\",\"formatVersion\":1,\"bundleId\":\"b-1\","
                + "\"bundleId\":\"b-2\",\"createdAt\":\"2026-11-20T02:00:00Z\",\"producer\":\"platform\","
                + "\"purpose\":\"LIVE\",\"cases\":[]}");

        assertThat(run("validate", bundle.toString())).isEqualTo(Exit.REFUSED);
        assertThat(run("import", "--workspace", dir.resolve("ws").toString(), bundle.toString()))
                .isEqualTo(Exit.REFUSED);
    }

    private static Set<String> actionIds(Path file) throws Exception {
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile("\"actionId\" : \"([0-9a-f-]{36})\"").matcher(Files.readString(file));
        while (m.find()) {
            assertThat(ids.add(m.group(1))).isTrue();
        }
        return ids;
    }
}
