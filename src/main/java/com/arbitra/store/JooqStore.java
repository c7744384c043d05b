package com.arbitra.store;

import com.arbitra.domain.AuditLog;
import com.arbitra.domain.CaseRepository;
import com.arbitra.domain.OperatorRepository;
import com.arbitra.domain.Outbox;
import com.arbitra.domain.Store;
import com.arbitra.domain.UnitOfWork;
import com.arbitra.domain.WorkspaceKind;
import java.sql.SQLException;
import java.util.function.Function;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jooq.DSLContext;

/**
 * Transactions over the workspace database. Each unit of work gets repositories built on the
 * transaction's own configuration, never the outer one (jOOQ's nested-configuration trap).
 */
final class JooqStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(JooqStore.class);
    private static final int MAX_ATTEMPTS = 8;

    private final DSLContext db;
    /** The workspace folder, named when its disk is full. */
    private final java.nio.file.Path dir;
    private final WorkspaceKind kind;
    private final java.util.function.BiConsumer<String, char[]> signedIn;

    JooqStore(DSLContext db, WorkspaceKind kind, java.util.function.BiConsumer<String, char[]> signedIn,
              java.nio.file.Path dir) {
        this.dir = dir;
        this.db = db;
        this.kind = kind;
        this.signedIn = signedIn;
    }

    @Override
    public void signedIn(String username, char[] password) {
        signedIn.accept(username, password);
    }

    /**
     * In mixed mode the process serving the database may exit while this one works; H2 then breaks
     * the connection and the transaction is lost (rolled back). The work is tried again, and this
     * process takes over serving the database.
     */
    @Override
    public <T> T transaction(Function<UnitOfWork, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return db.transactionResult(cfg -> work.apply(new Unit(cfg.dsl(), dir)));
            } catch (DataAccessException e) {
                Workspace.throwIfBusy(e);
                if (attempt >= MAX_ATTEMPTS || !serverWentAway(e)) {
                    if (DiskFull.in(e)) {
                        throw DiskFull.ofWorkspace(dir, e);
                    }
                    throw unavailable(e).orElseThrow(() -> e);
                }
                LOG.info("The process serving the workspace went away; trying again ({}/{})", attempt, MAX_ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** The database not answering, as the domain names it: a team server down, a connection cut. */
    static java.util.Optional<com.arbitra.domain.StoreUnavailableException> unavailable(DataAccessException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && (Workspace.isPassing(s) || TeamServer.isUnreachable(s))) {
                return java.util.Optional.of(new com.arbitra.domain.StoreUnavailableException(
                        "The workspace's database is not answering (" + s.getMessage() + "); nothing was changed.",
                        e));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean serverWentAway(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && Workspace.isPassing(s)) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public WorkspaceKind kind() {
        return kind;
    }

    private record Unit(DSLContext tx, java.nio.file.Path dir) implements UnitOfWork {

        @Override
        public CaseRepository cases() {
            return new JooqCaseRepository(tx);
        }

        @Override
        public OperatorRepository operators() {
            return new JooqOperatorRepository(tx, dir);
        }

        @Override
        public AuditLog audit() {
            return new JooqAuditLog(tx);
        }

        @Override
        public Outbox outbox() {
            return new JooqOutbox(tx);
        }

        @Override
        public com.arbitra.domain.TrainingRepository training() {
            return new JooqTrainingRepository(tx);
        }

        @Override
        public com.arbitra.domain.SettingsRepository settings() {
            return new JooqSettingsRepository(tx);
        }

        @Override
        public com.arbitra.domain.DraftRepository drafts() {
            return new JooqDraftRepository(tx);
        }
    }
}
