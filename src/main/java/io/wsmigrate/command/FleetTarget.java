package io.wsmigrate.command;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.runtime.VersionTable;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One member of a fleet: a tenant schema of the configured database, or a tenant database. */
public sealed interface FleetTarget {
    /** The name in reports and in {@code --target}. */
    String name();

    /** {@code schema} or {@code database}. */
    String kind();

    /** The package's version table as this target keeps it: for the fleet commands only. */
    @Internal
    VersionTable versionTable(VersionTable packageTable);

    /**
     * A tenant schema: its version table lives in it, and its sessions run with {@code search_path}
     * set to it (then the shared schemas), so the revisions' unqualified names land in it.
     */
    record Schema(String name, List<String> sharedSchemas) implements FleetTarget {
        public Schema {
            sharedSchemas = List.copyOf(sharedSchemas);
        }

        @Override
        public String kind() {
            return "schema";
        }

        @Override
        @Internal
        public VersionTable versionTable(VersionTable packageTable) {
            return new VersionTable(new QualifiedName(name, packageTable.name().name()), packageTable.owner());
        }

        /** The {@code SET search_path} that puts this tenant first. */
        public String searchPathSql() {
            return "SET search_path TO " + Stream.concat(Stream.of(name), sharedSchemas.stream())
                    .map(Identifiers::alwaysQuote).collect(Collectors.joining(", "));
        }
    }

    /** A tenant database, reached with {@code database} (the configured settings, its URL and credentials replaced). */
    record Database(String name, DatabaseSettings database) implements FleetTarget {
        @Override
        public String kind() {
            return "database";
        }

        @Override
        @Internal
        public VersionTable versionTable(VersionTable packageTable) {
            return packageTable;
        }

        @Override
        public String toString() {
            return "Database[name=" + name + ", database=" + database + "]";
        }
    }
}
