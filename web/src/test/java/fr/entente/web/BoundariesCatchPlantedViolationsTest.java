package fr.entente.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import fr.entente.cooperation.planted.CooperationAskingForAMeeting;
import fr.entente.meeting.query.planted.MeetingReadingTheDirectorysStore;
import fr.entente.mongo.embedded.planted.EmbeddedServerKnowingInfra;
import fr.entente.web.live.planted.SharedCodeKnowingMeetings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each boundary rule fails on a violation planted for it (classes of the test sources, which the rules' own run never
 * imports): a rule that could not fail would guard nothing.
 */
class BoundariesCatchPlantedViolationsTest {

    @Test
    void theContextTableCatchesTheDirectoryAskingTheMeetings() {
        assertViolated(ContextBoundariesTest.contextsUseOnlyTheContextsTheTableAllows, CooperationAskingForAMeeting.class);
    }

    @Test
    void anotherContextsReadModelIsCaught() {
        assertViolated(ContextBoundariesTest.anotherContextOnlyThroughItsPublicLanguageAndApplicationLayer,
                       MeetingReadingTheDirectorysStore.class);
    }

    @Test
    void sharedCodeKnowingAContextIsCaught() {
        assertViolated(ContextBoundariesTest.sharedCodeUsesNoContextButTheDirectory, SharedCodeKnowingMeetings.class);
    }

    @Test
    void theEmbeddedServerDependingOnEntenteIsCaught() {
        assertViolated(ModuleBoundariesTest.theEmbeddedServerDependsOnNothingOfEntente, EmbeddedServerKnowingInfra.class);
    }

    @Test
    void theRulesFindNothingInACleanClass() {
        assertThat(ContextBoundariesTest.contextsUseOnlyTheContextsTheTableAllows
                           .evaluate(new ClassFileImporter().importClasses(BoundariesCatchPlantedViolationsTest.class))
                           .hasViolation()).isFalse();
    }

    private static void assertViolated(ArchRule rule, Class<?> planted) {
        JavaClasses classes = new ClassFileImporter().importClasses(planted);
        assertThat(rule.evaluate(classes).hasViolation()).as("%s catches %s", rule.getDescription(), planted.getSimpleName())
                                                          .isTrue();
    }
}
