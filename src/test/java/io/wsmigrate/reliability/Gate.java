package io.wsmigrate.reliability;

import io.wsmigrate.testing.TestProject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A table the test keeps locked: a revision that reads it ({@link #PASS}) waits, holding the
 * migration lock, until the test opens the gate. Lock tests wait on that and on {@code pg_locks},
 * never on a revision that sleeps for a guessed while.
 */
final class Gate implements AutoCloseable {
    /** The statement of a revision that waits at the gate. */
    static final String PASS = "SELECT count(*) FROM gate";

    private final Connection holder;

    private Gate(Connection holder) {
        this.holder = holder;
    }

    /** Creates table {@code gate} in the project's database and locks it until {@link #open()}. */
    static Gate closed(TestProject project) throws SQLException {
        Connection holder = project.connect();
        try (Statement s = holder.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS gate (id int)");
            holder.setAutoCommit(false);
            s.execute("LOCK TABLE gate IN ACCESS EXCLUSIVE MODE");
        }
        return new Gate(holder);
    }

    /** Lets every revision waiting at the gate go on. */
    void open() throws SQLException {
        holder.rollback();
    }

    @Override
    public void close() throws SQLException {
        holder.close();
    }
}
