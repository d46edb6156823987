package io.wsmigrate.testing;

import io.wsmigrate.config.DatabaseSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real Citus cluster for the tests tagged {@value #TAG} ({@link CitusTest}): a coordinator and two
 * workers of Debian's PostgreSQL 15 with Citus, started once per JVM by the source folder's
 * {@code cluster.sh} on free ports in a fresh temporary folder, stopped when the JVM exits. Citus
 * is built first when it is missing ({@link CitusBuild}).
 *
 * <p>Nothing is skipped silently: when Citus cannot be built or started, every Citus test fails with
 * the one-line reason, which surefire's summary shows. {@code -D}{@value #SKIP_PROPERTY}{@code =skip}
 * asks for them to be skipped instead (aborted, with that reason).
 */
public final class CitusCluster {
    public static final String TAG = "citus";
    public static final String SKIP_PROPERTY = "ws-migrate.test.citus";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static CitusCluster instance;
    private static String unavailable;

    private final Path source;
    private final Path dir;
    private final int port;
    private final List<String> created = new ArrayList<>();

    private CitusCluster(Path source, Path dir, int port) {
        this.source = source;
        this.dir = dir;
        this.port = port;
    }

    /** The cluster of this JVM, built and started on first use; throws the reason when it cannot be. */
    public static synchronized CitusCluster get() {
        if (instance == null && unavailable == null) {
            try {
                instance = start();
            } catch (RuntimeException e) {
                unavailable = "Citus tests cannot run: " + e.getMessage();
            }
        }
        if (instance == null) {
            if ("skip".equals(System.getProperty(SKIP_PROPERTY))) {
                org.junit.jupiter.api.Assumptions.abort(unavailable + " (skipped: -D" + SKIP_PROPERTY + "=skip)");
            }
            throw new IllegalStateException(unavailable);
        }
        return instance;
    }

    private static CitusCluster start() {
        Path source = CitusBuild.source();
        CitusBuild.ensureInstalled(source);
        Path dir;
        try {
            dir = Files.createTempDirectory("ws-migrate-citus-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a folder for the cluster: " + e.getMessage(), e);
        }
        int port = freePorts();
        CitusCluster cluster = new CitusCluster(source, dir, port);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "citus-cluster-stop"));
        CitusBuild.run(List.of("bash", source.resolve("cluster.sh").toString(), "start", dir.toString(),
                Integer.toString(port)), 5);
        return cluster;
    }

    /** The coordinator's port; the workers are on the next two. */
    public int coordinatorPort() {
        return port;
    }

    public List<Integer> workerPorts() {
        return List.of(port + 1, port + 2);
    }

    /**
     * A new database on every node, with the extension, the workers registered with the coordinator:
     * settings that point at the coordinator. {@link CitusTest} drops it after the test.
     */
    public DatabaseSettings freshDatabase() {
        String name = "citus" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        synchronized (created) {
            created.add(name);
        }
        for (int node = port; node <= port + 2; node++) {
            execute(node, "postgres", "CREATE DATABASE " + name);
            execute(node, name, "CREATE EXTENSION citus");
        }
        execute(port, name, "SELECT citus_set_coordinator_host('127.0.0.1', " + port + ")");
        for (int worker : workerPorts()) {
            execute(port, name, "SELECT citus_add_node('127.0.0.1', " + worker + ")");
        }
        return settings(port, name);
    }

    /** The same database as {@code coordinator} on the worker listening on {@code workerPort}. */
    public DatabaseSettings onWorker(DatabaseSettings coordinator, int workerPort) {
        String url = coordinator.url();
        return settings(workerPort, url.substring(url.lastIndexOf('/') + 1));
    }

    /** Drops the databases {@link #freshDatabase()} made (each database holds a Citus maintenance worker). */
    static void dropCreatedIfStarted() {
        CitusCluster cluster;
        synchronized (CitusCluster.class) {
            cluster = instance;
        }
        if (cluster != null) {
            cluster.dropCreatedDatabases();
        }
    }

    private void dropCreatedDatabases() {
        List<String> names;
        synchronized (created) {
            names = List.copyOf(created);
            created.clear();
        }
        for (String name : names) {
            for (int node = port; node <= port + 2; node++) {
                execute(node, "postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static DatabaseSettings settings(int port, String database) {
        return DatabaseSettings.of("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    private static void execute(int port, String database, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("on the Citus node at port " + port + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    private void stop() {
        try {
            CitusBuild.run(List.of("bash", source.resolve("cluster.sh").toString(), "stop", dir.toString()), 2);
        } finally {
            TempFolders.deleteRecursively(dir);
        }
    }

    /** A port P such that P, P+1 and P+2 are free on 127.0.0.1. */
    private static int freePorts() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int candidate;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                candidate = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("cannot find a free port: " + e.getMessage(), e);
            }
            if (candidate + 2 < 65536 && free(candidate + 1) && free(candidate + 2)) {
                return candidate;
            }
        }
        throw new IllegalStateException("found no three consecutive free ports on 127.0.0.1");
    }

    private static boolean free(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
