package fr.entente.meeting;

import fr.entente.common.api.ActorMetaData;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.meeting.api.AgendaItemAddedEvent;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AgendaItemRequestedEvent;
import fr.entente.meeting.api.BodyRoster;
import fr.entente.meeting.api.LiveMeetings;
import fr.entente.meeting.api.MeetingDocuments;
import fr.entente.meeting.api.MeetingEndedEvent;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingStartedEvent;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Hauts-de-France observatory working group, its June meeting and who may act on it, for the meeting
 * tests: a roster of the body (officer, convenor, two referents), a technical committee director who does not
 * sit in it, and one later meeting of the group that is live.
 */
final class WorkingGroup {

    static final String COOPERATION_ID = "hauts-de-france";
    static final String BODY_ID = "gt-observatoire";
    static final String MEETING_ID = "gt-2026-06-09";
    static final String LIVE_MEETING_ID = "gt-2026-07-07";

    static final String OFFICER = "person-officer-59";
    static final String CONVENOR = "person-convenor-59";
    static final String REFERENT_59 = "person-referent-59";
    static final String REFERENT_02 = "person-referent-02";
    /** A director of the technical committee: a person of the cooperation, but not of the working group. */
    static final String DIRECTOR = "person-director-02";

    static final MetaData AS_OFFICER = actor(OFFICER);
    static final MetaData AS_CONVENOR = actor(CONVENOR);
    static final MetaData AS_REFERENT = actor(REFERENT_59);
    static final MetaData AS_DIRECTOR = actor(DIRECTOR);
    static final MetaData AS_SYSTEM = MetaData.with(ActorMetaData.ACTOR_ID, ActorMetaData.SYSTEM);

    static final LocalDate DATE = LocalDate.of(2026, 6, 9);
    static final LocalTime START = LocalTime.of(9, 30);
    static final LocalTime END = LocalTime.of(12, 0);
    static final String PLACE = "CDG 59, Lille";
    static final String TITLE = "Groupe de travail de l'observatoire";

    static final MeetingScheduledEvent SCHEDULED = new MeetingScheduledEvent(MEETING_ID, COOPERATION_ID, BODY_ID, null,
            TITLE, DATE, START, END, PLACE, null);
    static final MeetingStartedEvent STARTED = new MeetingStartedEvent(MEETING_ID);
    static final MeetingEndedEvent ENDED = new MeetingEndedEvent(MEETING_ID);

    static final String REQUEST_ID = "request-rsu";
    static final AgendaItemRequestedEvent RSU_REQUESTED = new AgendaItemRequestedEvent(MEETING_ID, REQUEST_ID,
            REFERENT_59, "cdg-59", "Bilan des RSU 2025", AgendaItemPurpose.DISCUSSION, null, 30);
    static final String ITEM_ID = "item-rsu";
    static final AgendaItemAddedEvent RSU_ITEM = new AgendaItemAddedEvent(MEETING_ID, ITEM_ID, "Bilan des RSU 2025",
            AgendaItemPurpose.DISCUSSION, null, 30);
    static final String OTHER_ITEM_ID = "item-concours";
    static final AgendaItemAddedEvent CONCOURS_ITEM = new AgendaItemAddedEvent(MEETING_ID, OTHER_ITEM_ID,
            "Données des concours", AgendaItemPurpose.INFORMATION, null, null);

    private static final Map<String, BodyRole> ROLES = Map.of(OFFICER, BodyRole.OFFICER, CONVENOR, BodyRole.CONVENOR,
                                                              REFERENT_59, BodyRole.MEMBER, REFERENT_02, BodyRole.MEMBER);
    private static final Map<String, String> ORGANISATIONS = Map.of(OFFICER, "cdg-59", CONVENOR, "cdg-59",
                                                                    REFERENT_59, "cdg-59", REFERENT_02, "cdg-02",
                                                                    DIRECTOR, "cdg-02");

    /** The bodies of the cooperation: the working group and the technical committee, to which proposals go. */
    static final String TECHNICAL_COMMITTEE = "codir";
    private static final Set<String> BODIES = Set.of(BODY_ID, TECHNICAL_COMMITTEE);

    /** The working group's roster: only this body of this cooperation has members. */
    static final BodyRoster ROSTER = new BodyRoster() {
        @Override
        public Optional<BodyRole> roleOf(String cooperationId, String bodyId, String personId) {
            return COOPERATION_ID.equals(cooperationId) && BODY_ID.equals(bodyId)
                    ? Optional.ofNullable(ROLES.get(personId)) : Optional.empty();
        }

        @Override
        public Optional<String> organisationOf(String cooperationId, String personId) {
            return COOPERATION_ID.equals(cooperationId) ? Optional.ofNullable(ORGANISATIONS.get(personId)) : Optional.empty();
        }

        @Override
        public boolean hasOrganisation(String cooperationId, String organisationId) {
            return COOPERATION_ID.equals(cooperationId) && ORGANISATIONS.containsValue(organisationId);
        }

        @Override
        public boolean hasBody(String cooperationId, String bodyId) {
            return COOPERATION_ID.equals(cooperationId) && BODIES.contains(bodyId);
        }
    };

    /** A document of the group's space every member reads, at its second version. */
    static final String SHARED_DOCUMENT = "document-synthese-rsu";
    /** A document in a folder restricted to the officer: the other members do not read it. */
    static final String DRAFT_DOCUMENT = "document-brouillon";

    /** The documents of the cooperation as the meetings see them: none of another cooperation, none in the trash. */
    static final MeetingDocuments DOCUMENTS = (cooperationId, bodyId, documentId, actorId) -> {
        if (!COOPERATION_ID.equals(cooperationId)) {
            return Optional.empty();
        }
        boolean officer = OFFICER.equals(actorId) || ActorMetaData.SYSTEM.equals(actorId);
        return switch (documentId) {
            case SHARED_DOCUMENT -> Optional.of(new MeetingDocuments.Reach(2, ROLES.containsKey(actorId) || officer, true));
            case DRAFT_DOCUMENT -> Optional.of(new MeetingDocuments.Reach(1, officer, false));
            default -> Optional.empty();
        };
    };

    /** Only the July meeting of the working group is live. */
    static final LiveMeetings LIVE_MEETINGS = (cooperationId, bodyId, meetingId) ->
            Set.of(COOPERATION_ID + "/" + BODY_ID + "/" + LIVE_MEETING_ID).contains(cooperationId + "/" + bodyId + "/" + meetingId);

    private WorkingGroup() {
    }

    static MetaData actor(String personId) {
        return MetaData.with(ActorMetaData.ACTOR_ID, personId).and(ActorMetaData.COOPERATION_ID, COOPERATION_ID);
    }

    /** A fixture of the meeting with the roster and the live meetings as resources. */
    static FixtureConfiguration<Meeting> meetingFixture() {
        return new AggregateTestFixture<>(Meeting.class).registerInjectableResource(ROSTER)
                                                        .registerInjectableResource(LIVE_MEETINGS)
                                                        .registerInjectableResource(DOCUMENTS);
    }

    /** The June meeting scheduled, then these events. */
    static List<Object> scheduledThen(Object... events) {
        List<Object> all = new ArrayList<>(List.of(SCHEDULED));
        all.addAll(Arrays.asList(events));
        return all;
    }

    /** The June meeting scheduled with the RSU item on its agenda and started, then these events. */
    static List<Object> liveThen(Object... events) {
        List<Object> all = new ArrayList<>(List.of(SCHEDULED, RSU_ITEM, STARTED));
        all.addAll(Arrays.asList(events));
        return all;
    }
}
