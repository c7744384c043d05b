package com.arbitra.bench;

import com.arbitra.cli.CliCommand;
import com.arbitra.cli.Exit;
import com.arbitra.cli.WorkspaceOption;
import com.arbitra.domain.Actor;
import com.arbitra.domain.AuditChain;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.ConcurrentChangeException;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Operator;
import com.arbitra.domain.RefusedException;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.ports.QueueFilter;
import com.arbitra.domain.ports.QueueRow;
import com.arbitra.store.Diagnostics;
import com.arbitra.store.QueueQueries;
import com.arbitra.store.Session;
import com.arbitra.store.TeamDescriptor;
import com.arbitra.store.TeamServer;
import com.arbitra.store.Workspace;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code arbitra bench team}: N simulated operators, each with its own connection (its own session on
 * the workspace), work a team workspace that holds cases for S seconds (agents claim an unassigned case,
 * note it and propose a ruling; supervisors issue or return proposals), then the result is checked:
 * no case claimed by two, no note lost, one verifiable audit chain, counts equal to a GROUP BY. A probe
 * measures from a committed change on one connection to its notification on another. The operators
 * it needs ({@code bench-agent-N}, {@code bench-supervisor-N}) are added when missing: run it on a
 * workspace meant for it.
 */
@Command(name = "team", description = "N simulated operators against a team workspace that holds cases, for S "
        + "seconds; then checks claims, notes, the audit chain and the counts.")
final class TeamBench extends CliCommand {

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "16")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30")
    int seconds;

    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong refusedStale = new AtomicLong();
    private final AtomicLong refusedOther = new AtomicLong();
    private final AtomicLong doubleClaims = new AtomicLong();
    /** Why the commands that were not stale were refused, by the refusal's code (said on standard error). */
    private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
    private final Map<String, String> claimedBy = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> notesSaved = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> commandNanos = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> notifyNanos = new ConcurrentLinkedQueue<>();

    @Override
    public Integer call() throws Exception {
        if (clients < 2 || seconds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--clients must be 2 or more and --seconds 1 or more.");
        }
        try (Session main = open(workspace)) {
            if (main.workspace().engine() != Workspace.Engine.POSTGRES) {
                throw new com.arbitra.cli.InputRefusedException("bench team needs a team workspace (arbitra init "
                        + "--server); " + main.workspace().dir() + " is a single-workstation one.");
            }
            int supervisors = Math.max(1, clients / 4);
            List<Actor> actors = operators(main, clients - supervisors, supervisors);
            List<Session> sessions = new ArrayList<>();
            for (int i = 0; i < clients + 1; i++) {
                sessions.add(open(workspace));
            }
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
            try (Listener listener = new Listener(TeamDescriptor.read(main.workspace().dir()))) {
                List<Future<?>> runs = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    Session s = sessions.get(i);
                    Actor a = actors.get(i);
                    runs.add(pool.submit(() -> a.role() == Role.SUPERVISOR ? supervise(s, a, deadline)
                            : agent(s, a, deadline)));
                }
                runs.add(pool.submit(() -> probe(sessions.get(clients), actors.get(0), listener, deadline)));
                err().println("bench: " + clients + " clients for " + seconds + " s");
                for (Future<?> f : runs) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
                sessions.forEach(Session::close);
            }
            report(main);
        }
        return Exit.DONE;
    }

    private List<Actor> operators(Session s, int agents, int supervisors) {
        Set<String> existing = new java.util.HashSet<>(s.operators().all().stream().map(Operator::username).toList());
        List<Actor> out = new ArrayList<>();
        SecureRandom random = new SecureRandom();
        // the bench adds its operators as the workspace's first supervisor, or as the system while it has none
        Actor by = s.operators().all().stream().filter(o -> o.role() == Role.SUPERVISOR && o.active()).findFirst()
                .map(Operator::asActor).orElse(Actor.SYSTEM);
        for (int i = 1; i <= agents + supervisors; i++) {
            boolean supervisor = i > agents;
            String name = supervisor ? "bench-supervisor-" + (i - agents) : "bench-agent-" + i;
            Role role = supervisor ? Role.SUPERVISOR : Role.AGENT;
            if (!existing.contains(name)) {
                char[] password = new char[24];
                for (int c = 0; c < password.length; c++) {
                    password[c] = (char) ('a' + random.nextInt(26));
                }
                Operator added = s.operators().add(by, name, name, role, password);
                if (by.role() == Role.SYSTEM && added.role() == Role.SUPERVISOR) {
                    by = added.asActor();
                }
            }
            out.add(Actor.operator(name, role));
        }
        return out;
    }

    private Void agent(Session s, Actor me, long deadline) {
        QueueQueries queue = new QueueQueries(s.workspace());
        QueueFilter unassigned = new QueueFilter(Set.of(CaseState.INTERVENTION_REQUESTED), QueueFilter.Scope.UNASSIGNED,
                me.name(), null, null, QueueFilter.Due.ANY, null);
        QueueFilter own = new QueueFilter(Set.of(CaseState.UNDER_REVIEW), QueueFilter.Scope.MINE, me.name(), null,
                null, QueueFilter.Due.ANY, null);
        while (System.nanoTime() < deadline) {
            List<QueueRow> rows = queue.page(unassigned, null, 50, Instant.now(), Instant.now());
            String id;
            if (rows.isEmpty()) {
                // nothing left to claim: work on a case of its own under review (returned proposals too)
                List<QueueRow> mine = queue.page(own, null, 50, Instant.now(), Instant.now());
                if (mine.isEmpty()) {
                    sleep(20);
                    continue;
                }
                id = mine.get(ThreadLocalRandom.current().nextInt(mine.size())).caseId();
            } else {
                QueueRow row = rows.get(ThreadLocalRandom.current().nextInt(rows.size()));
                id = row.caseId();
                if (!command(() -> s.cases().claim(id, me, row.version()))) {
                    continue;
                }
                String was = claimedBy.putIfAbsent(id, me.name());
                if (was != null && !was.equals(me.name())) {
                    doubleClaims.incrementAndGet();
                }
            }
            DisputeCase c = s.cases().find(id).orElseThrow();
            if (command(() -> s.cases().addNote(id, me, c.version(), "bench: looked at it"))) {
                notesSaved.computeIfAbsent(id, k -> new AtomicLong()).incrementAndGet();
            }
            DisputeCase noted = s.cases().find(id).orElseThrow();
            command(() -> s.cases().proposeRuling(id, me, noted.version(), ruling(s, noted)));
        }
        return null;
    }

    private Void supervise(Session s, Actor me, long deadline) {
        QueueQueries queue = new QueueQueries(s.workspace());
        QueueFilter pending = new QueueFilter(Set.of(CaseState.PENDING_APPROVAL), QueueFilter.Scope.ALL, me.name(),
                null, null, QueueFilter.Due.ANY, null);
        boolean issue = true;
        while (System.nanoTime() < deadline) {
            List<QueueRow> rows = queue.page(pending, null, 50, Instant.now(), Instant.now());
            if (rows.isEmpty()) {
                sleep(20);
                continue;
            }
            QueueRow row = rows.get(ThreadLocalRandom.current().nextInt(rows.size()));
            boolean now = issue;
            command(() -> now ? s.cases().issueRuling(row.caseId(), me, row.version(), null)
                    : s.cases().returnRuling(row.caseId(), me, row.version(), "bench: check the amount again"));
            issue = !issue;
        }
        return null;
    }

    /** Every 100 ms a note on a case of its own; the time from its commit to its notification on another connection. */
    private Void probe(Session s, Actor agent, Listener listener, long deadline) {
        String id = null;
        while (System.nanoTime() < deadline) {
            if (id == null) {
                id = claimedBy.entrySet().stream().filter(e -> e.getValue().equals(agent.name())).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
                sleep(100);
                continue;
            }
            String caseId = id;
            DisputeCase c = s.cases().find(caseId).orElseThrow();
            try {
                s.cases().addNote(caseId, agent, c.version(), "bench: probe");
                long committed = System.nanoTime();
                long seq = s.workspace().db().fetchValue(org.jooq.impl.DSL.field(
                        "(SELECT max(seq) FROM audit_record WHERE case_id = ?)", Long.class, caseId));
                notesSaved.computeIfAbsent(caseId, k -> new AtomicLong()).incrementAndGet();
                Long heard = listener.await(seq, 5_000);
                if (heard != null) {
                    notifyNanos.add(Math.max(0, heard - committed));
                }
            } catch (RefusedException e) {
                // the case moved on (proposed, issued): take the next one of this agent's
                id = null;
            }
            sleep(100);
        }
        return null;
    }

    /** A full refund by the merchant of the amount paid, with the obligation the rules suggest for it. */
    private static Ruling ruling(Session s, DisputeCase c) {
        return new Ruling(null, Responsibility.MERCHANT, Remedy.FULL_REFUND, c.order().amount(), List.of(), List.of(),
                "bench: the merchant did not answer the consumer within the deadline.", false,
                com.arbitra.domain.RulingRules.defaultObligations(Responsibility.MERCHANT, Remedy.FULL_REFUND,
                        s.clock().instant(), s.cases().workflow().settings()), List.of(),
                null, null, null, null, null, null, null);
    }

    @FunctionalInterface
    private interface Command0 {
        Object run();
    }

    /** Runs one command, timed; true when it was accepted. */
    private boolean command(Command0 c) {
        long t0 = System.nanoTime();
        try {
            c.run();
            commandNanos.add(System.nanoTime() - t0);
            commands.incrementAndGet();
            return true;
        } catch (ConcurrentChangeException e) {
            refusedStale.incrementAndGet();
        } catch (RefusedException e) {
            refusedOther.incrementAndGet();
            refusals.computeIfAbsent(e.refusal().code(), k -> new AtomicLong()).incrementAndGet();
        }
        commandNanos.add(System.nanoTime() - t0);
        commands.incrementAndGet();
        return false;
    }

    private void report(Session s) {
        long lost = 0;
        for (Map.Entry<String, AtomicLong> e : notesSaved.entrySet()) {
            long found = s.cases().find(e.getKey()).orElseThrow().notes().stream()
                    .filter(n -> n.text().startsWith("bench: ")).count();
            lost += Math.max(0, e.getValue().get() - found);
        }
        for (Map.Entry<String, String> e : claimedBy.entrySet()) {
            String assignee = s.cases().find(e.getKey()).orElseThrow().assignee();
            if (assignee != null && assignee.startsWith("bench-") && !assignee.equals(e.getValue())) {
                doubleClaims.incrementAndGet();
            }
        }
        refusals.forEach((code, n) -> err().println("bench: refused " + n + " times: " + code));
        AuditChain.Verdict v = s.audit().verify();
        figure("team.clients", clients);
        figure("team.commands", commands.get());
        figure("team.refused_stale", refusedStale.get());
        figure("team.refused_other", refusedOther.get());
        figure("team.double_claims", doubleClaims.get());
        figure("team.lost_updates", lost);
        figure("team.audit_verify", v.ok() ? "OK" : "broken at " + v.brokenSeq() + ": " + v.problem());
        figure("team.counts_match", Diagnostics.countsMatchGroupBy(s.workspace()));
        figure("team.command_p95_ms", p95(commandNanos));
        figure("team.notify_p95_ms", p95(notifyNanos));
    }

    private void figure(String name, Object value) {
        out().println(name + "=" + value);
    }

    private static String p95(ConcurrentLinkedQueue<Long> nanos) {
        long[] all = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (all.length == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.1f", all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.95) - 1)] / 1e6);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A connection of its own LISTENing on the workspace's channel: when each audit sequence number arrived. */
    private static final class Listener implements AutoCloseable {
        private final Connection c;
        private final Map<Long, Long> arrived = new ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean closed;

        Listener(TeamDescriptor server) throws SQLException {
            Properties p = new Properties();
            if (server.user() != null) {
                p.setProperty("user", server.user());
            }
            String password = System.getenv(TeamServer.PASSWORD_VARIABLE);
            if (password != null) {
                p.setProperty("password", password);
            }
            c = DriverManager.getConnection(server.url(), p);
            try (Statement st = c.createStatement()) {
                st.execute("LISTEN arbitra_changes");
            }
            thread = new Thread(this::listen, "bench-listener");
            thread.setDaemon(true);
            thread.start();
        }

        private void listen() {
            try {
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] got = pg.getNotifications(200);
                    if (got != null) {
                        long now = System.nanoTime();
                        Arrays.stream(got).forEach(n -> arrived.putIfAbsent(Long.parseLong(n.getParameter()), now));
                    }
                }
            } catch (SQLException e) {
                if (!closed) {
                    throw new IllegalStateException("the bench's listener lost its connection", e);
                }
            }
        }

        /** When the notification of {@code seq} (or a later one, which covers it) arrived; null if not in time. */
        Long await(long seq, long timeoutMs) {
            long until = System.nanoTime() + timeoutMs * 1_000_000;
            while (System.nanoTime() < until) {
                Long at = arrived.get(seq);
                if (at != null) {
                    return at;
                }
                sleep(1);
            }
            return null;
        }

        @Override
        public void close() throws SQLException {
            closed = true;
            try {
                thread.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            c.close();
        }
    }
}
