import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * What {@code flyway migrate} does, through Flyway's own API: the benchmark's stand-in for Flyway's
 * command-line runner, whose jar needs modules that cannot be fetched here (see README.md).
 *
 * <p>Usage: {@code FlywayMigrate <jdbc-url> <user> <password> <location>}, e.g. location
 * {@code filesystem:/path/to/sql}. Everything else is Flyway's default, as with {@code flyway migrate
 * -url=... -user=... -password=... -locations=...}: one transaction per migration, validation on
 * migrate, history in {@code flyway_schema_history}.
 */
public final class FlywayMigrate {

    private FlywayMigrate() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: FlywayMigrate <jdbc-url> <user> <password> <location>");
            System.exit(2);
        }
        // Flyway logs through java.util.logging when no other logging library is on the class path;
        // one line per message, like the command-line runner, instead of the two-line default.
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%n");
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(args[0], args[1], args[2])
                    .locations(args[3])
                    .load()
                    .migrate();
            System.out.println("applied " + result.migrationsExecuted + " migrations, now at version "
                    + result.targetSchemaVersion);
        } catch (FlywayException e) {
            // The command-line runner's behaviour on failure: the message, exit code 1.
            System.err.println("ERROR: " + e.getMessage());
            System.exit(1);
        }
    }
}
