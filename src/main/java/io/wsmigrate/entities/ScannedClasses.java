package io.wsmigrate.entities;

import java.util.List;

/**
 * What a scan found: the classes whose class files name a JPA type annotation ({@code @Entity},
 * {@code @Embeddable}, {@code @MappedSuperclass}, {@code @Converter}), and the scanned packages that
 * have a {@code package-info} class (it may declare generators Hibernate needs). Both sorted.
 */
public record ScannedClasses(List<String> classNames, List<String> packagesWithInfo) {
    public ScannedClasses {
        classNames = classNames.stream().sorted().distinct().toList();
        packagesWithInfo = packagesWithInfo.stream().sorted().distinct().toList();
    }
}
