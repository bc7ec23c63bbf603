package fi.silta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The shape of the code, held by the build: features under {@code fi.silta} without cycles between them, pages
 * inside the feature they belong to, {@code common} depending on no feature, and services that hand out records,
 * never entities. A violation fails the build with the classes that break the rule.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/fi/silta/localstack/"))
                .importPackages("fi.silta");
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("fi.silta.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("fi.silta.common..").should().dependOnClassesThat()
                .resideOutsideOfPackages("fi.silta.common..", "java..", "javax..", "jakarta..", "org..", "com..", "io..")
                .check(main);
    }

    @Test
    void securityDependsOnlyOnCommon() {
        noClasses().that().resideInAPackage("fi.silta.security..").should()
                .dependOnClassesThat(outside("fi.silta.security..", "fi.silta.common..")).check(main);
    }

    @Test
    void pagesLiveInTheirFeaturesWebPackage() {
        classes().that(arePages()).should().resideInAPackage("fi.silta.*.web").check(main);
    }

    @Test
    void pagesUseOnlyTheirOwnFeatureCommonAndSecurity() {
        for (String feature : new String[] { "audit", "catalogue", "importers", "organisations", "publishing",
                "reference", "referrals", "search", "demo", "reports", "services", "tasks", "resources" }) {
            noClasses().that().resideInAPackage("fi.silta." + feature + ".web..").should()
                    .dependOnClassesThat(outside("fi.silta." + feature + "..", "fi.silta.common..",
                            "fi.silta.security.."))
                    .allowEmptyShould(true).check(main);
        }
    }

    @Test
    void publishingReachesTheImportersOnlyThroughTheirProvenanceApi() {
        noClasses().that().resideInAPackage("fi.silta.publishing..").should().dependOnClassesThat(
                outside("fi.silta.importers.provenance..").and(insidePackage("fi.silta.importers..")))
                .check(main);
    }

    @Test
    void servicesNeverReturnEntities() {
        methods().that().arePublic().and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
                .should(notReturnAnEntity()).check(main);
    }

    @Test
    void everyFeatureWithAnApiHasAMapper() {
        Set<String> withApi = new TreeSet<>();
        Set<String> withMapper = new TreeSet<>();
        for (JavaClass type : main) {
            String[] parts = type.getPackageName().split("\\.");
            if (parts.length < 3) {
                continue;
            }
            String feature = parts[2];
            if (parts.length >= 4 && parts[3].equals("api")) {
                withApi.add(feature);
            }
            if (type.getSimpleName().endsWith("Mapper") && !type.getPackageName().contains(".problem")) {
                withMapper.add(feature);
            }
        }
        assertThat(withMapper).as("features whose api records are built by a mapper").containsAll(withApi);
    }

    private static DescribedPredicate<JavaClass> arePages() {
        return new DescribedPredicate<>("are pages (resources that answer HTML)") {
            @Override
            public boolean test(JavaClass type) {
                return type.getSimpleName().endsWith("Pages") && type.isAnnotatedWith(Path.class);
            }
        };
    }

    private static DescribedPredicate<JavaClass> outside(String... packages) {
        return new DescribedPredicate<>("are Silta classes outside " + String.join(", ", packages)) {
            @Override
            public boolean test(JavaClass type) {
                if (!type.getPackageName().startsWith("fi.silta")) {
                    return false;
                }
                for (String pattern : packages) {
                    if (PackageMatcher.of(pattern).matches(type.getPackageName())) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    private static DescribedPredicate<JavaClass> insidePackage(String pattern) {
        return new DescribedPredicate<>("reside in " + pattern) {
            @Override
            public boolean test(JavaClass type) {
                return PackageMatcher.of(pattern).matches(type.getPackageName());
            }
        };
    }

    private static ArchCondition<JavaMethod> notReturnAnEntity() {
        return new ArchCondition<>("not return an entity, nor a collection or optional of one") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    return;
                }
                Optional<Class<?>> entity = entityIn(method.reflect().getGenericReturnType());
                entity.ifPresent(type -> events.add(SimpleConditionEvent.violated(method,
                        method.getFullName() + " returns the entity " + type.getSimpleName())));
            }
        };
    }

    private static Optional<Class<?>> entityIn(Type type) {
        if (type instanceof Class<?> raw) {
            return raw.isAnnotationPresent(Entity.class) ? Optional.of(raw) : Optional.empty();
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                Optional<Class<?>> found = entityIn(argument);
                if (found.isPresent()) {
                    return found;
                }
            }
            return entityIn(parameterized.getRawType());
        }
        return Optional.empty();
    }
}
