package io.wsmigrate.entities;

import static io.wsmigrate.entities.Fixtures.AUDIT;
import static io.wsmigrate.entities.Fixtures.OTHER;
import static io.wsmigrate.entities.Fixtures.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityScannerTest {
    @TempDir
    Path tempDir;

    @Test
    void scanWithoutSubpackagesListsOnlyTheMappedClassesOfThePackage() {
        ScannedClasses scanned = EntityScanner.scan(Fixtures.source(SHOP, false));

        assertThat(scanned.classNames()).containsExactly(
                SHOP + ".Customer", SHOP + ".Order", SHOP + ".OrderLine", SHOP + ".OrderLineId",
                SHOP + ".Product", SHOP + ".Shipment");
        assertThat(scanned.packagesWithInfo()).containsExactly(SHOP);
    }

    @Test
    void scanWithSubpackagesAddsTheSubpackageClasses() {
        ScannedClasses scanned = EntityScanner.scan(Fixtures.source(SHOP, true));

        assertThat(scanned.classNames()).contains(AUDIT + ".AuditEntry", SHOP + ".Customer")
                .noneMatch(name -> name.startsWith(OTHER));
        assertThat(scanned.packagesWithInfo()).containsExactly(SHOP, AUDIT);
    }

    @Test
    void scanOfAnotherPackageSeesNoneOfTheShop() {
        ScannedClasses scanned = EntityScanner.scan(Fixtures.source(OTHER, true));

        assertThat(scanned.classNames()).containsExactly(OTHER + ".Warehouse");
    }

    @Test
    void scanReadsJarsThatHaveNoDirectoryEntries() throws IOException {
        Path jar = JarFixture.jarWithoutDirectoryEntries(Fixtures.testClasses(), tempDir.resolve("shop.jar"),
                name -> name.startsWith(SHOP.replace('.', '/') + "/"));
        assertThat(JarFixture.entryNames(jar)).isNotEmpty().noneMatch(name -> name.endsWith("/"));

        ScannedClasses scanned = EntityScanner.scan(new EntitySource(List.of(jar), List.of(SHOP), true, Map.of()));

        assertThat(scanned.classNames()).contains(SHOP + ".Product", AUDIT + ".AuditEntry");
        assertThat(scanned.packagesWithInfo()).containsExactly(SHOP, AUDIT);
    }

    @Test
    void theFirstClasspathEntryHoldingAClassWins() throws IOException {
        Path jar = JarFixture.jarWithoutDirectoryEntries(Fixtures.testClasses(), tempDir.resolve("other.jar"),
                name -> name.startsWith(OTHER.replace('.', '/') + "/"));
        EntitySource twice = new EntitySource(List.of(jar, Fixtures.testClasses()), List.of(OTHER), false, Map.of());

        assertThat(EntityScanner.scan(twice).classNames()).containsExactly(OTHER + ".Warehouse");
    }

    @Test
    void classFilesWithoutJpaAnnotationsAreSkippedWithoutLoadingThem() throws IOException {
        Path enumClass = Fixtures.testClasses().resolve(SHOP.replace('.', '/') + "/ProductStatus.class");

        assertThat(ClassFileAnnotations.mayBeMapped(Files.readAllBytes(enumClass))).isFalse();
        assertThat(ClassFileAnnotations.mayBeMapped(new byte[] {(byte) 0xCA, (byte) 0xFE})).isFalse();
        assertThat(ClassFileAnnotations.mayBeMapped("not a class file at all".getBytes())).isFalse();
    }

    @Test
    void aMissingClasspathEntryIsAModelErrorNamingIt() {
        Path missing = tempDir.resolve("target/classes");
        EntitySource source = new EntitySource(List.of(missing), List.of(SHOP), true, Map.of());

        assertThatThrownBy(() -> EntityScanner.scan(source))
                .isInstanceOfSatisfying(WsMigrateException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void aMalformedPackageNameIsAConfigError() {
        EntitySource source = new EntitySource(List.of(Fixtures.testClasses()), List.of("com..example"), true, Map.of());

        assertThatThrownBy(() -> EntityScanner.scan(source))
                .isInstanceOfSatisfying(WsMigrateException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG))
                .hasMessageContaining("'com..example' is not a Java package name");
    }
}
