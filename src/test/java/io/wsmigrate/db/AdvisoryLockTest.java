package io.wsmigrate.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag(TestPostgres.COMPAT_TAG)
class AdvisoryLockTest {
    private final DatabaseSettings db = TestPostgres.get().freshDatabase();

    @Test
    void secondSessionTimesOutNamingTheHolderAndSucceedsAfterRelease() throws Exception {
        try (Connection first = TestPostgres.connect(db); Connection second = TestPostgres.connect(db)) {
            AdvisoryLock lock = AdvisoryLock.acquire(first, "ws_migrate_shop", Duration.ofSeconds(1));
            assertThat(AdvisoryLock.holders(second, "ws_migrate_shop")).hasSize(1);
            assertThat(AdvisoryLock.holders(second, "ws_migrate_other")).isEmpty();

            assertThatThrownBy(() -> AdvisoryLock.acquire(second, "ws_migrate_shop", Duration.ofMillis(200)))
                    .isInstanceOf(WsMigrateException.class)
                    .satisfies(e -> assertThat(((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.LOCK))
                    .hasMessageContaining("held by pid")
                    .hasMessageContaining("--lock-timeout");

            lock.close();
            try (AdvisoryLock again = AdvisoryLock.acquire(second, "ws_migrate_shop", Duration.ofMillis(200))) {
                assertThat(AdvisoryLock.holders(first, "ws_migrate_shop")).hasSize(1);
            }
        }
    }

    @Test
    void lockOfAClosedSessionIsReleasedByTheServer() throws Exception {
        try (Connection other = TestPostgres.connect(db)) {
            Connection crashed = TestPostgres.connect(db);
            AdvisoryLock.acquire(crashed, "ws_migrate_shop", Duration.ofSeconds(1));
            crashed.close();
            try (AdvisoryLock lock = AdvisoryLock.acquire(other, "ws_migrate_shop", Duration.ofSeconds(2))) {
                assertThat(lock).isNotNull();
            }
        }
    }

    @Test
    void theLockOfTheSameVersionTableInAnotherDatabaseIsAnotherLock() throws Exception {
        DatabaseSettings otherDb = TestPostgres.get().freshDatabase();
        try (Connection here = TestPostgres.connect(db); Connection there = TestPostgres.connect(otherDb);
             AdvisoryLock held = AdvisoryLock.acquire(there, "ws_migrate_shop", Duration.ofSeconds(1))) {
            assertThat(AdvisoryLock.holders(here, "ws_migrate_shop")).as("holders seen from the other database")
                    .isEmpty();
            try (AdvisoryLock mine = AdvisoryLock.acquire(here, "ws_migrate_shop", Duration.ofMillis(200))) {
                assertThat(AdvisoryLock.holders(here, "ws_migrate_shop")).hasSize(1);
            }
        }
    }
    @Test
    void aFirstReadIsAnsweredInTheLocksRoundTripAndAFailingOneLeavesTheLockHeldOnce() throws Exception {
        try (Connection c = TestPostgres.connect(db); Connection watcher = TestPostgres.connect(db)) {
            AdvisoryLock.Held<String> held = AdvisoryLock.acquireQualified(c, "public", "ws_migrate_shop",
                    Duration.ofSeconds(1), List.of("SET application_name = 'first-read'"), reading("SELECT 'read'"));
            assertThat(held.firstRead()).isEqualTo("read");
            assertThat(AdvisoryLock.holders(watcher, "ws_migrate_shop")).hasSize(1);
            held.lock().close();

            // the table it reads is gone: the round trip fails, and the attempts start again without it
            held = AdvisoryLock.acquireQualified(c, "public", "ws_migrate_shop", Duration.ofSeconds(1),
                    List.of("SET application_name = 'first-read'"), reading("SELECT * FROM no_such_table"));
            assertThat(held.firstRead()).isNull();
            assertThat(AdvisoryLock.holders(watcher, "ws_migrate_shop")).hasSize(1);
            held.lock().close();
            assertThat(AdvisoryLock.holders(watcher, "ws_migrate_shop")).as("held once: one close releases it")
                    .isEmpty();
        }
    }

    private static AdvisoryLock.FirstRead<String> reading(String query) {
        return new AdvisoryLock.FirstRead<>() {
            @Override
            public List<String> statements() {
                return List.of(query);
            }

            @Override
            public String read(AdvisoryLock.Results results) throws SQLException {
                try (ResultSet rs = results.next()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        };
    }
}
