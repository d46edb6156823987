package io.wsmigrate.liquibase;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.change.ChangeFactory;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * How ws-migrate runs Liquibase code: inside a Liquibase scope with usage analytics off and
 * Liquibase's own logging and console messages silenced (it would otherwise write through
 * java.util.logging and to standard output). Nothing
 * global is changed: no system property is set, and other Liquibase users in the JVM are unaffected.
 * Liquibase 4.33 has no hub, banner or update check outside its command line.
 */
public final class LiquibaseRuntime {
    private static final NoOpLogService QUIET = new NoOpLogService();

    private LiquibaseRuntime() {
    }

    /**
     * Loads Liquibase's plugins (changes, SQL generators, data types) now rather than on the first
     * change, e.g. on a background thread while the command line parses its arguments. The first
     * call costs about a second, later ones nothing.
     */
    public static void warmUp() {
        new ChangeSql().sql(ChangeYaml.parse("""
                - createTable:
                    tableName: warm_up
                    columns:
                      - column: {name: id, type: bigint, autoIncrement: true, generationType: ALWAYS}
                - sql: SELECT 1
                """));
    }

    /**
     * Runs {@link #warmUp} on a new thread and returns it; the caller joins it before using
     * Liquibase again. The thread shares the caller's Liquibase scope (it is created first, here),
     * so what it loads is what the caller then uses.
     */
    public static Thread warmUpInBackground() {
        Scope.getCurrentScope();
        Thread thread = new Thread(() -> {
            try {
                warmUp();
            } catch (RuntimeException e) {
                // only a head start: the real work reports any problem
            }
        }, "ws-migrate-liquibase-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Whether Liquibase would send usage analytics from inside our scope; always false. */
    static boolean analyticsEnabled() {
        return call(null, () -> Boolean.TRUE.equals(AnalyticsArgs.ENABLED.getCurrentValue()));
    }

    static <T> T call(ResourceAccessor resources, Callable<T> work) {
        return call(resources, null, work);
    }

    /** {@code classLoader}, when not null, is where Liquibase loads classes named by entries (customChange). */
    static <T> T call(ResourceAccessor resources, ClassLoader classLoader, Callable<T> work) {
        Map<String, Object> values = new HashMap<>();
        if (classLoader != null) {
            values.put(Scope.Attr.classLoader.name(), classLoader);
        }
        values.put(AnalyticsArgs.ENABLED.getKey(), false);
        values.put(Scope.Attr.logService.name(), QUIET);
        values.put(Scope.Attr.ui.name(), new LoggerUIService());
        if (resources != null) {
            values.put(Scope.Attr.resourceAccessor.name(), resources);
        }
        try {
            return Scope.child(values, work::call);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ChangeException("Liquibase failed: " + e.getMessage(), e);
        }
    }

    static ChangeFactory changeFactory() {
        return Scope.getCurrentScope().getSingleton(ChangeFactory.class);
    }
}
