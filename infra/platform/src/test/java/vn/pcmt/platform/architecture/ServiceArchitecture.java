package vn.pcmt.platform.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.stream.Stream;

import com.tngtech.archunit.lang.ArchRule;

/** The architecture rules of CONVENTIONS.md, checked by every service's {@code ArchitectureTest}. */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    public static final ArchRule domainIsIndependent = classes().that().resideInAPackage("vn.pcmt.*.domain..")
            .should().onlyDependOnClassesThat(not(resideInAnyPackage("vn.pcmt.*.web..", "vn.pcmt.*.query..",
                    "vn.pcmt.*.integration..", "vn.pcmt.*.api..", "org.springframework.web..", "org.springframework.data..",
                    "org.springframework.kafka..")))
            .as("domain imports nothing from web, query, integration, any published language, Spring MVC, Data or Kafka");

    public static final ArchRule assessmentInternalsArePrivate = internalsArePrivate("assessment");

    public static final ArchRule registryInternalsArePrivate = internalsArePrivate("registry");

    public static final ArchRule caseInternalsArePrivate = internalsArePrivate("cases");

    public static final ArchRule reportingInternalsArePrivate = internalsArePrivate("reporting");

    public static final ArchRule publishedLanguageStandsAlone = classes().that().resideInAPackage("vn.pcmt.*.api..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "com.fasterxml.jackson.annotation..", "vn.pcmt.*.api.."))
            .as("a published language depends on the JDK and Jackson annotations only");

    public static final ArchRule platformKnowsNoService = noClasses().that().resideInAPackage("vn.pcmt.platform..")
            .should().dependOnClassesThat(resideInAnyPackage("vn.pcmt.assessment..", "vn.pcmt.registry..",
                    "vn.pcmt.cases..", "vn.pcmt.reporting..", "vn.pcmt.gateway.."))
            .as("the platform library holds no domain code");

    public static final ArchRule noGrabBagNames = noClasses().should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .as("no …Impl, …Manager, …Helper or …Util classes");

    public static final ArchRule commandsAndEventsAreRecords = classes().that()
            .resideInAnyPackage("vn.pcmt.*.domain.command..", "vn.pcmt.*.domain.event..")
            .and().areTopLevelClasses().and().areNotInterfaces().and().doNotHaveSimpleName("package-info")
            .should().beRecords()
            .as("commands and events are records (a sealed interface may group them)");

    /** Every rule; a module without a domain (yet) has nothing to check for the domain rules. */
    public static Stream<ArchRule> rules() {
        return Stream.of(domainIsIndependent, assessmentInternalsArePrivate, registryInternalsArePrivate,
                        caseInternalsArePrivate, reportingInternalsArePrivate, publishedLanguageStandsAlone,
                        platformKnowsNoService, noGrabBagNames, commandsAndEventsAreRecords)
                .map(rule -> rule.allowEmptyShould(true));
    }

    private static ArchRule internalsArePrivate(String service) {
        String root = "vn.pcmt." + service;
        return noClasses().that().resideOutsideOfPackage(root + "..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(root + ".api.."))))
                .as("only " + service + " itself uses its internals; others use " + root + ".api");
    }
}
