package io.wsmigrate.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that runs against the real Citus cluster of {@link CitusCluster}: tagged
 * {@value CitusCluster#TAG} (pom.xml runs these at integration-test, beside the slow tests), its databases
 * dropped after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(CitusCluster.TAG)
@ExtendWith(CitusTest.DropsCitusDatabases.class)
public @interface CitusTest {
    /** Drops the databases the test made on the cluster. */
    final class DropsCitusDatabases implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            CitusCluster.dropCreatedIfStarted();
        }
    }
}
