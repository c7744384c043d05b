package com.arbitra.store;

import com.arbitra.domain.Refusal;
import com.arbitra.domain.RefusedException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.LoggerFactory;

/**
 * The connections of a team workspace: first as the descriptor's user, and once an operator has
 * signed in as that operator's own server login ({@link TeamRoles#login}), so that the server holds
 * the console to the operator's role. An operator without a login of their own (added before the
 * server's roles were set up) keeps the descriptor's user. A connection the server dropped (a restart,
 * a network cut, an administrator's pg_terminate_backend) is never lent out: the pool it came from is
 * replaced by a fresh one, so the next query after the server is back simply works.
 */
final class ServerLogins implements DataSource {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(ServerLogins.class);

    /** How long a lent connection may take to prove it is alive. */
    private static final int VALID_SECONDS = 2;

    private final TeamDescriptor server;
    private volatile PGConnectionPoolDataSource source;
    private volatile JdbcConnectionPool current;

    ServerLogins(TeamDescriptor server, PGConnectionPoolDataSource source, JdbcConnectionPool first) {
        this.server = server;
        this.source = source;
        this.current = first;
    }

    /**
     * Connects as the operator's login with the password they typed; a server that refuses it refuses
     * the sign-in. Later connections use that login; those already lent out finish on the old one.
     */
    void signIn(String username, char[] password) {
        String login;
        try (Connection c = current.getConnection()) {
            login = TeamRoles.login(c.getCatalog(), username);
            if (login.equals(c.getMetaData().getUserName())
                    || !roleExists(c, login) && !createLogin(c, username, password)) {
                LOG.info("{} has no server login of their own; the workspace stays on {}", username,
                        c.getMetaData().getUserName());
                return;
            }
        } catch (SQLException e) {
            throw new StoreException(TeamServer.translate(server, e).getMessage(), e);
        }
        PGConnectionPoolDataSource source = TeamServer.source(new TeamDescriptor(server.url(), login), password);
        JdbcConnectionPool next = TeamServer.pool(source);
        try (Connection probe = next.getConnection()) {
            LOG.info("Signed in to {} as {}", server.url(), probe.getMetaData().getUserName());
        } catch (SQLException e) {
            next.dispose();
            LOG.warn("The team server refused the login {}: {}", login, e.getMessage());
            throw new RefusedException(Refusal.of("refused.signIn.server", "The team server refused the login "
                    + login + " (" + e.getMessage() + "); ask the team's administrator to set its password again.",
                    login));
        }
        JdbcConnectionPool old;
        synchronized (this) {
            old = current;
            this.source = source;
            current = next;
        }
        old.dispose();
    }

    /** Replaces a pool whose connections the server dropped, unless another thread did already. */
    private void renew(JdbcConnectionPool stale) {
        synchronized (this) {
            if (current != stale) {
                return;
            }
            current = TeamServer.pool(source);
        }
        LOG.warn("The team server dropped this workstation's connections; connecting again");
        stale.dispose();
    }

    void dispose() {
        current.dispose();
    }

    /**
     * Gives an operator who has none (one moved or restored from another workspace) a login of their
     * own at their first sign-in, with the password just checked; only a user that may create roles can.
     */
    private static boolean createLogin(Connection c, String username, char[] password) throws SQLException {
        String role = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT role FROM operator WHERE username = ?")) {
            ps.setString(1, username);
            try (var rs = ps.executeQuery()) {
                if (rs.next()) {
                    role = rs.getString(1);
                }
            }
        }
        if (role == null) {
            return false;
        }
        try {
            TeamRoles.addLogin(org.jooq.impl.DSL.using(c, org.jooq.SQLDialect.POSTGRES), username,
                    com.arbitra.domain.Role.valueOf(role), password);
            LOG.info("{} signed in for the first time on this server and has a login of their own now", username);
            return true;
        } catch (StoreException e) {
            LOG.info("{} cannot be given a server login here: {}", username, e.getMessage());
            return false;
        }
    }

    private static boolean roleExists(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, login);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        JdbcConnectionPool pool = current;
        Connection c = pool.getConnection();
        if (c.isValid(VALID_SECONDS)) {
            return c;
        }
        c.close();
        renew(pool);
        return current.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("a team workspace chooses its own login");
    }

    @Override
    public PrintWriter getLogWriter() {
        return current.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        current.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        current.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return current.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
