package fr.entente.decision;

import fr.entente.common.api.ActorMetaData;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.decision.api.DecisionMode;
import fr.entente.decision.api.DecisionOpenedEvent;
import fr.entente.decision.api.DecisionOptions;
import fr.entente.decision.api.DecisionRoster;
import fr.entente.decision.api.Majority;
import fr.entente.decision.api.OpenDecisionCommand;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Hauts-de-France technical committee for the decision tests: five directors of five centres (the director of
 * CDG 59 is also the body's officer, and two people of CDG 60 sit in it), a partner named to it, a referent of
 * CDG 62 who does not sit in it, and an administrator of the cooperation who does not sit in it either.
 */
final class TechnicalCommittee {

    static final String COOPERATION_ID = "hauts-de-france";
    static final String BODY_ID = "comite-technique";
    static final String DECISION_ID = "decision-feuille-de-route-2026";

    static final String OFFICER_59 = "person-officer-59";
    static final String DIRECTOR_02 = "person-director-02";
    static final String DIRECTOR_60 = "person-director-60";
    static final String DEPUTY_60 = "person-deputy-60";
    static final String DIRECTOR_62 = "person-director-62";
    static final String DIRECTOR_80 = "person-director-80";
    static final String PARTNER = "person-cnfpt";
    static final String REFERENT_62 = "person-referent-62";
    static final String ADMINISTRATOR = "person-admin";

    static final List<String> CENTRES = List.of("cdg-02", "cdg-59", "cdg-60", "cdg-62", "cdg-80");

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant DEADLINE = Instant.parse("2026-03-09T17:00:00Z");

    static final Map<String, String> ORGANISATIONS = Map.of(
            OFFICER_59, "cdg-59", DIRECTOR_02, "cdg-02", DIRECTOR_60, "cdg-60", DEPUTY_60, "cdg-60",
            DIRECTOR_62, "cdg-62", DIRECTOR_80, "cdg-80", PARTNER, "cnfpt", REFERENT_62, "cdg-62",
            ADMINISTRATOR, "cdg-59");
    static final Map<String, BodyRole> SEATS = Map.of(
            OFFICER_59, BodyRole.OFFICER, DIRECTOR_02, BodyRole.MEMBER, DIRECTOR_60, BodyRole.MEMBER,
            DEPUTY_60, BodyRole.MEMBER, DIRECTOR_62, BodyRole.MEMBER, DIRECTOR_80, BodyRole.MEMBER,
            PARTNER, BodyRole.MEMBER);

    static final DecisionOpenedEvent OPENED = opened(DecisionMode.ASYNCHRONOUS, DEADLINE, 3, Majority.SIMPLE,
                                                     DecisionOptions.STANDARD);
    static final DecisionOpenedEvent OPENED_LIVE = opened(DecisionMode.LIVE, null, 3, Majority.SIMPLE,
                                                          DecisionOptions.STANDARD);

    private TechnicalCommittee() {
    }

    static DecisionOpenedEvent opened(DecisionMode mode, Instant deadline, int quorum, Majority majority,
                                      List<String> options) {
        return new DecisionOpenedEvent(DECISION_ID, COOPERATION_ID, BODY_ID, "CT", "Valider la feuille de route 2026 ?",
                                       "La feuille de route **2026** de l'observatoire.", options, null, CENTRES,
                                       quorum, majority, mode, deadline, null);
    }

    static OpenDecisionCommand open(DecisionMode mode, Instant deadline) {
        return new OpenDecisionCommand(DECISION_ID, COOPERATION_ID, BODY_ID, "Valider la feuille de route 2026 ?",
                                       "La feuille de route **2026** de l'observatoire.", null, null, null, null, mode,
                                       deadline, null, false);
    }

    static MetaData as(String personId) {
        return MetaData.with(ActorMetaData.ACTOR_ID, personId).and(ActorMetaData.COOPERATION_ID, COOPERATION_ID);
    }

    static MetaData fromAnotherCooperation(String personId) {
        return MetaData.with(ActorMetaData.ACTOR_ID, personId).and(ActorMetaData.COOPERATION_ID, "bretagne");
    }

    static final MetaData AS_SYSTEM = MetaData.with(ActorMetaData.ACTOR_ID, ActorMetaData.SYSTEM);

    static FixtureConfiguration<Decision> fixture() {
        AggregateTestFixture<Decision> fixture = new AggregateTestFixture<>(Decision.class);
        fixture.registerInjectableResource(new Roster());
        return fixture;
    }

    /** The committee as the directory shows it. */
    static final class Roster implements DecisionRoster {

        @Override
        public Optional<BodyRole> roleOf(String cooperationId, String bodyId, String personId) {
            return COOPERATION_ID.equals(cooperationId) && BODY_ID.equals(bodyId)
                   ? Optional.ofNullable(SEATS.get(personId)) : Optional.empty();
        }

        @Override
        public Optional<String> organisationOf(String cooperationId, String personId) {
            return COOPERATION_ID.equals(cooperationId) ? Optional.ofNullable(ORGANISATIONS.get(personId)) : Optional.empty();
        }

        @Override
        public boolean administers(String cooperationId, String personId) {
            return COOPERATION_ID.equals(cooperationId) && ADMINISTRATOR.equals(personId);
        }

        @Override
        public List<String> electorate(String cooperationId, String bodyId, boolean partnersVote) {
            if (!COOPERATION_ID.equals(cooperationId) || !BODY_ID.equals(bodyId)) {
                return List.of();
            }
            return partnersVote ? java.util.stream.Stream.concat(CENTRES.stream(), java.util.stream.Stream.of("cnfpt")).toList()
                                : CENTRES;
        }

        @Override
        public Optional<String> registerPrefix(String cooperationId, String bodyId) {
            return COOPERATION_ID.equals(cooperationId) && BODY_ID.equals(bodyId) ? Optional.of("CT") : Optional.empty();
        }
    }
}
