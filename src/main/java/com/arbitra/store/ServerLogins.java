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
 * server's roles were set up) keeps the descriptor's user.
 */
final class ServerLogins implements DataSource {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(ServerLogins.class);

    private final TeamDescriptor server;
    private volatile JdbcConnectionPool current;

    ServerLogins(TeamDescriptor server, JdbcConnectionPool first) {
        this.server = server;
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
            if (login.equals(c.getMetaData().getUserName()) || !roleExists(c, login)) {
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
            throw new RefusedException(Refusal.of("refused.signIn.server", "The team server refused the login "
                    + login + " (" + e.getMessage() + "); ask the team's administrator to set its password again."));
        }
        JdbcConnectionPool old = current;
        current = next;
        old.dispose();
    }

    void dispose() {
        current.dispose();
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
