package fr.entente.meeting;

import fr.entente.meeting.api.BodyRoster;

import static fr.entente.meeting.api.MeetingRefusal.BODY_NOT_IN_COOPERATION;
import static fr.entente.meeting.api.MeetingRefusal.ORGANISATION_NOT_IN_COOPERATION;
import static fr.entente.meeting.api.MeetingRefusal.PERSON_NOT_IN_BODY;
import static fr.entente.meeting.api.MeetingRefusal.PERSON_NOT_IN_COOPERATION;
import static fr.entente.meeting.api.MeetingRefusedException.refusedOn;

/**
 * The identifiers a meeting's command names (who proposed, who owns an action, who attends and who represents them,
 * the body a proposal is referred to), each checked to be of the meeting's cooperation, and of its body where the
 * record says who sits in it. An identifier from another cooperation is refused exactly like one that exists
 * nowhere, so that the refusal teaches nothing of other cooperations; and the record never names an outsider.
 */
final class References {

    private final BodyRoster roster;
    private final String cooperationId;
    private final String bodyId;

    References(BodyRoster roster, String cooperationId, String bodyId) {
        this.roster = roster;
        this.cooperationId = cooperationId;
        this.bodyId = bodyId;
    }

    /** A person of the cooperation, or {@code null} for none. */
    String person(String personId, String field) {
        if (personId != null && roster.organisationOf(cooperationId, personId).isEmpty()) {
            throw refusedOn(field, PERSON_NOT_IN_COOPERATION, personId);
        }
        return personId;
    }

    /** A member centre or partner of the cooperation, or {@code null} for none. */
    String organisation(String organisationId, String field) {
        if (organisationId != null && !roster.hasOrganisation(cooperationId, organisationId)) {
            throw refusedOn(field, ORGANISATION_NOT_IN_COOPERATION, organisationId);
        }
        return organisationId;
    }

    /** A body of the cooperation, or {@code null} for none. */
    String body(String otherBodyId, String field) {
        if (otherBodyId != null && !roster.hasBody(cooperationId, otherBodyId)) {
            throw refusedOn(field, BODY_NOT_IN_COOPERATION, otherBodyId);
        }
        return otherBodyId;
    }

    /** A person who sits in the meeting's body, or {@code null} for none. */
    String seated(String personId, String field) {
        if (personId != null && roster.roleOf(cooperationId, bodyId, personId).isEmpty()) {
            throw refusedOn(field, PERSON_NOT_IN_BODY, personId);
        }
        return personId;
    }
}
