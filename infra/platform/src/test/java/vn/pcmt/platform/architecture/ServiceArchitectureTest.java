package vn.pcmt.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Extended by each module's {@code ArchitectureTest}: every rule of {@link ServiceArchitecture} over its classes. */
public abstract class ServiceArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("vn.pcmt");

    @ParameterizedTest(name = "{0}")
    @MethodSource("vn.pcmt.platform.architecture.ServiceArchitecture#rules")
    void holds(ArchRule rule) {
        rule.check(classes);
    }
}
