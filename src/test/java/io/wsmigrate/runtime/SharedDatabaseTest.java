package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Two packages migrating one database: each has its own scripts folder and version table. */
@ExtendWith(DropsDatabases.class)
class SharedDatabaseTest {
    @TempDir
    Path dir;
    TestProject shop;
    TestProject billing;

    @BeforeEach
    void setUp() {
        shop = TestProject.create(dir.resolve("shop"));
        billing = TestProject.create(dir.resolve("billing"), shop.database(), "com.acme.billing").initScripts();
        // the same revision id in both packages: ids only need to be unique within a package
        shop.sqlRevision("a1", null, "Customer", "CREATE TABLE customer (id int)", "DROP TABLE customer");
        shop.sqlRevision("b2", "a1", "Orders", "CREATE TABLE orders (id int)", "DROP TABLE orders");
        billing.sqlRevision("a1", null, "Invoice", "CREATE TABLE invoice (id int)", "DROP TABLE invoice");
    }

    @Test
    void eachPackageKeepsItsOwnVersionTableNamedAfterThePackage() {
        upgrade(shop, "head");
        upgrade(billing, "head");

        assertThat(shop.versionTable()).isEqualTo("ws_migrate_com_example_shop");
        assertThat(billing.versionTable()).isEqualTo("ws_migrate_com_acme_billing");
        assertThat(shop.tables()).containsExactly("customer", "invoice", "orders", "ws_migrate_com_acme_billing",
                "ws_migrate_com_example_shop");
        assertThat(shop.appliedRevisions()).containsExactly("a1", "b2");
        assertThat(billing.appliedRevisions()).containsExactly("a1");
    }

    @Test
    void downgradingOnePackageLeavesTheOtherAlone() {
        upgrade(shop, "head");
        upgrade(billing, "head");

        try (Project p = shop.open()) {
            new MigrationCommands(p).downgrade("base", MigrationOptions.defaults(), MigrationListener.NONE);
        }

        assertThat(shop.tables()).containsExactly("invoice", "ws_migrate_com_acme_billing",
                "ws_migrate_com_example_shop");
        assertThat(shop.appliedRevisions()).isEmpty();
        try (Project p = billing.open()) {
            assertThat(new MigrationCommands(p).current().state().heads()).containsExactly("a1");
        }
    }

    private static void upgrade(TestProject project, String target) {
        try (Project p = project.open()) {
            new MigrationCommands(p).upgrade(target, MigrationOptions.defaults(), MigrationListener.NONE);
        }
    }
}
