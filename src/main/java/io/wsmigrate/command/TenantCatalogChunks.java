package io.wsmigrate.command;

import io.wsmigrate.schema.SchemaModel;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant schemas' catalogs for a fleet {@code check}, read {@value #CHUNK} tenants at a time
 * (one bulk query per object kind for each chunk) when the workers reach the chunk, and dropped
 * once each of its tenants has been handed out: memory stays that of a chunk or two, however many
 * tenants there are. The workers take the targets in order, so a chunk is read once.
 */
final class TenantCatalogChunks {
    static final int CHUNK = 250;

    private final int chunkSize;

    private final Project project;
    private final Connection connection;
    private final List<String> tenants;
    private final List<String> sharedSchemas;
    private final Map<String, Integer> chunkOf = new HashMap<>();
    private final Map<Integer, TenantCatalogs> read = new HashMap<>();
    private final int[] left;

    /** {@code tenants} in the order the fleet runs them; nothing is read yet. */
    TenantCatalogChunks(Project project, Connection connection, List<String> tenants, List<String> sharedSchemas) {
        this(project, connection, tenants, sharedSchemas, CHUNK);
    }

    TenantCatalogChunks(Project project, Connection connection, List<String> tenants, List<String> sharedSchemas,
                        int chunkSize) {
        this.chunkSize = chunkSize;
        this.project = project;
        this.connection = connection;
        this.tenants = List.copyOf(tenants);
        this.sharedSchemas = List.copyOf(sharedSchemas);
        this.left = new int[(tenants.size() + chunkSize - 1) / chunkSize];
        for (int i = 0; i < tenants.size(); i++) {
            chunkOf.putIfAbsent(tenants.get(i), i / chunkSize);
            left[i / chunkSize]++;
        }
    }

    /**
     * {@code tenant}'s catalog as the entities see it (see {@link TenantCatalogs#asPackage}); each
     * tenant is asked for once. One worker reads a chunk while the others wait for it: they need it too.
     */
    synchronized SchemaModel asPackage(String tenant) {
        int chunk = chunkOf.get(tenant);
        TenantCatalogs catalogs = read.computeIfAbsent(chunk, c -> TenantCatalogs.read(project, connection,
                tenants.subList(c * chunkSize, Math.min(tenants.size(), (c + 1) * chunkSize)), sharedSchemas));
        SchemaModel model = catalogs.asPackage(tenant);
        if (--left[chunk] == 0) {
            read.remove(chunk);
        }
        return model;
    }

    /** How many chunks are held now: what the memory of a check grows with. */
    synchronized int chunksHeld() {
        return read.size();
    }
}
