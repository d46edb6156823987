package io.wsmigrate.autogen.large;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.AutogenerateCommands.Against;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import io.wsmigrate.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Websauna's package scoping: a diff compares only the current package's tables unless asked for
 * every package, and drops only tables the package's models or history own.
 */
class PackageScopeTest {
    static final String BILLING = "io.wsmigrate.autogen.scope.billing";
    static final String SHOP = "io.wsmigrate.autogen.scope.shop";
    static final String SCOPE = "io.wsmigrate.autogen.scope";

    @TempDir
    Path folder;

    @Test
    void twoPackagesInOneDatabaseEachMigrateOnlyTheirOwnTables() throws IOException {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        AutogenProject.execute(database, List.of("create table legacy_notes (id bigint primary key, note text)"));
        List<Path> classpath = List.of(AutogenProject.classesOf(SCOPE, folder.resolve("classes")));
        AutogenProject billing = AutogenProject.of(BILLING, classpath, folder.resolve("billing"), database)
                .withVersionTable("billing_history");
        AutogenProject shop = AutogenProject.of(SHOP, classpath, folder.resolve("shop"), database);

        String billingRevision = Files.readString(billing.autogenerate("Billing", Against.DATABASE));
        assertThat(billingRevision).contains("tableName: account", "tableName: billing_invoice", "tableName: refund")
                .doesNotContain("shop_");
        // a table nobody owns is named in the header, never touched by the changes
        assertThat(billingRevision).contains("#   - table legacy_notes");
        assertThat(changes(billingRevision)).doesNotContain("legacy_notes");
        assertThat(upgradeSection(billingRevision)).doesNotContain("drop");
        billing.upgrade("head");

        String shopRevision = Files.readString(shop.autogenerate("Shop", AutogenProject.allPackages(Against.DATABASE)));
        assertThat(shopRevision).contains("tableName: shop_customer", "tableName: shop_purchase",
                        "referencedTableName: account", "referencedTableName: billing_invoice")
                .doesNotContain("tableName: account", "tableName: billing_invoice", "billing_history");
        assertThat(changes(shopRevision)).doesNotContain("legacy_notes");
        assertThat(upgradeSection(shopRevision)).doesNotContain("drop");
        shop.upgrade("head");

        assertThat(billing.check(Against.DATABASE)).as("billing leaves the shop's tables alone").isEmpty();
        assertThat(shop.check(AutogenProject.allPackages(Against.DATABASE)).differences()).isEmpty();
        assertThat(shop.withEnvironment(Map.of("WS_MIGRATE_ALL_PACKAGES", "true")).check(Against.DATABASE)).isEmpty();
        assertThat(shop.withAllPackagesSetting().check(Against.DATABASE)).isEmpty();
        assertThat(tables(database)).containsExactlyInAnyOrder("account", "billing_invoice", "refund",
                "shop_customer", "shop_purchase", "legacy_notes", "billing_history", shop.versionTable());

        assertThatThrownBy(() -> shop.check(AutogenProject.allPackages(Against.SCRIPTS)))
                .isInstanceOf(WsMigrateException.class)
                .hasMessageContaining("cannot replay the scripts into a scratch database")
                .hasMessageContaining("the configured database was not touched")
                .hasMessageContaining("relation \"account\" does not exist")
                .hasMessageContaining("compare against it (--against database)");

        shop.downgrade("base");
        assertThat(billing.check(Against.DATABASE)).isEmpty();
        assertThat(tables(database)).containsExactlyInAnyOrder("account", "billing_invoice", "refund",
                "legacy_notes", "billing_history", shop.versionTable());
        billing.downgrade("base");
        assertThat(tables(database)).containsExactlyInAnyOrder("legacy_notes", "billing_history", shop.versionTable());
    }

    @Test
    void aCrossPackageReferenceWithoutAllPackagesSaysHowToInclude() {
        List<Path> classpath = List.of(AutogenProject.classesOf(SCOPE, folder.resolve("classes")));
        AutogenProject shop = AutogenProject.of(SHOP, classpath, folder.resolve("shop"), AutogenProject.UNREACHABLE);

        assertThatThrownBy(() -> shop.check(Against.SCRIPTS))
                .isInstanceOf(WsMigrateException.class)
                .satisfies(e -> assertThat(((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessageContaining("--all-packages");
    }

    @Test
    void removingAnEntityDropsTheTableAndSequenceItsHistoryCreated() throws IOException {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        Path classes = AutogenProject.classesOf(BILLING, folder.resolve("classes"));
        AutogenProject billing = AutogenProject.of(BILLING, List.of(classes), folder.resolve("billing"), database);
        billing.autogenerate("Billing", Against.DATABASE);
        billing.upgrade("head");
        assertThat(sequences(database)).containsExactly("refund_seq");

        Files.delete(classes.resolve(BILLING.replace('.', '/')).resolve("Refund.class"));
        assertThat(billing.check(Against.DATABASE)).contains("drop table refund", "drop sequence refund_seq")
                .allMatch(difference -> difference.contains("refund"));
        billing.autogenerate("Remove refunds", Against.DATABASE);
        billing.upgrade("head");

        assertThat(billing.check(Against.DATABASE)).isEmpty();
        assertThat(tables(database)).containsExactlyInAnyOrder("account", "billing_invoice", billing.versionTable());
        assertThat(sequences(database)).isEmpty();
        billing.downgrade("-1");
        assertThat(tables(database)).contains("refund");
        assertThat(sequences(database)).containsExactly("refund_seq");
    }

    /** The revision without its comment header: what it changes. */
    private static String changes(String revision) {
        return revision.lines().filter(line -> !line.startsWith("#")).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String upgradeSection(String revision) {
        return revision.substring(revision.indexOf("\nupgrade:"), revision.indexOf("\ndowngrade:"));
    }

    private static List<String> tables(DatabaseSettings database) {
        return AutogenProject.introspect(database).tables().stream().map(Table::name).map(QualifiedName::toString)
                .toList();
    }

    private static List<String> sequences(DatabaseSettings database) {
        return AutogenProject.introspect(database).sequences().stream().map(Sequence::name)
                .map(QualifiedName::toString).toList();
    }
}
