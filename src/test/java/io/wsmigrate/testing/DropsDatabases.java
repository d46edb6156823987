package io.wsmigrate.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Drops the databases a test created with {@link TestProject#freshDatabase()} once it has finished. */
public final class DropsDatabases implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        TestProject.dropCreatedDatabases();
    }
}
