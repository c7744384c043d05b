package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.OPERATOR;

import com.arbitra.domain.Operator;
import com.arbitra.domain.OperatorRepository;
import com.arbitra.domain.Role;
import com.arbitra.store.jooq.tables.records.OperatorRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

final class JooqOperatorRepository implements OperatorRepository {

    private final DSLContext db;
    /** The workspace folder: an encrypted one's file key is wrapped for each operator's password. */
    private final java.nio.file.Path dir;

    JooqOperatorRepository(DSLContext db, java.nio.file.Path dir) {
        this.db = db;
        this.dir = dir;
    }

    @Override
    public Optional<Operator> find(String username) {
        return db.selectFrom(OPERATOR).where(OPERATOR.USERNAME.eq(username)).fetchOptional()
                .map(JooqOperatorRepository::toDomain);
    }

    @Override
    public List<Operator> all() {
        return db.selectFrom(OPERATOR).orderBy(OPERATOR.USERNAME).fetch(JooqOperatorRepository::toDomain);
    }

    @Override
    public void insert(Operator o) {
        OperatorRecord r = db.newRecord(OPERATOR);
        r.setUsername(o.username());
        r.setDisplayName(o.displayName());
        r.setRole(o.role().name());
        r.setPasswordHash(o.passwordHash());
        r.setFailedSignIns(o.failedSignIns());
        r.setLockedUntil(Times.toDb(o.lockedUntil()));
        r.setActive(o.active());
        r.setCreatedAt(Times.toDb(o.createdAt()));
        r.insert();
    }

    @Override
    public void grantLogin(String username, Role role, char[] password) {
        if (db.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            TeamRoles.addLogin(db, username, role, password);
        } else if (dir != null && FileKeys.encrypted(dir)) {
            FileKeys.wrapFor(dir, username, password);
        }
    }

    @Override
    public void updateSignInState(String username, int failedSignIns, Instant lockedUntil) {
        db.update(OPERATOR).set(OPERATOR.FAILED_SIGN_INS, failedSignIns)
                .set(OPERATOR.LOCKED_UNTIL, Times.toDb(lockedUntil))
                .where(OPERATOR.USERNAME.eq(username)).execute();
    }

    @Override
    public void updatePassword(String username, String passwordHash) {
        db.update(OPERATOR).set(OPERATOR.PASSWORD_HASH, passwordHash).set(OPERATOR.FAILED_SIGN_INS, 0)
                .setNull(OPERATOR.LOCKED_UNTIL).where(OPERATOR.USERNAME.eq(username)).execute();
    }

    @Override
    public long count() {
        return db.fetchCount(OPERATOR);
    }

    private static Operator toDomain(OperatorRecord r) {
        return new Operator(r.getUsername(), r.getDisplayName(), Role.valueOf(r.getRole()), r.getPasswordHash(),
                r.getFailedSignIns(), Times.fromDb(r.getLockedUntil()), r.getActive(), Times.fromDb(r.getCreatedAt()));
    }
}
