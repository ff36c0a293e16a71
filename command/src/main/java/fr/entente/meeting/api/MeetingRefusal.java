package fr.entente.meeting.api;

import fr.entente.common.api.ListedRefusal;

import static fr.entente.common.api.Refusal.Kind.CONFLICT;
import static fr.entente.common.api.Refusal.Kind.INVALID;
import static fr.entente.common.api.Refusal.Kind.MISSING;
import static fr.entente.common.api.Refusal.Kind.NOT_ALLOWED;

/** Why a meeting, a series, an agenda or minutes refuse a command: thrown as {@link MeetingRefusedException}. */
public enum MeetingRefusal implements ListedRefusal {

    // Identifiers the page or the client generates: the person can only reload and try again.
    MEETING_ID_REQUIRED("meeting.meetingId-required", MISSING, "meetingId"),
    SERIES_ID_REQUIRED("meeting.seriesId-required", MISSING, "seriesId"),
    COOPERATION_ID_REQUIRED("meeting.cooperationId-required", MISSING, "cooperationId"),
    BODY_ID_REQUIRED("meeting.bodyId-required", MISSING, "bodyId"),
    REQUEST_ID_REQUIRED("meeting.requestId-required", MISSING, "requestId"),
    ITEM_ID_REQUIRED("meeting.itemId-required", MISSING, "itemId"),
    BLOCK_ID_REQUIRED("meeting.blockId-required", MISSING, "blockId"),
    PERSON_ID_REQUIRED("meeting.personId-required", MISSING, "personId"),
    PROPOSAL_ID_REQUIRED("meeting.proposalId-required", MISSING, "proposalId"),
    ACTION_ID_REQUIRED("meeting.actionId-required", MISSING, "actionId"),
    AMENDMENT_ID_REQUIRED("meeting.amendmentId-required", MISSING, "amendmentId"),
    DECISION_ID_REQUIRED("meeting.decisionId-required", MISSING, "decisionId"),
    BASE_VERSION_REQUIRED("meeting.baseVersion-required", MISSING, "baseVersion"),
    DOCUMENT_ID_REQUIRED("meeting.documentId-required", MISSING, "documentId"),

    // What a person fills in.
    TITLE_REQUIRED("meeting.title-required", MISSING, "title"),
    /** A referral says which proposal of which meeting of which body it comes from. */
    REFERRAL_ORIGIN_REQUIRED("meeting.referral-origin-required", MISSING, "origin"),
    DATE_REQUIRED("meeting.date-required", MISSING, "date"),
    START_TIME_REQUIRED("meeting.startTime-required", MISSING, "startTime"),
    END_TIME_REQUIRED("meeting.endTime-required", MISSING, "endTime"),
    FIRST_DATE_REQUIRED("meeting.firstDate-required", MISSING, "firstDate"),
    LAST_DATE_REQUIRED("meeting.lastDate-required", MISSING, "lastDate"),
    RECURRENCE_REQUIRED("meeting.recurrence-required", MISSING, "recurrence"),
    REASON_REQUIRED("meeting.reason-required", MISSING, "reason"),
    DEADLINE_REQUIRED("meeting.deadline-required", MISSING, "deadline"),
    PURPOSE_REQUIRED("meeting.purpose-required", MISSING, "purpose"),
    REQUEST_IDS_REQUIRED("meeting.requestIds-required", MISSING, "requestIds"),
    TEXT_REQUIRED("meeting.text-required", MISSING, "text"),
    STATUS_REQUIRED("meeting.status-required", MISSING, "status"),
    OUTCOME_REQUIRED("meeting.outcome-required", MISSING, "outcome"),
    WHAT_REQUIRED("meeting.what-required", MISSING, "what"),
    DUE_DATE_REQUIRED("meeting.dueDate-required", MISSING, "dueDate"),
    APPROVAL_MODE_REQUIRED("meeting.mode-required", MISSING, "mode"),

    /** The throw site names the field: the date's, the first or last date's, the deadline's, the due date's. */
    DATE_OUT_OF_RANGE("meeting.date-out-of-range", INVALID, "date", "earliestYear", "latestYear"),
    END_BEFORE_START("meeting.end-before-start", INVALID, "endTime"),
    LAST_BEFORE_FIRST("meeting.last-date-before-first", INVALID, "lastDate"),
    TOO_MANY_OCCURRENCES("meeting.too-many-occurrences", INVALID, "lastDate", "count", "most"),
    NO_OCCURRENCE("meeting.no-occurrence", INVALID, "recurrence"),
    PLACE_OR_LINK("meeting.place-or-video-link-required", INVALID, "place"),
    RECURRENCE_INVALID("meeting.recurrence-invalid", INVALID, "recurrence"),
    EXPECTED_MINUTES_INVALID("meeting.expected-minutes-invalid", INVALID, "expectedMinutes", "most"),
    NOT_A_PERMUTATION("meeting.agenda-order-incomplete", INVALID, "itemIds"),
    REPRESENTED_BY_INVALID("meeting.represented-by-invalid", INVALID, "representedBy"),
    REFERRED_TO_INVALID("meeting.referred-to-body-invalid", INVALID, "referredToBodyId"),
    PROPOSER_REQUIRED("meeting.proposer-required", INVALID, "proposedByPersonId"),
    ACTION_OWNER_INVALID("meeting.action-owner-invalid", INVALID, "ownerOrganisationId"),
    APPROVAL_MEETING_REQUIRED("meeting.approval-meeting-required", INVALID, "atMeetingId"),

    OFFICER_OR_CONVENOR_REQUIRED("meeting.officer-or-convenor-required", NOT_ALLOWED, null),
    CONVENOR_REQUIRED("meeting.convenor-required", NOT_ALLOWED, null),
    PERSON_REQUIRED("meeting.person-required", NOT_ALLOWED, null),

    /**
     * The meeting (or series) is not one the person acting can see: they do not sit in its body, or it belongs to
     * another cooperation. Said exactly as if it did not exist, so that nobody learns of other bodies' meetings.
     */
    NOT_FOUND("meeting.not-found", Kind.NOT_FOUND, null),
    REQUEST_UNKNOWN("meeting.request-unknown", Kind.NOT_FOUND, "requestIds", "requestId"),
    ITEM_UNKNOWN("meeting.item-unknown", Kind.NOT_FOUND, "itemId", "itemId"),
    PROPOSAL_UNKNOWN("meeting.proposal-unknown", Kind.NOT_FOUND, "proposalId", "proposalId"),
    AMENDMENT_UNKNOWN("meeting.amendment-unknown", Kind.NOT_FOUND, "amendmentId", "amendmentId"),
    PERSON_NOT_IN_BODY("meeting.person-not-in-body", Kind.NOT_FOUND, "personId", "personId"),
    ATTENDANCE_PERSON_TWICE("meeting.attendance-person-twice", INVALID, "entries", "personId"),
    /** The throw site names the field; said alike of a person of another cooperation and of nobody at all. */
    PERSON_NOT_IN_COOPERATION("meeting.person-not-in-cooperation", Kind.NOT_FOUND, "proposedByPersonId", "personId"),
    ORGANISATION_NOT_IN_COOPERATION("meeting.organisation-not-in-cooperation", Kind.NOT_FOUND,
                                    "proposedByOrganisationId", "organisationId"),
    BODY_NOT_IN_COOPERATION("meeting.body-not-in-cooperation", Kind.NOT_FOUND, "referredToBodyId", "bodyId"),
    /**
     * A document the person acting does not read, of another cooperation, in the trash or that does not exist: said
     * alike, so that nobody learns of documents they do not see.
     */
    DOCUMENT_UNKNOWN("meeting.document-unknown", Kind.NOT_FOUND, "documentId", "documentId"),
    /** A document some member of the body may not read (its folder is restricted, or outside their spaces). */
    DOCUMENT_NOT_FOR_EVERY_MEMBER("meeting.document-not-for-every-member", CONFLICT, "documentId"),
    DOCUMENT_NOT_ATTACHED("meeting.document-not-attached", Kind.NOT_FOUND, "documentId", "documentId"),

    CANCELLED("meeting.cancelled", CONFLICT, null),
    ALREADY_STARTED("meeting.already-started", CONFLICT, null),
    NOT_STARTED("meeting.not-started", CONFLICT, null),
    ENDED("meeting.ended", CONFLICT, null),
    NOT_ENDED("meeting.not-ended", CONFLICT, null),
    ALREADY_EXISTS("meeting.already-exists", CONFLICT, null),
    /** The throw site names the field: an item's, a request's, a proposal's… identifier. */
    ID_TAKEN("meeting.id-taken", CONFLICT, null, "id"),
    DEADLINE_PASSED("meeting.request-deadline-passed", CONFLICT, null),
    AGENDA_PUBLISHED("meeting.agenda-already-published", CONFLICT, null),
    /** A meeting does not refer a proposal to its own agenda. */
    REFERRAL_TO_SAME_MEETING("meeting.referral-to-same-meeting", CONFLICT, "meetingId"),
    /** A referral goes on the agenda of the body it is referred to, nowhere else. */
    REFERRAL_NOT_FOR_THIS_BODY("meeting.referral-not-for-this-body", CONFLICT, "meetingId"),
    REFERRAL_UNKNOWN("meeting.referral-unknown", Kind.NOT_FOUND, "proposalId"),
    /** Republishing an agenda unchanged: the same code as {@link #AGENDA_PUBLISHED}, which clients key on. */
    AGENDA_UNCHANGED("meeting.agenda-already-published", CONFLICT, null) {
        @Override
        public String sentenceKey() {
            return "meeting.agenda-unchanged";
        }
    },
    AGENDA_EMPTY("meeting.agenda-empty", CONFLICT, null),
    REQUEST_DECIDED("meeting.request-already-decided", CONFLICT, "requestIds", "requestId"),
    NOTES_CLOSED("meeting.notes-closed", CONFLICT, null),
    MINUTES_NOT_DRAFTED("meeting.minutes-not-drafted", CONFLICT, null),
    MINUTES_DRAFTED("meeting.minutes-already-drafted", CONFLICT, null),
    MINUTES_STALE("meeting.minutes-changed-since", CONFLICT, "baseVersion", "currentVersion"),
    MINUTES_NOT_SUBMITTED("meeting.minutes-not-submitted", CONFLICT, null),
    MINUTES_FROZEN("meeting.minutes-approved", CONFLICT, null),
    MINUTES_NOT_APPROVED("meeting.minutes-not-approved", CONFLICT, null),
    MINUTES_PUBLISHED("meeting.minutes-already-published", CONFLICT, null),
    APPROVAL_MEETING_NOT_LIVE("meeting.approval-meeting-not-live", CONFLICT, "atMeetingId"),
    AMENDMENT_APPROVED("meeting.amendment-already-approved", CONFLICT, "amendmentId"),
    /** A proposal under a vote not closed yet: neither put to the vote again nor given an outcome by hand. */
    PROPOSAL_VOTE_OPEN("meeting.proposal-vote-open", CONFLICT, "proposalId"),
    /** The outcome of a vote the proposal is not under (another decision, or none). */
    PROPOSAL_NOT_UNDER_VOTE("meeting.proposal-not-under-vote", CONFLICT, "decisionId"),
    /** A meeting does not end while a vote on one of its proposals is still open. */
    VOTE_OPEN("meeting.vote-open", CONFLICT, null, "count"),
    /** Only the hub records a vote's outcome, from the decision that closed. */
    SYSTEM_ONLY("meeting.vote-outcome-by-hub", NOT_ALLOWED, null);

    private final Terms terms;

    MeetingRefusal(String code, Kind kind, String field, String... arguments) {
        this.terms = new Terms(code, kind, field, arguments);
    }

    @Override
    public Terms terms() {
        return terms;
    }
}
