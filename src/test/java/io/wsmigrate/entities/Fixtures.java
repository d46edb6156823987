package io.wsmigrate.entities;

import io.wsmigrate.entities.fixtures.shop.Customer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The fixture packages and how to point an {@link EntitySource} at them. */
final class Fixtures {
    static final String SHOP = "io.wsmigrate.entities.fixtures.shop";
    static final String AUDIT = SHOP + ".audit";
    static final String OTHER = "io.wsmigrate.entities.fixtures.other";
    static final String EDGE = "io.wsmigrate.entities.fixtures.edge";
    static final String BROKEN = "io.wsmigrate.entities.fixtures.broken";
    static final String CAMEL_CASE_NAMING = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

    private Fixtures() {
    }

    /** The compiled test classes directory, found through a fixture class's code source. */
    static Path testClasses() {
        try {
            return Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static EntitySource source(String packageName, boolean includeSubpackages) {
        return source(packageName, includeSubpackages, Map.of());
    }

    static EntitySource source(String packageName, boolean includeSubpackages, Map<String, String> properties) {
        return new EntitySource(List.of(testClasses()), List.of(packageName), includeSubpackages, properties);
    }

    /** The shop with its audit subpackage: every table of the fixture. */
    static EntityModel shop(Map<String, String> properties) {
        return EntityModelLoader.load(source(SHOP, true, properties));
    }
}
