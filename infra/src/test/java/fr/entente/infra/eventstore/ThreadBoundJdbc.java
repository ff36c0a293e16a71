package fr.entente.infra.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Connections and transactions for Axon's JDBC engine without Spring: one open connection per thread (a pool of one
 * per writer, as a connection pool would give), a transaction per engine call, committed by the outermost one.
 */
final class ThreadBoundJdbc implements ConnectionProvider, TransactionManager, AutoCloseable {

    private final LocalPostgres postgres;
    private final ThreadLocal<Connection> connection = new ThreadLocal<>();
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private final List<Connection> opened = new ArrayList<>();

    ThreadBoundJdbc(LocalPostgres postgres) {
        this.postgres = postgres;
    }

    private Connection threadConnection() throws SQLException {
        Connection current = connection.get();
        if (current == null) {
            current = postgres.connect();
            current.setAutoCommit(false);
            connection.set(current);
            synchronized (opened) {
                opened.add(current);
            }
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return ConnectionWrapperFactory.wrap(threadConnection(), new ConnectionWrapperFactory.ConnectionCloseHandler() {
            @Override
            public void close(Connection delegate) {
                // kept open for the thread's next call
            }

            @Override
            public void commit(Connection delegate) throws SQLException {
                delegate.commit();
            }
        });
    }

    @Override
    public Transaction startTransaction() {
        int[] level = depth.get();
        level[0]++;
        return new Transaction() {
            @Override
            public void commit() {
                if (--level[0] == 0) {
                    try {
                        threadConnection().commit();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public void rollback() {
                if (--level[0] == 0) {
                    try {
                        threadConnection().rollback();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
    }

    @Override
    public void close() throws SQLException {
        synchronized (opened) {
            for (Connection c : opened) {
                c.close();
            }
        }
    }
}
