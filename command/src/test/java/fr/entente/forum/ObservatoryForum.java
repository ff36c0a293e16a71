package fr.entente.forum;

import fr.entente.common.api.ActorMetaData;
import fr.entente.forum.api.ForumDirectory;
import fr.entente.forum.api.PostWrittenEvent;
import fr.entente.forum.api.SpaceRole;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.forum.api.ThreadStartedEvent;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The forum of the Hauts-de-France cooperation for the forum's aggregate tests: the working group's space (its officer
 * moderates, two referents are members), a theme space "Observatoire – méthodes" the officer also moderates, an
 * administrator who sits in neither, a person of Bretagne, and one thread of the working group's space with its first
 * post by referent 62.
 */
final class ObservatoryForum {

    static final String COOPERATION_ID = "hauts-de-france";
    static final String OTHER_COOPERATION_ID = "bretagne";
    static final String BODY_ID = "gt-observatoire";
    static final String SPACE_ID = "espace-hauts-de-france-gt-observatoire";
    static final String THEME_SPACE_ID = "espace-methodes";
    static final String MEETING_ID = "gt-2026-06-09";
    static final String DECISION_ID = "decision-ct-2026-004";

    static final String MODERATOR = "person-officer-59";
    static final String REFERENT_62 = "person-referent-62";
    static final String REFERENT_80 = "person-referent-80";
    static final String ADMINISTRATOR = "person-admin-hdf";
    /** Of the cooperation, in no space. */
    static final String DIRECTOR = "person-director-02";
    static final String BRETON = "person-admin-bzh";

    static final MetaData AS_MODERATOR = actor(MODERATOR);
    static final MetaData AS_REFERENT_62 = actor(REFERENT_62);
    static final MetaData AS_REFERENT_80 = actor(REFERENT_80);
    static final MetaData AS_ADMINISTRATOR = actor(ADMINISTRATOR);
    static final MetaData AS_DIRECTOR = actor(DIRECTOR);
    static final MetaData AS_SYSTEM = MetaData.with(ActorMetaData.ACTOR_ID, ActorMetaData.SYSTEM);
    /** A person of Bretagne acting from Bretagne's pages. */
    static final MetaData AS_BRETON = MetaData.with(ActorMetaData.ACTOR_ID, BRETON)
                                              .and(ActorMetaData.COOPERATION_ID, OTHER_COOPERATION_ID);

    static final String THREAD_ID = "fil-rsu";
    static final String FIRST_POST = "post-1";
    static final String TITLE = "Calendrier de collecte des RSU 2025";
    static final String TEXT = "Bonjour à tous,\n\nla collecte des **RSU** ouvre le 2 février.";
    static final ThreadStartedEvent STARTED = new ThreadStartedEvent(THREAD_ID, COOPERATION_ID, SPACE_ID, TITLE,
                                                                     REFERENT_62, null);
    static final PostWrittenEvent FIRST = new PostWrittenEvent(THREAD_ID, FIRST_POST, REFERENT_62, TEXT, null, null);

    private static final Map<String, SpaceRole> WORKING_GROUP = Map.of(MODERATOR, SpaceRole.MODERATOR,
                                                                      REFERENT_62, SpaceRole.MEMBER,
                                                                      REFERENT_80, SpaceRole.MEMBER);
    private static final Map<String, SpaceRole> THEME = Map.of(MODERATOR, SpaceRole.MODERATOR);
    private static final Set<String> PEOPLE = Set.of(MODERATOR, REFERENT_62, REFERENT_80, ADMINISTRATOR, DIRECTOR);

    static final SpaceRoster ROSTER = (cooperationId, spaceId, personId) -> {
        if (!COOPERATION_ID.equals(cooperationId)) {
            return Optional.empty();
        }
        Map<String, SpaceRole> members = SPACE_ID.equals(spaceId) ? WORKING_GROUP
                                         : THEME_SPACE_ID.equals(spaceId) ? THEME : Map.of();
        return Optional.ofNullable(members.get(personId));
    };

    static final ForumDirectory DIRECTORY = new ForumDirectory() {
        @Override
        public boolean belongsTo(String cooperationId, String personId) {
            return COOPERATION_ID.equals(cooperationId) ? PEOPLE.contains(personId) : BRETON.equals(personId);
        }

        @Override
        public boolean administers(String cooperationId, String personId) {
            return COOPERATION_ID.equals(cooperationId) && ADMINISTRATOR.equals(personId);
        }

        @Override
        public boolean hasMeeting(String cooperationId, String meetingId) {
            return COOPERATION_ID.equals(cooperationId) && MEETING_ID.equals(meetingId);
        }

        @Override
        public boolean hasDecision(String cooperationId, String decisionId) {
            return COOPERATION_ID.equals(cooperationId) && DECISION_ID.equals(decisionId);
        }
    };

    private ObservatoryForum() {
    }

    static MetaData actor(String personId) {
        return MetaData.with(ActorMetaData.ACTOR_ID, personId).and(ActorMetaData.COOPERATION_ID, COOPERATION_ID);
    }

    static FixtureConfiguration<ForumThread> threadFixture() {
        return new AggregateTestFixture<>(ForumThread.class).registerInjectableResource(ROSTER)
                                                            .registerInjectableResource(DIRECTORY);
    }

    static FixtureConfiguration<ForumSpace> spaceFixture() {
        return new AggregateTestFixture<>(ForumSpace.class).registerInjectableResource(DIRECTORY);
    }

    /** The thread started with its first post, then these events. */
    static List<Object> startedThen(Object... events) {
        List<Object> all = new ArrayList<>(List.of(STARTED, FIRST));
        all.addAll(Arrays.asList(events));
        return all;
    }
}
