package com.arbitra.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.ConnectionPoolDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team workspace's changes as they happen: one connection of its own (not from the pool) LISTENs on
 * {@code arbitra_changes}, which the server notifies at the commit of every move of the audit chain's
 * head ({@code db/postgresql/R__change_notify.sql}), and tells the subscribers on its own thread. A
 * dropped connection is logged and opened again after a second; the console's two-second poll goes on
 * meanwhile, so nothing is missed, only later.
 */
final class ChangeFeed implements AutoCloseable {

    static final String CHANNEL = "arbitra_changes";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private final ConnectionPoolDataSource source;
    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private Thread thread;

    ChangeFeed(ConnectionPoolDataSource source) {
        this.source = source;
    }

    /** Calls {@code onChange} (on the feed's thread) after every change committed by anyone. */
    synchronized AutoCloseable subscribe(Runnable onChange) {
        subscribers.add(onChange);
        if (thread == null && !closed) {
            thread = new Thread(this::listen, "arbitra-change-feed");
            thread.setDaemon(true);
            thread.start();
        }
        return () -> subscribers.remove(onChange);
    }

    private void listen() {
        while (!closed) {
            javax.sql.PooledConnection physical = null;
            try {
                physical = source.getPooledConnection();
                Connection c = physical.getConnection();
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                LOG.info("Listening for the team's changes");
                while (!closed) {
                    PGNotification[] got = pg.getNotifications(500);
                    if (got != null && got.length > 0) {
                        subscribers.forEach(ChangeFeed::tell);
                    }
                }
            } catch (SQLException e) {
                closeQuietly(physical);
                physical = null;
                if (closed) {
                    return;
                }
                LOG.warn("The change feed lost its connection; listening again in a second", e);
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            } finally {
                closeQuietly(physical);
            }
        }
    }

    private static void closeQuietly(javax.sql.PooledConnection physical) {
        if (physical != null) {
            try {
                physical.close();
            } catch (SQLException e) {
                LOG.debug("Closing the feed's connection failed", e);
            }
        }
    }

    private static void tell(Runnable subscriber) {
        try {
            subscriber.run();
        } catch (RuntimeException e) {
            LOG.warn("A change subscriber failed", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
