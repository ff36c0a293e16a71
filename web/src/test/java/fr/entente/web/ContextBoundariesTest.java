package fr.entente.web;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The contexts of docs/architecture.md, across the modules: which context may use which (the table below), and how
 * one context reaches another: through its public language (commands, events, queries and the views they answer) and
 * its application layer in web, never through its aggregates, its projections and stores (its collections), its REST
 * controllers, its pages or its mails. Code shared by every context uses none of them, but the directory (who belongs
 * where), which every access check asks.
 * <p>
 * {@link ContextBoundariesPlantedViolationsTest} plants a violation of each rule and checks that it is caught.
 */
@AnalyzeClasses(packages = "fr.entente", importOptions = ImportOption.DoNotIncludeTests.class)
class ContextBoundariesTest {

    /** A context: its packages in command and query ({@code fr.entente.<name>..}) and in web ({@code fr.entente.web.<name>..}). */
    enum Context {
        COOPERATION("cooperation"),
        MEETING("meeting"),
        /** The audit trail and the log's proof: reads every context's events, for the directors. */
        AUDIT("audit"),
        /** The forum: spaces (a body's follows its roster), threads, posts; links to meetings. */
        FORUM("forum"),
        /** Decisions: votes in meetings and arbitration by e-mail, the numbered register. */
        DECISION("decision"),
        /** The observatory's studies: proposed, validated by decision, launched, delivered, disseminated. */
        STUDY("study"),
        /** Documents: each forum space's folders (rights per folder) and files with versions, in GridFS. */
        DOCUMENT("document"),
        /** The yearly roadmap: axes and actions, validated by decision, progress per action, evaluation. */
        ROADMAP("roadmap"),
        /** The pages that gather what every context shows of a person or a body: home page, body page. */
        PORTAL("portal"),
        /** The demonstration data, loaded through every context's commands. */
        DEMO("demo");

        final String name;

        Context(String name) {
            this.name = name;
        }

        DescribedPredicate<JavaClass> classes() {
            return resideInAPackage("fr.entente." + name + "..").or(resideInAPackage("fr.entente.web." + name + ".."))
                                                                 .as("the " + name + " context");
        }

        /** What another context must not touch: aggregates and command-side rules, projections and stores, adapters. */
        DescribedPredicate<JavaClass> internals() {
            DescribedPredicate<JavaClass> commandSide = resideInAPackage("fr.entente." + name);
            DescribedPredicate<JavaClass> readModels = resideInAPackage("fr.entente." + name + ".query")
                    .and(annotatedWith("org.springframework.stereotype.Component")
                                 .or(annotatedWith("org.axonframework.config.ProcessingGroup")));
            DescribedPredicate<JavaClass> adapters = resideInAPackage("fr.entente.web." + name + ".rest..")
                    .or(resideInAPackage("fr.entente.web." + name + ".pages.."))
                    .or(resideInAPackage("fr.entente.web." + name + ".live.."))
                    .or(resideInAPackage("fr.entente.web." + name + ".mail.."));
            return commandSide.or(readModels).or(adapters)
                              .as("the internals of the " + name + " context (aggregates, projections and stores, "
                                  + "REST controllers, pages, live topics, mails)");
        }
    }

    /** Which context may use which: the directory is everyone's; the portal and the demo data gather the others. */
    static final Map<Context, Set<Context>> MAY_USE = Map.ofEntries(
            Map.entry(Context.COOPERATION, EnumSet.noneOf(Context.class)),
            // an agenda item's attachments and the minutes' annexes are documents: the meeting asks the documents' public
            // language whether the body reads one, and shows it through their application layer (DocumentLinks)
            Map.entry(Context.MEETING, EnumSet.of(Context.COOPERATION, Context.DECISION, Context.DOCUMENT)),
            Map.entry(Context.AUDIT, EnumSet.of(Context.COOPERATION)),
            Map.entry(Context.FORUM, EnumSet.of(Context.COOPERATION, Context.MEETING, Context.DECISION)),
            // a decision about a document (ConcernKind.DOCUMENT) links to its page through the documents' application
            // layer (DocumentLinks), which says whether the reader sees it; documents know nothing of decisions
            Map.entry(Context.DECISION, EnumSet.of(Context.COOPERATION, Context.FORUM, Context.DOCUMENT)),
            Map.entry(Context.STUDY, EnumSet.of(Context.COOPERATION, Context.DECISION, Context.MEETING, Context.DOCUMENT,
                                                Context.FORUM)),
            Map.entry(Context.DOCUMENT, EnumSet.of(Context.COOPERATION, Context.FORUM)),
            Map.entry(Context.ROADMAP, EnumSet.of(Context.COOPERATION, Context.DECISION, Context.STUDY)),
            Map.entry(Context.PORTAL, EnumSet.of(Context.COOPERATION, Context.MEETING, Context.DECISION)),
            Map.entry(Context.DEMO, EnumSet.of(Context.COOPERATION, Context.MEETING, Context.DECISION, Context.FORUM,
                                               Context.DOCUMENT, Context.STUDY, Context.ROADMAP)));

    /** Shared code may use the directory, which every access check asks, and no other context. */
    static final Set<Context> SHARED_MAY_USE = EnumSet.of(Context.COOPERATION);

    private static final DescribedPredicate<JavaClass> IN_A_CONTEXT = Arrays.stream(Context.values())
            .map(Context::classes).reduce((first, second) -> first.or(second)).orElseThrow();
    private static final DescribedPredicate<JavaClass> SHARED = resideInAPackage("fr.entente..")
            .and(not(IN_A_CONTEXT))
            .and(not(resideInAPackage("fr.entente.mongo..")))
            .and(not(resideInAPackage("fr.entente.infra..")))
            .and(not(resideInAPackage("fr.entente.testing..")))
            .and(not(resideInAPackage("fr.entente.web")))
            .as("code shared by the contexts (fr.entente.common.., fr.entente.live.., fr.entente.web.<shared>..)");

    @ArchTest
    static final ArchRule contextsUseOnlyTheContextsTheTableAllows = CompositeArchRule.of(
            Arrays.stream(Context.values()).map(ContextBoundariesTest::usesOnlyWhatTheTableAllows).toList());

    @ArchTest
    static final ArchRule sharedCodeUsesNoContextButTheDirectory = noClasses()
            .that(SHARED)
            .should().dependOnClassesThat(others(SHARED_MAY_USE))
            .because("what every context shares must not know any of them, the directory aside")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule anotherContextOnlyThroughItsPublicLanguageAndApplicationLayer = CompositeArchRule.of(
            Arrays.stream(Context.values()).map(ContextBoundariesTest::touchesNoInternalsOfAnother).toList());

    static ArchRule usesOnlyWhatTheTableAllows(Context context) {
        Set<Context> allowed = EnumSet.copyOf(MAY_USE.get(context));
        allowed.add(context);
        return noClasses()
                .that(context.classes())
                .should().dependOnClassesThat(others(allowed))
                .because("the table of ContextBoundariesTest says which context may use which")
                .allowEmptyShould(true);
    }

    static ArchRule touchesNoInternalsOfAnother(Context context) {
        DescribedPredicate<JavaClass> othersInternals = Arrays.stream(Context.values())
                .filter(other -> other != context).map(Context::internals)
                .reduce((first, second) -> first.or(second)).orElseThrow();
        return noClasses()
                .that(context.classes())
                .should().dependOnClassesThat(othersInternals)
                .because("another context's data is read through its queries, its changes made through its "
                         + "commands or its application layer, never through its read models or adapters")
                .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> others(Set<Context> allowed) {
        return Arrays.stream(Context.values()).filter(context -> !allowed.contains(context))
                     .map(Context::classes).reduce((first, second) -> first.or(second))
                     .orElse(DescribedPredicate.alwaysFalse())
                     .as("contexts other than " + allowed);
    }
}
