package fr.entente.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The messages of docs/style.md: records, a revision on every event, a target on every command. */
@AnalyzeClasses(packages = "fr.entente", importOptions = ImportOption.DoNotIncludeTests.class)
class MessageConventionsTest {

    private static final String REVISION = "org.axonframework.serialization.Revision";
    private static final String TARGET_AGGREGATE_IDENTIFIER =
            "org.axonframework.modelling.command.TargetAggregateIdentifier";

    @ArchTest
    static final ArchRule eventsAreRevisedRecords = classes()
            .that().resideInAPackage("fr.entente..api..").and().haveSimpleNameEndingWith("Event")
            .should().beRecords()
            .andShould().beAnnotatedWith(REVISION)
            .because("an event can be upcast later only if it carries a revision from day one")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule commandsAreRecordsNamingTheirAggregate = classes()
            .that().resideInAPackage("fr.entente..api..").and().haveSimpleNameEndingWith("Command")
            .should().beRecords()
            .andShould(nameTheirTargetAggregate())
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule queriesAreRecords = classes()
            .that().resideInAPackage("fr.entente..query..").and().haveSimpleNameEndingWith("Query")
            .should().beRecords()
            .allowEmptyShould(false);

    private static ArchCondition<JavaClass> nameTheirTargetAggregate() {
        return new ArchCondition<>("have a component annotated @TargetAggregateIdentifier") {
            @Override
            public void check(JavaClass command, ConditionEvents events) {
                boolean named = command.getMembers().stream()
                        .anyMatch(member -> member.isAnnotatedWith(TARGET_AGGREGATE_IDENTIFIER));
                events.add(new SimpleConditionEvent(command, named, command.getName()
                        + (named ? " has" : " has no") + " component annotated @TargetAggregateIdentifier"));
            }
        };
    }
}
