package io.wsmigrate.entities;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;

/**
 * The dialect a running application's Hibernate would use on a server of a given major. Hibernate
 * boots here without a connection, for {@link HibernateBoot#POSTGRESQL_MAJOR}; the application's
 * Hibernate reads the version from its connection, and some DDL depends on it: from PostgreSQL 18,
 * {@code @GeneratedColumn} is written without {@code stored}, so the column is virtual. A major the
 * project's own Hibernate settings name is the project's word and is kept.
 */
final class ServerVersionDialect {
    /** An expression standing for any, to see how the dialect writes a generated column. */
    private static final String PROBE = "1";

    private ServerVersionDialect() {
    }

    /**
     * The booted dialect's class made for {@code serverMajor}, when that changes the DDL ws-migrate
     * reads; empty when the booted dialect already writes it the same way, or cannot be made for
     * another version (a dialect class without a {@code DatabaseVersion} constructor).
     */
    static Optional<Dialect> forServer(Dialect booted, int serverMajor) {
        if (booted.getVersion().getDatabaseMajorVersion() == serverMajor) {
            return Optional.empty();
        }
        Dialect other;
        try {
            other = booted.getClass().getConstructor(DatabaseVersion.class)
                    .newInstance(DatabaseVersion.make(serverMajor));
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            return Optional.empty();
        }
        return other.generatedAs(PROBE).equals(booted.generatedAs(PROBE)) ? Optional.empty() : Optional.of(other);
    }
}
