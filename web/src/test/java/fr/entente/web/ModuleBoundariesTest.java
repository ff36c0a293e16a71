package fr.entente.web;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module arrows of docs/architecture.md: web → query → command api, infra on its own, and
 * nothing outside command touches an aggregate.
 * <p>
 * Modules are told apart by package. The first rule checks that each class sits in the packages
 * of the module that compiles it, so that a package name cannot carry a class past the others.
 */
@AnalyzeClasses(packages = "fr.entente", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final String AGGREGATE_ROOT = "org.axonframework.modelling.command.AggregateRoot";

    private static final DescribedPredicate<JavaClass> OURS = resideInAPackage("fr.entente..").as("are Entente's (fr.entente..)");
    private static final DescribedPredicate<JavaClass> WEB = resideInAPackage("fr.entente.web..").as("web");
    private static final DescribedPredicate<JavaClass> INFRA = resideInAPackage("fr.entente.infra..").as("infra");
    private static final DescribedPredicate<JavaClass> EMBEDDED_MONGO = resideInAPackage("fr.entente.mongo..")
            .as("embedded-mongo (fr.entente.mongo..)");
    private static final DescribedPredicate<JavaClass> QUERY = resideInAPackage("fr.entente..query..")
            .and(not(WEB)).and(not(INFRA))
            .as("query (fr.entente.<context>.query..)");
    private static final DescribedPredicate<JavaClass> COMMAND = OURS
            .and(not(QUERY)).and(not(WEB)).and(not(INFRA)).and(not(EMBEDDED_MONGO))
            .as("command (fr.entente.<context>, fr.entente.<context>.api, fr.entente.common..)");
    private static final DescribedPredicate<JavaClass> COMMAND_API = COMMAND.and(resideInAPackage("..api.."))
            .as("the command api (fr.entente.<context>.api.., fr.entente.common.api..)");
    private static final DescribedPredicate<JavaClass> COMMAND_INTERNALS = COMMAND.and(not(COMMAND_API))
            .as("command-side classes outside the api");
    private static final DescribedPredicate<JavaClass> AGGREGATES = OURS
            .and(metaAnnotatedWith(AGGREGATE_ROOT).forSubtype())
            .as("aggregates (annotated @Aggregate or @AggregateRoot)");

    /** ".../command/target/classes/..." in a build, ".../entente-command-0.1.0.jar!/..." from a jar. */
    private static final Pattern MODULE_LOCATION =
            Pattern.compile("/(embedded-mongo|command|query|infra|web)/target/"
                            + "|/entente-(embedded-mongo|command|query|infra|web)-[^/]*\\.jar!");
    private static final Map<String, DescribedPredicate<JavaClass>> PACKAGES_OF_MODULE =
            Map.of("embedded-mongo", EMBEDDED_MONGO, "command", COMMAND, "query", QUERY, "infra", INFRA, "web", WEB);

    @ArchTest
    static final ArchRule everyClassSitsInThePackagesOfItsModule = classes()
            .that(OURS)
            .should(sitInThePackagesOfTheModuleThatCompilesThem())
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule commandDependsOnNoOtherModule = noClasses()
            .that(COMMAND)
            .should().dependOnClassesThat(QUERY.or(INFRA).or(WEB))
            .because("the write side depends on Axon and nothing else of ours")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule queryUsesOnlyTheCommandApi = classes()
            .that(QUERY)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("fr.entente..").or(QUERY).or(COMMAND_API))
            .because("projections read the public language of the log, never aggregates, infra or web")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule infraDependsOnNoOtherModule = noClasses()
            .that(INFRA)
            .should().dependOnClassesThat(OURS.and(not(INFRA)).and(not(EMBEDDED_MONGO)))
            .because("infra provides storage and plumbing and knows nothing of the domain or the application")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule onlyCommandTouchesAggregates = noClasses()
            .that(OURS.and(not(COMMAND)))
            .should().dependOnClassesThat(AGGREGATES.or(COMMAND_INTERNALS))
            .because("query, infra and web reach the write side through commands and events only")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule aggregatesLiveInCommandOutsideTheApi = classes()
            .that(AGGREGATES)
            .should(be(COMMAND_INTERNALS))
            .because("the api packages are the public language of the log; aggregates stay behind it")
            .allowEmptyShould(false);

    private static ArchCondition<JavaClass> sitInThePackagesOfTheModuleThatCompilesThem() {
        return new ArchCondition<>("sit in the packages of the module that compiles them") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String location = javaClass.getSource().map(source -> source.getUri().toString()).orElse("?");
                Matcher found = MODULE_LOCATION.matcher(location);
                if (!found.find()) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            javaClass.getName() + " comes from no known module: " + location));
                    return;
                }
                String module = found.group(1) != null ? found.group(1) : found.group(2);
                DescribedPredicate<JavaClass> packages = PACKAGES_OF_MODULE.get(module);
                boolean sits = packages.test(javaClass);
                events.add(new SimpleConditionEvent(javaClass, sits, javaClass.getName() + " is compiled by "
                        + module + (sits ? " and sits in " : " but does not sit in ") + packages.getDescription()));
            }
        };
    }
}
