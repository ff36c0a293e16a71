package fr.entente.decision;

import fr.entente.decision.api.DecisionEnteredInRegisterEvent;
import fr.entente.decision.api.EnterInRegisterCommand;
import fr.entente.decision.api.Registers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A body's register for a year numbers its closed decisions one after the other, each once. */
class DecisionRegisterTest {

    private static final String REGISTER = Registers.idOf("hauts-de-france", "comite-technique", 2026);

    private FixtureConfiguration<DecisionRegister> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DecisionRegister.class);
    }

    @Test
    void theFirstDecisionOfTheYearIsNumberOne() {
        fixture.givenNoPriorActivity()
               .when(enter("decision-a"))
               .expectResultMessagePayload(1)
               .expectEvents(entered("decision-a", 1));
    }

    @Test
    void theNextDecisionTakesTheNextNumber() {
        fixture.given(entered("decision-a", 1), entered("decision-b", 2))
               .when(enter("decision-c"))
               .expectResultMessagePayload(3)
               .expectEvents(entered("decision-c", 3));
    }

    @Test
    void aDecisionEnteredAgainKeepsItsNumber() {
        fixture.given(entered("decision-a", 1), entered("decision-b", 2))
               .when(enter("decision-a"))
               .expectResultMessagePayload(1)
               .expectNoEvents();
    }

    private static EnterInRegisterCommand enter(String decisionId) {
        return new EnterInRegisterCommand(REGISTER, "hauts-de-france", "comite-technique", 2026, "CT", decisionId);
    }

    private static DecisionEnteredInRegisterEvent entered(String decisionId, int number) {
        return new DecisionEnteredInRegisterEvent(REGISTER, "hauts-de-france", "comite-technique", 2026, decisionId,
                                                  number, "CT-2026-00" + number);
    }
}
