package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.entities.fixtures.bare.Bare;
import io.wsmigrate.entities.fixtures.edge.Sample;
import java.util.List;
import org.hibernate.boot.registry.classloading.spi.ClassLoadingException;
import org.junit.jupiter.api.Test;

class PackageInfoAwareClassLoadingTest {
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void theMissingPackageInfoOfAMappedClassesPackageIsAnsweredAsHibernateWouldAnswerIt() {
        PackageInfoAwareClassLoading loading = PackageInfoAwareClassLoading.over(loader, List.of(Bare.class, Sample.class));

        assertThatThrownBy(() -> loading.classForName(Bare.class.getPackageName() + ".package-info"))
                .isInstanceOf(ClassLoadingException.class).hasMessageContaining("package-info");
        assertThat(loading.<Object>classForName(Sample.class.getPackageName() + ".package-info").getSimpleName())
                .isEqualTo("package-info");
        assertThat(loading.<Object>classForName(Bare.class.getName())).isEqualTo(Bare.class);
    }
}
