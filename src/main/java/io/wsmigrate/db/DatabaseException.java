package io.wsmigrate.db;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.sql.SQLException;

/** A database could not be reached, or refused a statement outside a migration. */
public class DatabaseException extends WsMigrateException {

    public DatabaseException(String message, Throwable cause) {
        super(ExitCode.DATABASE, message, cause);
    }

    public DatabaseException(ExitCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    /** "{@code what}: the server's message" on one line, with the SQLSTATE when there is one. */
    public static DatabaseException of(String what, SQLException e) {
        return new DatabaseException(what + ": " + describe(e), e);
    }

    /** The server's message on one line; PostgreSQL's messages never contain the password. */
    public static String describe(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String firstLine = message.strip().lines().findFirst().orElse(message);
        return e.getSQLState() == null ? firstLine : firstLine + " (SQLSTATE " + e.getSQLState() + ")";
    }
}
