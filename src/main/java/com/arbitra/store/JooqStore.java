package com.arbitra.store;

import com.arbitra.domain.AuditLog;
import com.arbitra.domain.CaseRepository;
import com.arbitra.domain.OperatorRepository;
import com.arbitra.domain.Outbox;
import com.arbitra.domain.Store;
import com.arbitra.domain.UnitOfWork;
import com.arbitra.domain.WorkspaceKind;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Transactions over the workspace database. Each unit of work gets repositories built on the
 * transaction's own configuration, never the outer one (jOOQ's nested-configuration trap).
 */
final class JooqStore implements Store {

    private final DSLContext db;
    private final WorkspaceKind kind;

    JooqStore(DSLContext db, WorkspaceKind kind) {
        this.db = db;
        this.kind = kind;
    }

    @Override
    public <T> T transaction(Function<UnitOfWork, T> work) {
        return db.transactionResult(cfg -> work.apply(new Unit(cfg.dsl())));
    }

    @Override
    public WorkspaceKind kind() {
        return kind;
    }

    private record Unit(DSLContext tx) implements UnitOfWork {

        @Override
        public CaseRepository cases() {
            return new JooqCaseRepository(tx);
        }

        @Override
        public OperatorRepository operators() {
            return new JooqOperatorRepository(tx);
        }

        @Override
        public AuditLog audit() {
            return new JooqAuditLog(tx);
        }

        @Override
        public Outbox outbox() {
            return new JooqOutbox(tx);
        }
    }
}
